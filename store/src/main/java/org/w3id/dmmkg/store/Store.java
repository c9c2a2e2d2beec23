package org.w3id.dmmkg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.w3id.dmmkg.loader.vocab.DMM;

/**
 * The TDB2 store with its text index, opened through the same assembler file that Fuseki
 * serves, so that writes keep the text index in step.
 */
public final class Store implements AutoCloseable {
    private final Dataset dataset;
    private final StoreConfig config;
    private final boolean owned;
    private final org.w3id.dmmkg.store.text.TextIndexLedger ledger =
            new org.w3id.dmmkg.store.text.TextIndexLedger(LoadRecord.GRAPH);

    private Store(Dataset dataset, StoreConfig config, boolean owned) {
        this.dataset = dataset;
        this.config = config;
        this.owned = owned;
    }

    /**
     * A store over a dataset someone else opened and will close, such as the one a running
     * server publishes: loads then go through the server's own transactions.
     */
    public static Store over(org.apache.jena.sparql.core.DatasetGraph dsg) {
        return new Store(org.apache.jena.query.DatasetFactory.wrap(dsg), null, false);
    }

    /**
     * Opens the store that {@code config} points at, creating it if the folder is empty or
     * missing: for the commands that write ({@code load}, {@code serve}).
     *
     * @throws StoreInUseException when another process holds the store
     */
    public static Store create(StoreConfig config) throws java.io.IOException {
        Files.createDirectories(config.store());
        return assemble(config);
    }

    /**
     * Opens a store that exists: for the commands that only read. A mistyped folder is refused
     * rather than silently created empty.
     *
     * @throws NoStoreException    when the folder holds no store
     * @throws StoreInUseException when another process holds the store
     */
    public static Store open(StoreConfig config) {
        if (!exists(config.store())) {
            throw new NoStoreException(config.store());
        }
        return assemble(config);
    }

    /** Whether {@code folder} holds a store. */
    public static boolean exists(Path folder) {
        return Files.isDirectory(folder.resolve(StoreConfig.TDB2_FOLDER));
    }

    /**
     * Opens the store; one that holds data but no summary of its letters or no statistics for
     * the query planner (made by an older version, or cut off before its load ended) gets them,
     * and is opened again so that its queries use the statistics.
     */
    private static Store assemble(StoreConfig config) {
        Store store = assembleOnce(config);
        if (store.isEmpty()) {
            return store;
        }
        if (!org.w3id.dmmkg.store.describe.CorpusSummary.current(store)) {
            org.w3id.dmmkg.store.describe.CorpusSummary.write(store);
        }
        if (store.hasStatistics()) {
            return store;
        }
        try {
            store.writeStatistics();
        } finally {
            store.close();
        }
        return assembleOnce(config);
    }

    private static Store assembleOnce(StoreConfig config) {
        try {
            return new Store(DatasetFactory.assemble(config.dataset()), config, true);
        } catch (RuntimeException e) {
            throw explained(e, config.store());
        }
    }

    /**
     * {@code e}, or a {@link StoreInUseException} when {@code e} says that another process
     * holds {@code store}: for whoever opens the store through the configuration (a server).
     */
    public static RuntimeException explained(RuntimeException e, Path store) {
        return lockedByAnother(e) ? new StoreInUseException(store, e) : e;
    }

    private static boolean lockedByAnother(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // TDB2 says so with AlreadyLocked, or with its general exception and "Failed to get a lock".
            if (t instanceof org.apache.jena.dboe.base.file.AlreadyLocked || t instanceof org.apache.jena.dboe.DBOpEnvException
                    && t.getMessage() != null && t.getMessage().contains("lock")) {
                return true;
            }
        }
        return false;
    }

    public Dataset dataset() {
        return dataset;
    }

    public StoreConfig config() {
        return config;
    }

    /** Replaces one named graph with {@code quads}, in one write transaction. */
    public void replaceGraph(Node graph, List<Quad> quads) {
        write(List.of(graph), dsg -> {
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            for (Quad q : quads) {
                dsg.add(q);
            }
        });
    }

    /**
     * One write transaction that changes {@code graphs}, recorded in the text-index ledger with
     * them and cleared once it has committed: a crash in between is repaired at the next load.
     */
    private void write(java.util.Collection<Node> graphs, java.util.function.Consumer<DatasetGraph> changes) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Txn.executeWrite(dataset, () -> {
            ledger.mark(dsg, graphs);
            changes.accept(dsg);
        });
        ledger.settle(dsg, graphs);
    }

    /**
     * Re-indexes the graphs that a crash may have left out of the text index (see
     * {@link org.w3id.dmmkg.store.text.TextIndexLedger}).
     *
     * @return how many graphs were re-indexed
     */
    public int repairTextIndex() {
        return ledger.repair(dataset.asDatasetGraph());
    }

    private static final Node SHA256 = RdfBridge.node(DMM.sha256);
    private static final Node LOADER_VERSION = RdfBridge.node(DMM.loaderVersion);

    /** Whether the store holds a letter read from bytes with this SHA-256 by this loader version. */
    public boolean holdsLetter(String sha256, String loaderVersion) {
        return letterHolding(sha256, loaderVersion).isPresent();
    }

    /** The letter the store holds from bytes with this SHA-256, read by this loader version. */
    public java.util.Optional<org.eclipse.rdf4j.model.IRI> letterHolding(String sha256, String loaderVersion) {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            var found = dsg.find(Node.ANY, Node.ANY, SHA256, NodeFactory.createLiteralString(sha256));
            while (found.hasNext()) {
                Quad q = found.next();
                Node graph = q.getGraph();
                if (dsg.contains(graph, graph, LOADER_VERSION, NodeFactory.createLiteralString(loaderVersion))) {
                    return java.util.Optional.of((org.eclipse.rdf4j.model.IRI) RdfBridge.value(q.getSubject()));
                }
            }
            return java.util.Optional.empty();
        });
    }

    /**
     * Replaces several letter graphs and clears their load-report records, all in one write
     * transaction: either every letter of the batch is stored whole, or none is.
     */
    public void replaceGraphs(java.util.Map<Node, List<Quad>> graphs, List<Node> clearedReports) {
        replaceGraphs(graphs, java.util.Set.of(), clearedReports);
    }

    /**
     * As {@link #replaceGraphs(java.util.Map, List)}, also dropping whole graphs (a letter a new
     * version replaces), each letter's with its coverage summary. A letter's graph keeps what the
     * letter says; what its entities are goes to the graph of discovered entities
     * ({@link EntityFacts}), and the facts of things no letter refers to any more leave it, in
     * the same transaction.
     */
    public void replaceGraphs(java.util.Map<Node, List<Quad>> graphs, java.util.Set<Node> dropped, List<Node> clearedReports) {
        java.util.Set<Node> gone = new java.util.LinkedHashSet<>(dropped);
        dropped.stream().filter(org.w3id.dmmkg.store.describe.LetterSummary::isLetterGraph)
                .forEach(g -> gone.add(org.w3id.dmmkg.store.describe.LetterSummary.graphOf(g)));
        java.util.Set<Node> touched = new java.util.LinkedHashSet<>(graphs.keySet());
        touched.addAll(gone);
        write(touched, dsg -> {
            java.util.Set<Node> referenced = new java.util.HashSet<>();
            touched.stream().filter(org.w3id.dmmkg.store.describe.LetterSummary::isLetterGraph)
                    .forEach(g -> EntityFacts.referenced(dsg, g, referenced));
            gone.forEach(g -> dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY));
            java.util.function.Predicate<org.apache.jena.graph.Triple> known = EntityFacts.knownIn(dsg);
            graphs.forEach((graph, quads) -> {
                dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
                if (org.w3id.dmmkg.store.describe.LetterSummary.isLetterGraph(graph)) {
                    EntityFacts.Routed routed = EntityFacts.route(graph, quads, known);
                    routed.letter().forEach(dsg::add);
                    routed.entities().forEach(dsg::add);
                } else {
                    quads.forEach(dsg::add);
                }
            });
            EntityFacts.sweep(dsg, referenced);
            for (Node record : clearedReports) {
                dsg.deleteAny(LoadRecord.GRAPH, record, Node.ANY, Node.ANY);
            }
        });
    }

    /** Replaces what one graph says about one subject, in one write transaction. */
    public void replaceSubject(Node graph, Node subject, List<Quad> quads) {
        write(List.of(graph), dsg -> {
            dsg.deleteAny(graph, subject, Node.ANY, Node.ANY);
            quads.forEach(dsg::add);
        });
    }

    /**
     * Counts what the store holds for TDB2's query planner and writes the counts into the
     * store (see {@link org.w3id.dmmkg.store.stats.OptimizerStatistics}); queries use them
     * from the next opening of the store.
     *
     * @return how many triples the union graph holds
     */
    public long writeStatistics() {
        return org.w3id.dmmkg.store.stats.OptimizerStatistics.write(dataset.asDatasetGraph()).getCount();
    }

    /** Whether the store's queries are planned with statistics (they were there when it was opened). */
    public boolean usesStatistics() {
        return org.w3id.dmmkg.store.stats.OptimizerStatistics.inUse(dataset.asDatasetGraph());
    }

    /** Whether the store has statistics for the query planner. */
    public boolean hasStatistics() {
        return org.w3id.dmmkg.store.stats.OptimizerStatistics.present(dataset.asDatasetGraph());
    }

    /** Whether the store holds no letter yet. */
    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> !dataset.asDatasetGraph().find().hasNext());
    }

    public long countQuads() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var it = dataset.asDatasetGraph().find();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    /** The records that keep the text index in step with TDB2. */
    org.w3id.dmmkg.store.text.TextIndexLedger ledger() {
        return ledger;
    }

    /**
     * The TDB2 database under the text index, as TDB2 keeps it open for its folder (so that
     * letting go of it lets go of the folder): where a bulk load writes.
     */
    DatasetGraph storage() {
        DatasetGraph d = dataset.asDatasetGraph();
        while (!(d instanceof org.apache.jena.tdb2.store.DatasetGraphSwitchable)
                && d instanceof org.apache.jena.sparql.core.DatasetGraphWrapper w) {
            d = w.getWrapped();
        }
        return d;
    }

    /** Whether the store holds no letter (it may hold the vocabulary, the query catalogue, failed files). */
    public boolean holdsNoLetter() {
        return Txn.calculateRead(dataset, () -> !dataset.asDatasetGraph().find(Node.ANY, Node.ANY, SHA256, Node.ANY).hasNext());
    }

    /**
     * Closes a store this object opened, and lets go of the TDB2 database, so that the same
     * process (a server, a test) can open it again with a text index of its own.
     */
    @Override
    public void close() {
        if (!owned) {
            return;
        }
        DatasetGraph base = storage();
        dataset.close();
        if (org.apache.jena.tdb2.sys.TDBInternal.isTDB2(base)) {
            org.apache.jena.tdb2.sys.TDBInternal.expel(base);
        }
    }
}
