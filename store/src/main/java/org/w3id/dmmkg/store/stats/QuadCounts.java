package org.w3id.dmmkg.store.stats;

import java.util.Iterator;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.sys.TDBInternal;

/** Counts read from TDB2's indexes as ids, where a SPARQL count would decode every quad. */
public final class QuadCounts {
    private QuadCounts() {
    }

    /**
     * How many quads the named graphs that {@code isData} accepts hold, counted from the quad
     * index sorted by graph: each graph's name is looked up once, its quads are counted as ids.
     * Call it inside a read transaction.
     */
    public static long quadsIn(DatasetGraph dsg, java.util.function.Predicate<org.apache.jena.graph.Node> isData) {
        DatasetGraphTDB tdb = OptimizerStatistics.storage(dsg);
        var nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
        Iterator<Tuple<NodeId>> quads = TDBInternal.findIndex(tdb, "GSPO").all();
        long n = 0;
        NodeId graph = null;
        boolean counted = false;
        while (quads.hasNext()) {
            NodeId g = quads.next().get(0);
            if (!g.equals(graph)) {
                graph = g;
                counted = isData.test(nodes.getNodeForNodeId(g));
            }
            n += counted ? 1 : 0;
        }
        return n;
    }

}
