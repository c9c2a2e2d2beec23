package org.w3id.dmmkg.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Scores a graph against gold, by the gold README's rules: an extracted thing that matches a
 * required item is a true positive, one that matches only an allowed item costs nothing,
 * anything else is a false positive; every required item nothing matched is a false negative.
 */
public final class Scorer {
    private final ExtractedItems letters;
    private final ExtractedItems primary;
    private final ExtractedItems meetings;
    private final ExtractedItems kamerstukken;
    private final ExtractedItems entities;
    private final ExtractedItems ministers;
    private final ExtractedItems commitments;

    private Scorer(SelectSource graph) {
        letters = new ExtractedItems(graph.select(Queries.LETTERS), "file");
        primary = new ExtractedItems(graph.select(Queries.PRIMARY), "m");
        meetings = new ExtractedItems(graph.select(Queries.MEETINGS), "e");
        kamerstukken = new ExtractedItems(graph.select(Queries.KAMERSTUKKEN), "e");
        entities = new ExtractedItems(graph.select(Queries.ENTITIES), "e");
        ministers = new ExtractedItems(graph.select(Queries.MINISTERS), "e");
        commitments = new ExtractedItems(graph.select(Queries.COMMITMENTS), "e");
    }

    /** Reads the graph through {@code graph} and scores it against {@code gold}. */
    public static Score score(Gold gold, SelectSource graph) {
        Scorer scorer = new Scorer(graph);
        Score score = new Score(gold.letters().size(), gold.graph() != null);
        for (JsonObject letter : gold.letters()) {
            scorer.scoreLetter(letter, score);
        }
        if (gold.graph() != null) {
            new IdentityScorer(scorer.meetings, scorer.kamerstukken, scorer.entities, scorer.ministers)
                    .score(gold.graph(), score.category("identity"));
        }
        return score;
    }

    private void scoreLetter(JsonObject g, Score score) {
        String f = GoldValues.string(g, "file");
        if (!letters.hasFile(f)) {
            score.missing(f);
        }
        Map<String, Set<String>> meta = letters.of(f).values().stream().findFirst().orElse(Map.of());
        new LetterMetadata(f, meta, g.get("letter") == null ? new JsonObject() : g.get("letter").getAsObject())
                .score(score.category("letter"));
        if (GoldValues.given(g.get("primaryMeeting"))) {
            items(primary.of(f), List.of(g.get("primaryMeeting").getAsObject()), List.of(), Matching::meeting,
                    score.category("primary"), "primary meeting", f, null);
        }
        scoreList(g, "meetings", meetings.of(f), Matching::meeting, score.category("meetings"), "meeting", f,
                a -> false);
        scoreList(g, "kamerstukken", kamerstukken.of(f), Matching::kamerstuk, score.category("kamerstukken"),
                "kamerstuk", f, a -> Matching.values(a, "nr").isEmpty());
        scoreList(g, "missions", ofClass(entities.of(f), "Mission"), Matching::named, score.category("missions"),
                "mission", f, a -> false);
        scoreList(g, "initiatives", ofClass(entities.of(f), "Initiative"), Matching::named,
                score.category("initiatives"), "initiative", f, a -> false);
        scoreList(g, "ministers", ministers.of(f), Matching::minister, score.category("ministers"), "minister", f,
                a -> false);
        Map<String, Map<String, Set<String>>> found = commitments.of(f);
        scoreList(g, "commitments", found, Matching::commitment, score.category("commitments"), "commitment", f,
                a -> false);
        concerns(f, GoldValues.objects(g.get("commitments").getAsObject().get("required")), found,
                score.category("concerns"));
    }

    private static void scoreList(JsonObject g, String key, Map<String, Map<String, Set<String>>> extracted,
            Matching.Rule rule, Tally tally, String label, String f, Predicate<Map<String, Set<String>>> unscorable) {
        JsonObject lists = g.get(key).getAsObject();
        items(extracted, GoldValues.objects(lists.get("required")), GoldValues.objects(lists.get("allowed")), rule,
                tally, label, f, unscorable);
    }

    /** Counts per extracted entity (true or false positive) and per required item (false negative). */
    static void items(Map<String, Map<String, Set<String>>> extracted, List<JsonObject> required,
            List<JsonObject> allowed, Matching.Rule rule, Tally tally, String label, String f,
            Predicate<Map<String, Set<String>>> unscorable) {
        boolean[] hit = new boolean[required.size()];
        for (Map.Entry<String, Map<String, Set<String>>> e : extracted.entrySet()) {
            Map<String, Set<String>> a = e.getValue();
            if (unscorable != null && unscorable.test(a)) {
                tally.note(f + ": not scored " + label + " " + e.getKey() + " " + Score.describe(a));
                continue;
            }
            boolean matched = false;
            for (int i = 0; i < required.size(); i++) {
                if (rule.matches(a, required.get(i))) {
                    hit[i] = true;
                    matched = true;
                }
            }
            if (matched) {
                tally.add(1, 0, 0);
            } else if (allowed.stream().noneMatch(g -> rule.matches(a, g))) {
                tally.add(0, 1, 0);
                tally.note(f + ": extra " + label + " " + e.getKey() + " " + Score.describe(a));
            }
        }
        for (int i = 0; i < required.size(); i++) {
            if (!hit[i]) {
                tally.add(0, 0, 1);
                tally.note(f + ": missed " + label + " " + JSON.toStringFlat(required.get(i)));
            }
        }
    }

    /** A required commitment with {@code concerns}: some extracted commitment matching it concerns one of them. */
    private static void concerns(String f, List<JsonObject> required, Map<String, Map<String, Set<String>>> found,
            Tally tally) {
        for (JsonObject gc : required) {
            List<String> wanted = GoldValues.list(gc.get("concerns"));
            if (!GoldValues.given(gc.get("concerns"))) {
                continue;
            }
            Set<String> names = Normalised.set(wanted);
            boolean ok = found.values().stream().filter(a -> Matching.commitment(a, gc))
                    .anyMatch(a -> Matching.values(a, "concern").stream().map(Normalised::of).anyMatch(names::contains));
            if (ok) {
                tally.add(1, 0, 0);
            } else {
                tally.add(0, 0, 1);
                tally.note(f + ": commitment '" + GoldValues.string(gc, "cue") + "' should concern " + wanted.get(0));
            }
        }
    }

    private static Map<String, Map<String, Set<String>>> ofClass(Map<String, Map<String, Set<String>>> all,
            String className) {
        Map<String, Map<String, Set<String>>> out = new java.util.LinkedHashMap<>();
        all.forEach((iri, a) -> {
            if (Matching.values(a, "class").stream().anyMatch(c -> c.endsWith("#" + className))) {
                out.put(iri, a);
            }
        });
        return out;
    }
}
