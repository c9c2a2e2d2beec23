package org.w3id.dmmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderLib;
import org.apache.jena.sparql.sse.Item;
import org.apache.jena.sparql.sse.ItemList;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmmkg.server.DmmServer;
import org.w3id.dmmkg.server.ServerSettings;
import org.w3id.dmmkg.store.Store;
import org.w3id.dmmkg.store.stats.OptimizerStatistics;

/** TDB2's optimizer statistics: written after every load, over the union graph, and used by the store and the server. */
class OptimizerStatisticsTest {
    private static final String DMM = "https://w3id.org/dmm-kg/def#";

    @TempDir
    Path tmp;

    @Test
    void aLoadedStoreHasStatisticsThatCountTheUnionGraph() throws Exception {
        Path s = tmp.resolve("store");
        TestSupport.loadSeeds(s);
        try (Store store = TestSupport.openStore(s)) {
            Item stats = SSE.parseItem(Files.readString(OptimizerStatistics.file(store.dataset().asDatasetGraph())));
            long triples = count(store, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
            assertTrue(triples > 1000, "the seeds give thousands of triples: " + triples);
            assertEquals(triples, entry(stats, "count"), "counted over the union graph, each triple once");
            assertEquals(count(store, "SELECT (COUNT(*) AS ?n) { ?s <" + DMM + "mentions> ?o }"),
                    entry(stats, "<" + DMM + "mentions>"));
            assertEquals(count(store, "SELECT (COUNT(*) AS ?n) { ?s a <" + DMM + "Letter> }"), 5);
        }
    }

    @Test
    void everyLoadCountsAgain() throws Exception {
        Path s = tmp.resolve("store");
        Path first = Files.createDirectories(tmp.resolve("first"));
        Files.copy(TestSupport.seeds().resolve("000_d1c2b747a5e6e0d8.txt"), first.resolve("a.txt"));
        assertEquals(0, TestSupport.run("load", "--store", s.toString(), first.toString()).exitCode);
        long before;
        try (Store store = TestSupport.openStore(s)) {
            before = entry(SSE.parseItem(Files.readString(OptimizerStatistics.file(store.dataset().asDatasetGraph()))), "count");
        }
        TestSupport.loadSeeds(s);
        try (Store store = TestSupport.openStore(s)) {
            long after = entry(SSE.parseItem(Files.readString(OptimizerStatistics.file(store.dataset().asDatasetGraph()))), "count");
            assertTrue(after > before, before + " then " + after);
            assertEquals(count(store, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), after);
        }
    }

    @Test
    void theStoreAndTheServerPlanWithThem() throws Exception {
        Path s = tmp.resolve("store");
        TestSupport.loadSeeds(s);
        // Both patterns have one constant, the predicate: without statistics TDB2 keeps them as written;
        // with them, the rarer one (a sha256 per letter, against many mentions per letter) goes first.
        Var l = Var.alloc("l");
        BasicPattern bgp = BasicPattern.wrap(java.util.List.of(
                Triple.create(l, NodeFactory.createURI(DMM + "mentions"), Var.alloc("e")),
                Triple.create(l, NodeFactory.createURI(DMM + "sha256"), Var.alloc("h"))));
        assertEquals(DMM + "mentions", ReorderLib.fixed().reorder(bgp).get(0).getPredicate().getURI());
        try (Store store = TestSupport.openStore(s)) {
            assertTrue(store.usesStatistics());
            assertEquals(DMM + "sha256", firstPredicate(store.dataset().asDatasetGraph(), bgp));
        }
        var server = TestSupport.startServer(s, ServerSettings.loopback(0));
        try {
            assertTrue(OptimizerStatistics.inUse(DmmServer.dataset(server)));
            assertEquals(DMM + "sha256", firstPredicate(DmmServer.dataset(server), bgp));
        } finally {
            server.stop();
        }
    }

    @Test
    void aStoreWithoutStatisticsGetsThemWhenOpened() throws Exception {
        Path s = tmp.resolve("store");
        TestSupport.loadSeeds(s);
        Path file;
        try (Store store = TestSupport.openStore(s)) {
            file = OptimizerStatistics.file(store.dataset().asDatasetGraph());
        }
        Files.delete(file);
        try (Store store = TestSupport.openStore(s)) {
            assertTrue(Files.size(file) > 0);
            assertTrue(store.usesStatistics(), "written, and the store opened again to use them");
        }
        assertFalse(Files.list(file.getParent()).anyMatch(f -> f.getFileName().toString().endsWith(".partial")));
    }

    private static String firstPredicate(org.apache.jena.sparql.core.DatasetGraph dsg, BasicPattern bgp) {
        return TDBInternal.getDatasetGraphTDB(unwrap(dsg)).getReorderTransform().reorder(bgp).get(0).getPredicate().getURI();
    }

    private static org.apache.jena.sparql.core.DatasetGraph unwrap(org.apache.jena.sparql.core.DatasetGraph dsg) {
        return dsg instanceof org.apache.jena.sparql.core.DatasetGraphWrapper w ? w.getBase() : dsg;
    }

    /** The number an entry of the statistics gives: {@code (count N)} or {@code (<predicate> N)}. */
    private static long entry(Item stats, String key) {
        for (Item item : stats.getList()) {
            if (item.isList() && item.getList().size() == 2 && key.equals(head(item.getList()))) {
                return item.getList().get(1).getLong();
            }
            if (item.isList() && "meta".equals(head(item.getList())) && "count".equals(key)) {
                return entry(item, key);
            }
        }
        throw new AssertionError("no entry " + key + " in " + stats);
    }

    private static String head(ItemList list) {
        Item head = list.get(0);
        return head.isSymbol() ? head.getSymbol() : head.isNode() ? "<" + head.getNode().getURI() + ">" : "";
    }

    private static long count(Store store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset().asDatasetGraph()))
                    .query(query).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
