package org.w3id.dmmkg.harvest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.dmmkg.harvest.internal.Listed;
import org.w3id.dmmkg.harvest.internal.PoliteClient;
import org.w3id.dmmkg.harvest.internal.Publication;
import org.w3id.dmmkg.harvest.internal.RecordJson;
import org.w3id.dmmkg.harvest.internal.Source;
import org.w3id.dmmkg.harvest.internal.Sru;
import org.w3id.dmmkg.harvest.internal.TkOData;

/**
 * Brings a {@link Mirror} up to date with the official sources: lists the dossiers in both,
 * merges what they say per publication, fetches what is new or changed (the official XML where
 * it exists, the Tweede Kamer's file otherwise), and marks what a source deleted. A file that
 * does not read as a letter is not kept; what fails is reported in one line and the rest goes on.
 *
 * <pre>{@code
 * HarvestReport report = Harvester.builder(settings, Mirror.open(dir)).listener(printer).check(loader::check).build().run();
 * }</pre>
 */
public final class Harvester {
    /** Checks that fetched bytes read as a letter; throws with the reason when they do not. */
    @FunctionalInterface
    public interface FileCheck {
        void check(String name, byte[] bytes) throws Exception;
    }

    private final HarvestSettings settings;
    private final Mirror mirror;
    private final HarvestListener listener;
    private final FileCheck check;
    private final PoliteClient http;
    private final List<Source> sources;
    private int failures;

    private Harvester(Builder b) {
        this.settings = b.settings;
        this.mirror = b.mirror;
        this.listener = b.listener;
        this.check = b.check;
        this.http = new PoliteClient(settings.delay(), settings.userAgent(), b.sleeper);
        this.sources = List.of(new Sru(settings.sru(), http), new TkOData(settings.tkApi(), http));
    }

    public static Builder builder(HarvestSettings settings, Mirror mirror) {
        return new Builder(settings, mirror);
    }

    /** Lists, fetches and marks deletions; returns what it did. */
    public HarvestReport run() throws IOException {
        Map<String, ObjectNode> held = mirror.sidecars();
        List<String> incomplete = new ArrayList<>();
        Map<String, Publication> listed = list(incomplete);
        List<Publication> toFetch = new ArrayList<>();
        for (Publication p : listed.values()) {
            ObjectNode sidecar = held.get(p.key());
            if (sidecar == null || sidecar.path("deleted").asBoolean() || !sidecar.path("changed").equals(changed(p))) {
                toFetch.add(p);
            }
        }
        listener.listed(listed.size(), Math.min(toFetch.size(), settings.limit()));
        List<String> fetched = new ArrayList<>();
        for (Publication p : toFetch.subList(0, Math.min(toFetch.size(), settings.limit()))) {
            fetch(p, held.containsKey(p.key()) ? "changed" : "new", fetched);
            listener.stepped();
        }
        List<String> removed = removeDeleted(held, listed, incomplete);
        return new HarvestReport(listed.size(), fetched, removed, listed.size() - toFetch.size(), failures, http.requests());
    }

    /** Both sources, every dossier; a source that fails is reported, and its gaps are not taken for deletions. */
    private Map<String, Publication> list(List<String> incomplete) {
        Map<String, Publication> byKey = new LinkedHashMap<>();
        for (Dossier dossier : settings.dossiers()) {
            for (Source source : sources) {
                try {
                    for (Listed l : source.list(dossier, settings.since(), settings.kinds())) {
                        merge(byKey, l);
                    }
                } catch (SourceException e) {
                    failed(source.name() + " " + dossier, e.getMessage());
                    incomplete.add(source.name());
                }
            }
        }
        return byKey;
    }

    /** Files a listing under the key it shares with what another source listed, else under its first key. */
    private static void merge(Map<String, Publication> byKey, Listed l) {
        String key = l.keys().stream().filter(byKey::containsKey).findFirst().orElse(l.keys().get(0));
        byKey.computeIfAbsent(key, Publication::new).add(l);
    }

    private void fetch(Publication p, String why, List<String> fetched) {
        Listed from = p.fileSource();
        if (from == null) {
            failed(p.key(), "no file to fetch: not in officielebekendmakingen's XML, and the Tweede Kamer serves "
                    + "no PDF or DOCX for it");
            return;
        }
        if (settings.dryRun()) {
            listener.wouldDo(p.key(), why, from.fileUrl());
            return;
        }
        try {
            byte[] bytes = http.get(from.fileUrl(), "*/*").body();
            String name = p.key() + "." + from.extension();
            check.check(name, bytes);
            mirror.put(p.key(), from.extension(), bytes, sidecar(p, from, bytes));
            fetched.add(p.key());
            listener.fetched(p.key(), from.fileUrl());
        } catch (SourceException e) {
            failed(p.key(), e.getMessage());
        } catch (IOException e) {
            failed(p.key(), "cannot write to the mirror: " + e.getMessage());
        } catch (Exception e) {
            failed(p.key(), from.fileUrl() + ": not a letter that can be read: " + e.getMessage());
        }
    }

    private ObjectNode sidecar(Publication p, Listed from, byte[] bytes) {
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        s.put("key", p.key());
        s.put("sha256", sha256(bytes));
        s.put("fetchedFrom", from.fileUrl());
        s.put("fetchedAt", Instant.now().toString());
        s.set("changed", changed(p));
        s.set("official", RecordJson.write(p.record()));
        p.sources().forEach((name, l) -> {
            s.with("ids").put(name, l.id());
            s.with("records").set(name, l.raw());
        });
        return s;
    }

    private static ObjectNode changed(Publication p) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        p.changed().forEach(o::put);
        return o;
    }

    /**
     * Marks what the sources no longer list and confirm gone: a publication of these dossiers in
     * the mirror that a complete listing lacks is asked after by its id at each source.
     */
    private List<String> removeDeleted(Map<String, ObjectNode> held, Map<String, Publication> listed,
            List<String> incomplete) {
        List<String> removed = new ArrayList<>();
        for (ObjectNode sidecar : held.values()) {
            String key = sidecar.path("key").asText();
            if (listed.containsKey(key) || sidecar.path("deleted").asBoolean() || !inScope(sidecar)) {
                continue;
            }
            try {
                if (gone(sidecar, incomplete)) {
                    if (settings.dryRun()) {
                        listener.wouldDo(key, "removed", "");
                    } else {
                        mirror.markDeleted(key, sidecar);
                        listener.removed(key);
                    }
                    removed.add(key);
                }
            } catch (SourceException e) {
                failed(key, e.getMessage());
            } catch (IOException e) {
                failed(key, "cannot write to the mirror: " + e.getMessage());
            }
        }
        return removed;
    }

    /** Whether every source that listed it says it is gone. */
    private boolean gone(ObjectNode sidecar, List<String> incomplete) throws SourceException {
        for (Source source : sources) {
            String id = sidecar.path("ids").path(source.name()).asText(null);
            if (id != null && (incomplete.contains(source.name()) || source.exists(id))) {
                return false;
            }
        }
        return true;
    }

    /** Whether this run's listing covers the publication: one of its dossiers, not before --since. */
    private boolean inScope(ObjectNode sidecar) {
        var official = sidecar.path("official");
        String date = official.path("date").asText("");
        if (settings.since() != null && (date.isEmpty() || date.compareTo(settings.since().toString()) < 0)) {
            return false;
        }
        for (var d : official.path("dossiers")) {
            if (settings.dossiers().stream().anyMatch(x -> x.toString().equals(d.asText()))) {
                return true;
            }
        }
        return false;
    }

    private void failed(String what, String reason) {
        failures++;
        listener.failed(what, reason);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** Settings of a {@link Harvester}. */
    public static final class Builder {
        private final HarvestSettings settings;
        private final Mirror mirror;
        private HarvestListener listener = HarvestListener.NONE;
        private FileCheck check = (name, bytes) -> { };
        private PoliteClient.Sleeper sleeper = d -> Thread.sleep(d.toMillis());

        private Builder(HarvestSettings settings, Mirror mirror) {
            this.settings = settings;
            this.mirror = mirror;
        }

        public Builder listener(HarvestListener listener) {
            this.listener = listener;
            return this;
        }

        /** How fetched bytes are checked before they are kept (the loader reads them). */
        public Builder check(FileCheck check) {
            this.check = check;
            return this;
        }

        /** How the client waits between requests and on {@code Retry-After}: tests record instead of sleeping. */
        public Builder sleeper(java.util.function.Consumer<Duration> sleeper) {
            this.sleeper = sleeper::accept;
            return this;
        }

        public Harvester build() {
            return new Harvester(this);
        }
    }
}
