package org.w3id.dmmkg.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an official source says about one publication: its Kamerstuk, title, date, signers,
 * page and the records it came from. Stored beside what extraction finds, in the publication's
 * own graph ({@code graph/record/{key}}), so that a disagreement between the two is kept.
 *
 * @param key              the publication's stable key: {@code kst-28676-467}, or the Tweede Kamer's
 *                         document number when it has no Kamerstuk number
 * @param title            the official title, or null
 * @param dossiers         its dossiers, normalised ({@code 28676}, {@code 21501-28}); the first numbers it
 * @param number           its number in the first dossier, or null
 * @param tkDocumentNumber the Tweede Kamer's document number ({@code 2024D41170}), or null
 * @param date             the official date, or null
 * @param signers          who signed it, as the source writes the names
 * @param page             its official page, or null
 * @param sources          the URLs of the source records it was read from
 */
public record OfficialRecord(String key, String title, List<String> dossiers, String number, String tkDocumentNumber,
        LocalDate date, List<String> signers, String page, List<String> sources) {

    public OfficialRecord {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("an official record needs a key");
        }
        dossiers = List.copyOf(dossiers);
        signers = List.copyOf(signers);
        sources = List.copyOf(sources);
    }

    public static Builder builder(String key) {
        return new Builder(key);
    }

    /** Builds an {@link OfficialRecord}. */
    public static final class Builder {
        private final String key;
        private String title;
        private final List<String> dossiers = new ArrayList<>();
        private String number;
        private String tkDocumentNumber;
        private LocalDate date;
        private final List<String> signers = new ArrayList<>();
        private String page;
        private final List<String> sources = new ArrayList<>();

        private Builder(String key) {
            this.key = key;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder dossier(String dossier) {
            if (!dossiers.contains(dossier)) {
                dossiers.add(dossier);
            }
            return this;
        }

        public Builder number(String number) {
            this.number = number;
            return this;
        }

        public Builder tkDocumentNumber(String number) {
            this.tkDocumentNumber = number;
            return this;
        }

        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        public Builder signer(String name) {
            if (!signers.contains(name)) {
                signers.add(name);
            }
            return this;
        }

        public Builder page(String page) {
            this.page = page;
            return this;
        }

        public Builder source(String url) {
            if (!sources.contains(url)) {
                sources.add(url);
            }
            return this;
        }

        public OfficialRecord build() {
            return new OfficialRecord(key, title, dossiers, number, tkDocumentNumber, date, signers, page, sources);
        }
    }
}
