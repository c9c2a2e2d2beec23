package org.w3id.dmmkg.harvest;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a harvest fetches and how: the sources' base URLs, the dossiers, the kinds of document,
 * a first date, a limit, the pause between requests and the User-Agent.
 */
public record HarvestSettings(String tkApi, String sru, List<Dossier> dossiers, List<String> kinds, LocalDate since,
        int limit, Duration delay, String userAgent, boolean dryRun) {
    /** The Tweede Kamer's open data, OData v4. */
    public static final String TK_API = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/";
    /** officielebekendmakingen.nl's repository, SRU 2.0. */
    public static final String SRU = "https://repository.overheid.nl/sru";
    /** NAVO and Defensieraad. */
    public static final List<Dossier> DOSSIERS = List.of(Dossier.parse("28676"), Dossier.parse("21501-28"));
    /** Letters of the government (the Tweede Kamer's Soort; officielebekendmakingen's Kamerstuk type). */
    public static final List<String> KINDS = List.of("Brief regering");
    /** One request a second. */
    public static final Duration DELAY = Duration.ofSeconds(1);

    public HarvestSettings {
        dossiers = List.copyOf(dossiers);
        kinds = List.copyOf(kinds);
        tkApi = tkApi.endsWith("/") ? tkApi : tkApi + "/";
        for (String url : List.of(tkApi, sru)) {
            String scheme = URI.create(url).getScheme();
            if (!"http".equals(scheme) && !"https".equals(scheme)) {
                throw new IllegalArgumentException("not an http(s) URL: " + url);
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link HarvestSettings}; unset values take the defaults above. */
    public static final class Builder {
        private String tkApi = TK_API;
        private String sru = SRU;
        private List<Dossier> dossiers = new ArrayList<>(DOSSIERS);
        private List<String> kinds = new ArrayList<>(KINDS);
        private LocalDate since;
        private int limit = Integer.MAX_VALUE;
        private Duration delay = DELAY;
        private String userAgent = "dmm-kg";
        private boolean dryRun;

        public Builder tkApi(String url) {
            this.tkApi = url;
            return this;
        }

        public Builder sru(String url) {
            this.sru = url;
            return this;
        }

        public Builder dossiers(List<Dossier> dossiers) {
            this.dossiers = new ArrayList<>(dossiers);
            return this;
        }

        public Builder kinds(List<String> kinds) {
            this.kinds = new ArrayList<>(kinds);
            return this;
        }

        public Builder since(LocalDate since) {
            this.since = since;
            return this;
        }

        /** At most this many files fetched in one run. */
        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        public Builder delay(Duration delay) {
            this.delay = delay;
            return this;
        }

        /** The tool and its version, e.g. {@code dmm-kg/0.1.0}; a contact URL is added. */
        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        public Builder dryRun(boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        public HarvestSettings build() {
            return new HarvestSettings(tkApi, sru, dossiers, kinds, since, limit, delay,
                    userAgent + " (+https://w3id.org/dmm-kg)", dryRun);
        }
    }
}
