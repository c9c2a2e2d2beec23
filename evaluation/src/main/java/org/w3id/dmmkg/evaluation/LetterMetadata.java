package org.w3id.dmmkg.evaluation;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JsonObject;

/**
 * A letter's date, type, author and own paper number, each an item: a value the gold gives
 * must be there; a date or type the gold leaves {@code null} must stay unknown (a value is
 * invented); a {@code null} author is not scored, since a letter signed by role only may name
 * its creator by role.
 */
final class LetterMetadata {
    private final String file;
    private final Map<String, Set<String>> extracted;
    private final JsonObject gold;

    LetterMetadata(String file, Map<String, Set<String>> extracted, JsonObject gold) {
        this.file = file;
        this.extracted = extracted;
        this.gold = gold;
    }

    void score(Tally tally) {
        for (String key : new String[] {"date", "type", "author"}) {
            String want = GoldValues.string(gold, key);
            Set<String> got = Matching.values(extracted, key);
            if (want == null && key.equals("author")) {
                continue;
            }
            if (want == null) {
                if (got.isEmpty()) {
                    tally.add(1, 0, 0);
                } else {
                    tally.add(0, 1, 0);
                    tally.note(file + ": " + key + " should be unknown, got " + new TreeSet<>(got));
                }
            } else if (key.equals("author") ? containsAuthor(got, want) : got.contains(want)) {
                tally.add(1, 0, 0);
            } else {
                tally.add(0, got.isEmpty() ? 0 : 1, 1);
                tally.note(file + ": " + key + " want " + want + ", got " + new TreeSet<>(got));
            }
        }
        if (gold.hasKey("kamerstuk")) {
            publishedAs(tally, gold.get("kamerstuk").getAsObject());
        }
    }

    private static boolean containsAuthor(Set<String> got, String want) {
        String w = Normalised.of(want);
        return got.stream().anyMatch(a -> Normalised.of(a).contains(w));
    }

    private void publishedAs(Tally tally, JsonObject kamerstuk) {
        if (Matching.kamerstuk(extracted, kamerstuk)) {
            tally.add(1, 0, 0);
        } else {
            tally.add(0, Matching.values(extracted, "nr").isEmpty() ? 0 : 1, 1);
            tally.note(file + ": published as " + org.apache.jena.atlas.json.JSON.toStringFlat(kamerstuk) + ", got "
                    + new TreeSet<>(Matching.values(extracted, "dossier")) + " "
                    + new TreeSet<>(Matching.values(extracted, "nr")));
        }
    }
}
