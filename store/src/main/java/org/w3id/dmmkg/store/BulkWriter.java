package org.w3id.dmmkg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * A load into a store that holds no letter yet, through TDB2's bulk loader: every letter's
 * quads streamed into one write transaction of the TDB2 database (so a crash or a failure
 * leaves the store as it was), with the text-index records of every graph written
 * ({@link org.w3id.dmmkg.store.text.TextIndexLedger}); then the text index made from what
 * was stored, and the load report's records written. The letters skip what a transactional
 * load pays per quad and per batch: the text index's look at every quad, deleting each graph
 * before writing it, the ledger records and a commit per batch.
 */
final class BulkWriter implements ImportWriter {
    private final Store store;
    private final DataLoader loader;
    private final StreamRDF stream;
    private final Set<Node> graphs = new LinkedHashSet<>();
    private final List<Path> cleared = new ArrayList<>();
    private final Map<Path, String> failures = new LinkedHashMap<>();
    private final List<Map<Node, List<Quad>>> again = new ArrayList<>();
    /** Entity facts the vocabulary states already, read before the bulk transaction begins. */
    private final java.util.function.Predicate<org.apache.jena.graph.Triple> known;
    private boolean committed;

    private BulkWriter(Store store) {
        this.store = store;
        this.known = EntityFacts.knownInCopyOf(store.dataset().asDatasetGraph());
        // The basic loader: one write transaction, so a crash leaves the store as it was. TDB2's phased and parallel
        // loaders were faster here on their own, but commit index by index: a crash in them leaves the indexes disagreeing.
        this.loader = LoaderFactory.basicLoader(store.storage(), (format, args) -> { });
        loader.startBulk();
        this.stream = loader.stream();
        stream.start();
    }

    /** Whether a load into {@code store} can go through the bulk loader: a TDB2 store that holds no letter. */
    static boolean applies(Store store) {
        return org.apache.jena.tdb2.sys.TDBInternal.isBackedByTDB(store.storage()) && store.holdsNoLetter();
    }

    /** Starts the bulk load's transaction. */
    static BulkWriter start(Store store) {
        return new BulkWriter(store);
    }

    @Override
    public void write(Map<Node, List<Quad>> letters, Set<Node> dropped, List<Path> clearedReports) {
        if (!dropped.isEmpty()) {
            throw new IllegalStateException("a bulk load into a store without letters has nothing to drop: " + dropped);
        }
        if (letters.keySet().stream().anyMatch(graphs::contains)) {
            // A graph already streamed (two files of one official record) is replaced after the bulk load, as a
            // transactional load would replace it: a bulk load can only add.
            again.add(letters);
        } else {
            graphs.addAll(letters.keySet());
            letters.forEach(this::stream);
        }
        cleared.addAll(clearedReports);
    }

    /** A letter's quads routed as a transactional load routes them ({@link EntityFacts}); other graphs as they are. */
    private void stream(Node graph, List<Quad> quads) {
        if (!org.w3id.dmmkg.store.describe.LetterSummary.isLetterGraph(graph)) {
            quads.forEach(stream::quad);
            return;
        }
        EntityFacts.Routed routed = EntityFacts.route(graph, quads, known);
        routed.letter().forEach(stream::quad);
        if (!routed.entities().isEmpty()) {
            graphs.add(EntityFacts.GRAPH);
            routed.entities().forEach(stream::quad);
        }
    }

    /** None: the store held no letter when the bulk load began, and a graph written twice in it is replaced after it. */
    @Override
    public Set<Node> replaced(List<Outcome> batch) {
        return Set.of();
    }

    @Override
    public void failed(Path file, String reason) {
        failures.put(file, reason);
    }

    @Override
    public boolean retriable() {
        return false;
    }

    @Override
    public void finish() {
        store.ledger().marks(store.dataset().asDatasetGraph(), graphs).forEach(stream::quad);
        stream.finish();
        loader.finishBulk();
        committed = true;
        store.ledger().indexNew(store.dataset().asDatasetGraph(), graphs);
        again.forEach(letters -> store.replaceGraphs(letters, List.of()));
        if (!cleared.isEmpty()) {
            store.replaceGraphs(Map.of(), LoadRecord.subjects(cleared));
        }
        failures.forEach((file, reason) -> LoadRecord.failed(store, file, reason));
    }

    @Override
    public void abort(RuntimeException cause) {
        if (!committed) {
            loader.finishException(cause);
        }
    }
}
