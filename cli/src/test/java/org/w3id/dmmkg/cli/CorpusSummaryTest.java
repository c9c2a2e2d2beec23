package org.w3id.dmmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmmkg.store.Store;
import org.w3id.dmmkg.store.describe.CorpusSummary;

/**
 * After a load of the seed letters, graph/summary holds what counting over every letter gives,
 * and a store that lost its summary gets it back when it is opened.
 */
class CorpusSummaryTest {
    private static final String PREFIX = "PREFIX dmm: <https://w3id.org/dmm-kg/def#>\n"
            + "PREFIX dcterms: <http://purl.org/dc/terms/>\n";
    private static final String SUMMARY = "<" + CorpusSummary.GRAPH.getURI() + ">";

    @TempDir
    Path tmp;

    @Test
    void theSummaryCountsWhatTheLettersSay() {
        Path s = tmp.resolve("store");
        TestSupport.loadSeeds(s);
        try (Store store = TestSupport.openStore(s)) {
            List<String> counted = rows(store, PREFIX + "SELECT ?x ?n { ?x a dmm:Initiative . "
                    + "{ SELECT ?x (COUNT(DISTINCT ?l) AS ?n) { ?l a dmm:Letter ; dmm:mentions ?x } GROUP BY ?x } } ORDER BY ?x");
            List<String> summed = rows(store, PREFIX + "SELECT ?x ?n { ?x a dmm:Initiative . GRAPH " + SUMMARY
                    + " { ?x dmm:letterCount ?n } } ORDER BY ?x");
            assertTrue(counted.size() > 20, "the seeds mention over twenty initiatives: " + counted);
            assertEquals(counted, summed);

            List<String> pairs = rows(store, PREFIX + "SELECT ?m ?i ?n { GRAPH " + SUMMARY + " { ?p dmm:pairMission ?m ; "
                    + "dmm:pairInitiative ?i ; dmm:letterCount ?n } } ORDER BY ?m ?i");
            List<String> joined = rows(store, PREFIX + "SELECT ?m ?i (COUNT(DISTINCT ?l) AS ?n) { ?m a dmm:Mission . "
                    + "?i a dmm:Initiative . ?l a dmm:Letter ; dmm:mentions ?m , ?i } GROUP BY ?m ?i ORDER BY ?m ?i");
            assertFalse(pairs.isEmpty());
            assertEquals(joined, pairs, "pairs counted from the letters' summaries, as joining their mentions gives");

            List<String> firsts = rows(store, PREFIX + "SELECT ?x ?d { GRAPH " + SUMMARY + " { ?x dmm:firstLetterDate ?d } } "
                    + "ORDER BY ?x");
            assertTrue(firsts.stream().anyMatch(r -> r.contains("2022-06-22")), firsts.toString());
        }
    }

    @Test
    void aStoreWithoutItsSummaryGetsItWhenOpened() {
        Path s = tmp.resolve("store");
        TestSupport.loadSeeds(s);
        long before;
        try (Store store = TestSupport.openStore(s)) {
            before = rows(store, "SELECT * { GRAPH " + SUMMARY + " { ?s ?p ?o } }").size();
            store.replaceGraph(CorpusSummary.GRAPH, List.of());
            assertFalse(CorpusSummary.present(store));
        }
        try (Store store = TestSupport.openStore(s)) {
            assertTrue(before > 100, "the seeds give a summary of hundreds of triples: " + before);
            assertEquals(before, rows(store, "SELECT * { GRAPH " + SUMMARY + " { ?s ?p ?o } }").size());
        }
    }

    private static List<String> rows(Store store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset().asDatasetGraph()))
                    .query(query).build()) {
                var results = qe.execSelect();
                List<String> vars = results.getResultVars();
                results.forEachRemaining(r -> out.add(String.join(" ", vars.stream()
                        .map(v -> String.valueOf(r.get(v))).toList())));
            }
            return out;
        });
    }
}
