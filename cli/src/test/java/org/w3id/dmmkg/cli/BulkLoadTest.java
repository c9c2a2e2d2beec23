package org.w3id.dmmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmmkg.store.Store;

/**
 * A load into a store without letters goes through TDB2's bulk loader: the same graphs and the
 * same text search as a letter-by-letter load, bad files named and recorded, the rest loaded.
 */
class BulkLoadTest {
    private static final String BULK = "(bulk load into a store without letters)";
    private static final Node LOAD_TIME = NodeFactory.createURI("http://www.w3.org/ns/prov#generatedAtTime");

    @TempDir
    Path tmp;

    @Test
    void aBulkLoadStoresWhatALetterByLetterLoadStores() throws Exception {
        Path bulk = tmp.resolve("bulk");
        TestSupport first = TestSupport.run("load", "--store", bulk.toString(), TestSupport.seeds().toString());
        assertEquals(ExitCodes.OK, first.exitCode, first.err.toString());
        assertTrue(first.out.toString().contains(BULK), first.out.toString());

        // A store that already holds a letter (one invented for the purpose) takes the seeds letter by letter.
        Path byLetter = tmp.resolve("by-letter");
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("other.txt"), Files.readString(TestSupport.seeds().resolve("000_d1c2b747a5e6e0d8.txt"),
                StandardCharsets.UTF_8) + "\n\nEen toegevoegde alinea over Interflex.\n", StandardCharsets.UTF_8);
        assertEquals(ExitCodes.OK, TestSupport.run("load", "--store", byLetter.toString(), other.toString()).exitCode);
        TestSupport second = TestSupport.run("load", "--store", byLetter.toString(), TestSupport.seeds().toString());
        assertEquals(ExitCodes.OK, second.exitCode, second.err.toString());
        assertFalse(second.out.toString().contains(BULK), second.out.toString());

        Set<Node> seedGraphs;
        DatasetGraph a;
        Set<String> hitsA;
        try (Store store = TestSupport.openStore(bulk)) {
            seedGraphs = letterGraphs(store);
            a = copy(store, seedGraphs);
            hitsA = searches(store);
        }
        try (Store store = TestSupport.openStore(byLetter)) {
            assertEquals(seedGraphs.size() + 1, letterGraphs(store).size());
            DatasetGraph b = copy(store, seedGraphs);
            assertEquals(a.stream().count(), b.stream().count());
            assertTrue(IsoMatcher.isomorphic(a, b), "the same letter and summary graphs");
            Set<String> hitsB = searches(store);
            String otherLetter = Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph()
                    .stream(Node.ANY, Node.ANY, NodeFactory.createURI("https://w3id.org/dmm-kg/def#sourceFile"), Node.ANY).filter(q -> q.getObject().getLiteralLexicalForm().endsWith("other.txt")).findFirst()
                    .orElseThrow().getSubject().getURI());
            hitsB.removeIf(hit -> hit.contains(otherLetter));
            assertEquals(hitsA, hitsB);
        }
        assertTrue(hitsA.stream().anyMatch(h -> h.startsWith("text ")) && hitsA.stream().anyMatch(h -> h.startsWith("label ")),
                hitsA.toString());
    }

    @Test
    void aBadFileInABulkLoadIsNamedAndRecordedAndTheRestLoads() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("letters"));
        for (Path seed : Files.list(TestSupport.seeds()).toList()) {
            Files.copy(seed, folder.resolve(seed.getFileName()));
        }
        Files.writeString(folder.resolve("broken.pdf"), "%PDF-1.7\nthis is not a PDF body\n");
        Path store = tmp.resolve("store");
        TestSupport run = TestSupport.run("load", "--store", store.toString(), folder.toString());
        assertEquals(ExitCodes.FAILED, run.exitCode);
        assertEquals(1, run.err.toString().lines().filter(l -> l.contains("broken.pdf")).count(), run.err.toString());
        assertTrue(run.out.toString().startsWith("loaded 5 letters (0 unchanged, 1 failed)"), run.out.toString());
        assertTrue(run.out.toString().contains(BULK), run.out.toString());
        TestSupport report = TestSupport.run("report", "--store", store.toString());
        assertTrue(report.out.toString().contains("5 letters; 1 files failed"), report.out.toString());
        assertTrue(report.out.toString().lines().anyMatch(l -> l.contains("broken.pdf: corrupt PDF")), report.out.toString());

    }

    @Test
    void aFileThatFailedBeforeLeavesTheReportWhenABulkLoadTakesIt() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("letters"));
        Path letter = folder.resolve("letter.txt");
        Files.writeString(letter, "");
        Path store = tmp.resolve("store");
        assertEquals(ExitCodes.FAILED, TestSupport.run("load", "--store", store.toString(), folder.toString()).exitCode);
        assertTrue(TestSupport.run("report", "--store", store.toString()).out.toString().contains("0 letters; 1 files failed"));
        Files.copy(TestSupport.seeds().resolve("000_d1c2b747a5e6e0d8.txt"), letter, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        TestSupport run = TestSupport.run("load", "--store", store.toString(), folder.toString());
        assertEquals(ExitCodes.OK, run.exitCode, run.err.toString());
        assertTrue(run.out.toString().contains(BULK), "the store still held no letter: " + run.out);
        assertTrue(TestSupport.run("report", "--store", store.toString()).out.toString().contains("1 letters; 0 files failed"));
    }

    private static Set<Node> letterGraphs(Store store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<Node> out = new java.util.HashSet<>();
            store.dataset().asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
                if (g.getURI().contains("/graph/letter/") || g.getURI().contains("/graph/summary/")) {
                    out.add(g);
                }
            });
            return out;
        });
    }

    private static DatasetGraph copy(Store store, Set<Node> graphs) {
        DatasetGraph out = DatasetGraphFactory.create();
        Txn.executeRead(store.dataset(), () -> store.dataset().asDatasetGraph().find().forEachRemaining(q -> {
            if (graphs.contains(q.getGraph()) && !q.getPredicate().equals(LOAD_TIME)) {
                out.add(q);
            }
        }));
        return out;
    }

    /** What full-text search finds in letter texts and in labels. */
    private static Set<String> searches(Store store) {
        Set<String> found = new TreeSet<>();
        String[][] searches = {{"text", "dmm:text", "NAVO"}, {"text", "dmm:text", "Oekraïne"}, {"label", "rdfs:label", "*a*"}};
        Txn.executeRead(store.dataset(), () -> {
            for (String[] s : searches) {
                String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX dmm: <https://w3id.org/dmm-kg/def#> "
                        + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                        + "SELECT ?s { (?s ?score) text:query (" + s[1] + " \"" + s[2] + "\" 100000) }";
                try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset().asDatasetGraph()))
                        .query(q).build()) {
                    // The index stores no values (text:storeValues is off), so a hit is known by its subject.
                    qe.execSelect().forEachRemaining(r -> found.add(s[0] + " " + r.get("s")));
                }
            }
        });
        return found;
    }
}
