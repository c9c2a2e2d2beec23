package org.w3id.dmmkg.store.stats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.jena.dboe.sys.Names;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderWeighted;
import org.apache.jena.system.Txn;
import java.util.Iterator;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollectorNodeId;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.solver.stats.StatsResults;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * TDB2's optimizer statistics ({@code stats.opt}): how often each predicate and each class
 * occurs, counted over the union of all named graphs, which is the default graph every query
 * sees. TDB2 orders the patterns of a query by them; without them it guesses from the shape
 * of each pattern alone. The file lives in the folder of the storage generation in use
 * ({@code tdb2/Data-000N}) and is read when the database is opened, so statistics written
 * now count from the next opening.
 */
public final class OptimizerStatistics {
    private OptimizerStatistics() {
    }

    /** The statistics file of the storage generation {@code dsg} uses. */
    public static Path file(DatasetGraph dsg) {
        return Path.of(storage(dsg).getLocation().getPath(Names.optStats));
    }

    /** Whether the storage generation {@code dsg} uses has a statistics file. */
    public static boolean present(DatasetGraph dsg) {
        return Files.isRegularFile(file(dsg));
    }

    /**
     * Whether {@code dsg} orders query patterns by statistics, that is, whether a statistics
     * file was there when its storage was opened.
     */
    public static boolean inUse(DatasetGraph dsg) {
        return storage(dsg).getReorderTransform() instanceof ReorderWeighted;
    }

    /**
     * Counts the union graph in one read transaction and replaces the statistics file with the
     * counts: written beside it first and then moved over it, so that a reader (or a crash)
     * sees the old file or the new one, never half of one.
     *
     * @return the counts written
     */
    public static StatsResults write(DatasetGraph dsg) {
        DatasetGraphTDB tdb = storage(dsg);
        StatsResults results = Txn.calculateRead(tdb, () -> gatherUnion(tdb));
        Path target = file(dsg);
        try {
            Path partial = Files.createTempFile(target.getParent(), Names.optStats, ".partial");
            try (OutputStream out = Files.newOutputStream(partial)) {
                Stats.write(out, results);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the optimizer statistics " + target, e);
        }
        return results;
    }

    /**
     * The counts of {@code tdb2.tdbstats --graph=urn:x-arq:UnionGraph}, made from the quad index
     * sorted by subject, predicate, object and then graph: a triple that several graphs hold
     * comes as adjacent quads and counts once, and only the predicates and classes counted are
     * looked up as terms. (Going through the union graph instead decodes every quad and sets
     * the duplicates apart in memory: many times slower.)
     */
    private static StatsResults gatherUnion(DatasetGraphTDB tdb) {
        StatsCollectorNodeId collector = new StatsCollectorNodeId(tdb.getQuadTable().getNodeTupleTable().getNodeTable());
        Iterator<Tuple<NodeId>> quads = TDBInternal.findIndex(tdb, "SPOG").all();
        NodeId s = null;
        NodeId p = null;
        NodeId o = null;
        while (quads.hasNext()) {
            Tuple<NodeId> q = quads.next();
            if (!q.get(1).equals(s) || !q.get(2).equals(p) || !q.get(3).equals(o)) {
                s = q.get(1);
                p = q.get(2);
                o = q.get(3);
                collector.record(q.get(0), s, p, o);
            }
        }
        return collector.results();
    }

    /** The TDB2 storage under {@code dsg} (a text dataset, a TDB2 database). */
    static DatasetGraphTDB storage(DatasetGraph dsg) {
        DatasetGraph d = dsg;
        while (d instanceof org.apache.jena.sparql.core.DatasetGraphWrapper w && !TDBInternal.isTDB2(d)) {
            d = w.getWrapped();
        }
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(d);
        if (tdb == null) {
            throw new IllegalArgumentException("not a TDB2 dataset: " + dsg.getClass().getName());
        }
        return tdb;
    }
}
