package org.w3id.dmmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmmkg.store.ImportListener;
import org.w3id.dmmkg.store.LetterImport;
import org.w3id.dmmkg.store.Store;

class IdempotentLoadTest {
    @TempDir
    Path tmp;

    private static DatasetGraph copy(Store store) {
        DatasetGraph out = DatasetGraphFactory.create();
        Txn.executeRead(store.dataset(), () -> store.dataset().asDatasetGraph().find().forEachRemaining(out::add));
        return out;
    }

    /** Quads in letter graphs: the failure goes to the load report, the letter stays. */
    private static long letterQuads(Store store) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().stream()
                .filter(q -> q.getGraph().getURI().contains("/graph/letter/")).count());
    }

    @Test
    void loadingTheSameFolderTwiceLeavesTheSameTriples() throws Exception {
        Path s = tmp.resolve("store");
        assertEquals(0, TestSupport.run("load", "--store", s.toString(), TestSupport.seeds().toString()).exitCode);
        DatasetGraph first;
        try (Store store = TestSupport.openStore(s)) {
            first = copy(store);
        }
        TestSupport again = TestSupport.run("load", "--store", s.toString(), TestSupport.seeds().toString());
        assertTrue(again.out.toString().startsWith("loaded 0 letters (5 unchanged, 0 failed)"), again.out.toString());
        try (Store store = TestSupport.openStore(s)) {
            DatasetGraph second = copy(store);
            assertEquals(first.stream().count(), second.stream().count());
            assertTrue(IsoMatcher.isomorphic(first, second));
        }
    }

    @Test
    void forcedReloadGivesTheSameTriplesButTheLoadTime() throws Exception {
        Path s = tmp.resolve("store");
        TestSupport.run("load", "--store", s.toString(), TestSupport.seeds().toString());
        DatasetGraph first;
        try (Store store = TestSupport.openStore(s)) {
            first = copy(store);
        }
        assertEquals(0, TestSupport.run("load", "--force", "--store", s.toString(), TestSupport.seeds().toString()).exitCode);
        try (Store store = TestSupport.openStore(s)) {
            DatasetGraph second = copy(store);
            Node loadTime = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/prov#generatedAtTime");
            first.deleteAny(Node.ANY, Node.ANY, loadTime, Node.ANY);
            second.deleteAny(Node.ANY, Node.ANY, loadTime, Node.ANY);
            assertTrue(IsoMatcher.isomorphic(first, second));
        }
    }

    @Test
    void letterWhoseExtractionThrowsLeavesItsPreviousGraph() throws Exception {
        Path s = tmp.resolve("store");
        Path letters = Files.createDirectories(tmp.resolve("letters"));
        Path letter = Files.copy(TestSupport.seeds().resolve("000_d1c2b747a5e6e0d8.txt"), letters.resolve("a.txt"));
        TestSupport.run("load", "--store", s.toString(), letters.toString());
        try (Store store = TestSupport.openStore(s)) {
            long before = letterQuads(store);
            var loader = org.w3id.dmmkg.loader.LetterLoader.builder().ontology(Home.ontology()).build();
            LetterImport failing = new LetterImport(loader, (source, sink, warnings) -> {
                loader.load(source, sink, warnings);
                throw new IllegalStateException("extraction broke half way");
            }, store, ImportListener.NONE, true);
            failing.load(List.of(letter));
            assertEquals(1, failing.failed());
            assertEquals(before, letterQuads(store));
        }
    }

}
