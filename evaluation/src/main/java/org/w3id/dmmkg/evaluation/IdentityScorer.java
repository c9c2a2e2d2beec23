package org.w3id.dmmkg.evaluation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Cross-letter identity: one real-world thing that several letters mention must be one IRI
 * in all of them. Each {@code sameEntity} of {@code graph.json} is one item: found in every
 * listed letter, under one IRI.
 */
final class IdentityScorer {
    private record Table(ExtractedItems items, Matching.Rule rule) {
    }

    private final Map<String, Table> tables;

    IdentityScorer(ExtractedItems meetings, ExtractedItems kamerstukken, ExtractedItems entities,
            ExtractedItems ministers) {
        this.tables = Map.of("meeting", new Table(meetings, Matching::meeting),
                "kamerstuk", new Table(kamerstukken, Matching::kamerstuk),
                "mission", new Table(entities, Matching::named),
                "initiative", new Table(entities, Matching::named),
                "minister", new Table(ministers, Matching::minister));
    }

    void score(JsonObject graph, Tally tally) {
        for (JsonObject same : GoldValues.objects(graph.get("sameEntity"))) {
            String kind = GoldValues.string(same, "kind");
            Table table = tables.get(kind);
            if (table == null) {
                throw new IllegalArgumentException("graph.json: unknown kind " + kind);
            }
            JsonObject match = same.get("match").getAsObject();
            Set<String> iris = new HashSet<>();
            boolean present = true;
            for (String file : GoldValues.list(same.get("files"))) {
                List<String> found = table.items().of(file).entrySet().stream()
                        .filter(e -> table.rule().matches(e.getValue(), match)).map(Map.Entry::getKey).toList();
                present &= !found.isEmpty();
                iris.addAll(found);
            }
            if (present && iris.size() == 1) {
                tally.add(1, 0, 0);
            } else {
                tally.add(0, 0, 1);
                tally.note(kind + " " + JSON.toStringFlat(match) + ": "
                        + (present ? "split over " + iris.size() + " IRIs" : "missing in some letters"));
            }
        }
    }
}
