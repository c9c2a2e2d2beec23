package org.w3id.dmmkg.harvest.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.w3id.dmmkg.loader.vocab.DMM;
import org.w3id.dmmkg.store.OfficialRecord;

/**
 * One publication as the sources list it together: what the Tweede Kamer and
 * officielebekendmakingen each say about it, merged into one official record, and the file to
 * fetch: the official XML where it exists, the Tweede Kamer's file otherwise.
 */
public final class Publication {
    private final String key;
    private final Map<String, Listed> bySource = new TreeMap<>();

    public Publication(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public void add(Listed listed) {
        bySource.putIfAbsent(listed.source(), listed);
    }

    /** What each source says, by source name. */
    public Map<String, Listed> sources() {
        return bySource;
    }

    /** When each source last changed it: a second run fetches again only when one of these moved. */
    public Map<String, String> changed() {
        Map<String, String> out = new TreeMap<>();
        bySource.forEach((source, l) -> out.put(source, l.changed() == null ? "" : l.changed()));
        return out;
    }

    /** The listing whose file to fetch: the XML of officielebekendmakingen first, else the Tweede Kamer's file. */
    public Listed fileSource() {
        Listed sru = bySource.get("sru");
        if (sru != null && sru.fileUrl() != null) {
            return sru;
        }
        Listed tk = bySource.get("tk");
        return tk != null && tk.fileUrl() != null ? tk : null;
    }

    public LocalDate date() {
        return first(Listed::date);
    }

    /** The official record: officielebekendmakingen for the paper, title and page; the Kamer for its number and signers. */
    public OfficialRecord record() {
        OfficialRecord.Builder b = OfficialRecord.builder(key).title(first(Listed::title)).date(date())
                .tkDocumentNumber(first(Listed::tkDocumentNumber)).number(first(Listed::number));
        Listed numbered = bySource.getOrDefault("sru", bySource.get("tk"));
        numbered.dossiers().forEach(b::dossier);
        bySource.values().forEach(l -> l.dossiers().forEach(b::dossier));
        Listed signed = bySource.containsKey("tk") && !bySource.get("tk").signers().isEmpty() ? bySource.get("tk") : numbered;
        signed.signers().forEach(b::signer);
        String page = first(Listed::page);
        String number = first(Listed::number);
        b.page(page != null || number == null || numbered.dossiers().isEmpty() ? page
                : DMM.kamerstukPage(numbered.dossiers().get(0), number));
        bySource.values().forEach(l -> b.source(l.recordUrl()));
        return b.build();
    }

    /** The first value a source gives, officielebekendmakingen before the Tweede Kamer. */
    private <T> T first(java.util.function.Function<Listed, T> field) {
        List<Listed> order = new ArrayList<>();
        if (bySource.containsKey("sru")) {
            order.add(bySource.get("sru"));
        }
        if (bySource.containsKey("tk")) {
            order.add(bySource.get("tk"));
        }
        for (Listed l : order) {
            T v = field.apply(l);
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
