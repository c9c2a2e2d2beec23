package org.w3id.dmmkg.evaluation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** When an extracted thing matches a gold item, per category, as the gold README defines it. */
final class Matching {
    /** Matches an extracted entity's attributes ({@code column → values}) against one gold item. */
    @FunctionalInterface
    interface Rule {
        boolean matches(Map<String, Set<String>> attributes, JsonObject gold);
    }

    private Matching() {
    }

    /** The type is the gold's (or one of them); the start is one of the gold's, if given; else the place, if given. */
    static boolean meeting(Map<String, Set<String>> a, JsonObject g) {
        if (disjoint(values(a, "type"), GoldValues.list(g.get("type")))) {
            return false;
        }
        List<String> starts = GoldValues.list(g.get("start"));
        if (!starts.isEmpty() && disjoint(values(a, "start"), starts)) {
            return false;
        }
        if (GoldValues.given(g.get("place")) && !GoldValues.given(g.get("start"))) {
            String place = Normalised.of(GoldValues.string(g, "place"));
            return values(a, "place").stream().map(Normalised::of).anyMatch(place::equals);
        }
        return true;
    }

    /** A dossier number is one of the gold's and the document number is the gold's. */
    static boolean kamerstuk(Map<String, Set<String>> a, JsonObject g) {
        Set<String> dossiers = GoldValues.list(g.get("dossier")).stream()
                .map(d -> Normalised.of(d == null ? "None" : d)).collect(Collectors.toSet());
        boolean dossier = values(a, "dossier").stream().map(Normalised::of).anyMatch(dossiers::contains);
        JsonValue nr = g.get("nr");
        return dossier && nr != null && nr.isString()
                && values(a, "nr").stream().map(String::strip).anyMatch(nr.getAsString().value()::equals);
    }

    /** One of the entity's labels is one of the gold's names, compared normalised. */
    static boolean named(Map<String, Set<String>> a, JsonObject g) {
        Set<String> names = GoldValues.list(g.get("names")).stream().map(Normalised::of).collect(Collectors.toSet());
        return values(a, "label").stream().map(Normalised::of).anyMatch(names::contains);
    }

    /** The minister's country code is the gold's. */
    static boolean minister(Map<String, Set<String>> a, JsonObject g) {
        return values(a, "cc").contains(GoldValues.string(g, "country"));
    }

    /** The commitment's quote contains the gold's cue, compared normalised. */
    static boolean commitment(Map<String, Set<String>> a, JsonObject g) {
        String cue = Normalised.of(GoldValues.string(g, "cue"));
        return values(a, "quote").stream().anyMatch(q -> Normalised.of(q).contains(cue));
    }

    static Set<String> values(Map<String, Set<String>> a, String column) {
        return a.getOrDefault(column, Set.of());
    }

    private static boolean disjoint(Set<String> extracted, List<String> gold) {
        Set<String> common = new HashSet<>(gold);
        common.retainAll(extracted);
        return common.isEmpty();
    }
}
