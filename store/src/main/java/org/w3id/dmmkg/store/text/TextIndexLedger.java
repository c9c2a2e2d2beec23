package org.w3id.dmmkg.store.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Keeps the text index in step with TDB2 across crashes. jena-text commits TDB2 first and the
 * Lucene index after it, so a kill between the two leaves graphs in TDB2 that the index lacks
 * (never the other way round: Lucene's prepared commit is dropped). Every write transaction
 * therefore also records, in TDB2 and so atomically with the graphs, which graphs it wrote; the
 * record is cleared only after the whole commit has returned. A record found later names the
 * graphs whose index entries may be missing or stale: {@link #repair} re-indexes them from TDB2.
 */
public final class TextIndexLedger {
    /** Where the records live: the store's load record, which is not data. */
    private final Node graph;
    private static final Node PENDING = NodeFactory.createURI(GuardedTextIndexAssembler.NS + "textIndexPending");
    private static final Node TRUE = NodeFactory.createLiteralDT("true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean);

    public TextIndexLedger(Node graph) {
        this.graph = graph;
    }

    /** Records, inside the caller's write transaction, that these graphs are being written. */
    public void mark(DatasetGraph dsg, Collection<Node> graphs) {
        if (textIndex(dsg) != null) {
            graphs.forEach(g -> dsg.add(graph, g, PENDING, TRUE));
        }
    }

    /**
     * The records of {@link #mark} as quads, for a writer that goes around the text dataset (a
     * bulk load): written in its transaction, they name the graphs the index still lacks.
     */
    public List<Quad> marks(DatasetGraph dsg, Collection<Node> graphs) {
        return textIndex(dsg) == null ? List.of() : graphs.stream().map(g -> Quad.create(graph, g, PENDING, TRUE)).toList();
    }

    /**
     * Indexes graphs that a bulk load has just written around the text index, and clears their
     * records: the indexed predicates are looked up one by one (the store's predicate index
     * finds them without reading the rest), keeping those in {@code graphs}.
     */
    public void indexNew(DatasetGraph dsg, java.util.Set<Node> graphs) {
        GuardedTextIndex index = textIndex(dsg);
        if (index == null || graphs.isEmpty()) {
            return;
        }
        Txn.executeWrite(dsg, () -> {
            for (String field : index.getDocDef().fields()) {
                for (Node predicate : index.getDocDef().getPredicates(field)) {
                    dsg.find(Node.ANY, Node.ANY, predicate, Node.ANY).forEachRemaining(q -> {
                        if (graphs.contains(q.getGraph())) {
                            add(index, q);
                        }
                    });
                }
            }
        });
        settle(dsg, graphs);
    }

    /** Clears the records once the transaction that wrote them has committed, index and all. */
    public void settle(DatasetGraph dsg, Collection<Node> graphs) {
        if (textIndex(dsg) != null && !graphs.isEmpty()) {
            Txn.executeWrite(dsg, () -> graphs.forEach(g -> dsg.delete(graph, g, PENDING, TRUE)));
        }
    }

    /**
     * Re-indexes every graph a record names: its index entries dropped, then made again from
     * what TDB2 holds; then the records cleared. Safe to repeat after a crash in the middle.
     *
     * @return how many graphs were re-indexed
     */
    public int repair(DatasetGraph dsg) {
        GuardedTextIndex index = textIndex(dsg);
        if (index == null) {
            return 0;
        }
        List<Node> pending = Txn.calculateRead(dsg, () -> {
            List<Node> out = new ArrayList<>();
            dsg.find(graph, Node.ANY, PENDING, Node.ANY).forEachRemaining(q -> out.add(q.getSubject()));
            return out;
        });
        if (pending.isEmpty()) {
            return 0;
        }
        Txn.executeWrite(dsg, () -> {
            for (Node g : pending) {
                index.deleteGraph(g.getURI());
                dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> add(index, q));
            }
        });
        settle(dsg, pending);
        return pending.size();
    }

    private static void add(GuardedTextIndex index, Quad q) {
        Entity entity = TextQueryFuncs.entityFromQuad(index.getDocDef(), q);
        if (entity != null) {
            index.addEntity(entity);
        }
    }

    /** The guarded text index behind {@code dsg}, or null when it has none. */
    private static GuardedTextIndex textIndex(DatasetGraph dsg) {
        for (DatasetGraph d = dsg; d != null;) {
            if (d instanceof DatasetGraphText text) {
                return text.getTextIndex() instanceof GuardedTextIndex g ? g : null;
            }
            d = d instanceof org.apache.jena.sparql.core.DatasetGraphWrapper w ? w.getWrapped() : null;
        }
        return null;
    }
}
