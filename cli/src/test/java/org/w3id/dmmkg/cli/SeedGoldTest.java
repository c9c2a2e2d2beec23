package org.w3id.dmmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmmkg.store.Store;

/** The letter metadata of every seed, as loaded into a store, against the hand-made gold. */
class SeedGoldTest {
    private static final String PREFIXES = """
            PREFIX dmm: <https://w3id.org/dmm-kg/def#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            """;

    @TempDir
    static Path store;

    @BeforeAll
    static void loadSeeds() {
        TestSupport.loadSeeds(store);
    }

    static List<Path> golds() throws Exception {
        try (Stream<Path> s = Files.list(TestSupport.home().resolve("evaluation/seeds/gold"))) {
            return s.filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.json")).sorted().toList();
        }
    }

    @Test
    void everySeedHasTheGoldDateTypeCreatorAndPrimaryMeeting() throws Exception {
        List<Path> golds = golds();
        assertEquals(5, golds.size());
        try (Store s = TestSupport.openStore(store)) {
            for (Path gold : golds) {
                JsonObject g = JSON.read(gold.toString());
                String file = g.get("file").getAsString().value();
                JsonObject letter = g.get("letter").getAsObject();
                assertEquals(value(letter.get("date")), one(s, file, "?l dcterms:date ?v"), file + " date");
                assertEquals(value(letter.get("type")), one(s, file, "?l dmm:letterType/skos:notation ?v"), file + " type");
                if (!letter.get("author").isNull()) {
                    String creator = one(s, file, "?l dcterms:creator/foaf:name ?v");
                    assertTrue(creator != null && creator.contains(value(letter.get("author"))), file + " creator " + creator);
                }
                JsonObject pm = g.get("primaryMeeting").getAsObject();
                assertEquals(value(pm.get("type")), one(s, file, "?l dmm:reportsOn/dmm:meetingType/skos:notation ?v"), file);
                assertEquals(value(pm.get("start")), one(s, file, "?l dmm:reportsOn/dmm:startDate ?v"), file + " start");
                assertEquals(value(pm.get("end")), one(s, file, "?l dmm:reportsOn/dmm:endDate ?v"), file + " end");
                assertEquals(value(pm.get("place")), one(s, file, "?l dmm:reportsOn/dmm:location/rdfs:label ?v"), file);
            }
        }
    }

    private static String value(JsonValue v) {
        return v == null || v.isNull() ? null : v.getAsString().value();
    }

    /** The single value of {@code ?v} for the letter read from {@code file}; null if none. */
    private static String one(Store s, String file, String pattern) {
        String q = PREFIXES + "SELECT DISTINCT ?v WHERE { ?l dmm:sourceFile \"" + file + "\" . " + pattern
                + " FILTER(!isLiteral(?v) || lang(?v) = '' || lang(?v) = 'nl') }";
        return Txn.calculateRead(s.dataset(), () -> {
            Set<String> values = new TreeSet<>();
            try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(q).build()) {
                qe.execSelect().forEachRemaining((QuerySolution row) -> values.add(row.get("v").asNode().isLiteral()
                        ? row.get("v").asLiteral().getLexicalForm() : row.get("v").toString()));
            }
            assertTrue(values.size() <= 1, file + " " + pattern + " has several values: " + values);
            return values.isEmpty() ? null : values.iterator().next();
        });
    }
}
