package org.w3id.dmmkg.store.describe;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.w3id.dmmkg.loader.vocab.DMM;
import org.w3id.dmmkg.store.Store;

/**
 * Counts over every letter, kept in {@code graph/summary} and written again after every load:
 * for each thing the letters refer to, how many letters do and the dates of the first and the
 * last ({@code dmm:letterCount}, {@code dmm:firstLetterDate}, {@code dmm:lastLetterDate}); for
 * each mission and initiative, how many meetings their letters report on
 * ({@code dmm:meetingCount}); for each pair of a mission and an initiative, how many letters
 * mention both. A saved query that reads them answers in the time it takes to list the things,
 * not to join every letter's mentions on every request.
 *
 * <p>What is counted is written as SPARQL {@code CONSTRUCT} queries beside this class
 * ({@code summary/*.rq}), run over the union of the store's graphs.
 */
public final class CorpusSummary {
    /** The graph of counts over every letter. */
    public static final Node GRAPH = NodeFactory.createURI(DMM.GRAPH + "summary");
    private static final List<String> CONSTRUCTS = List.of("1-letters-per-thing.rq", "2-meetings-per-mission.rq",
            "3-pairs.rq");

    private CorpusSummary() {
    }

    /**
     * Counts again and replaces {@link #GRAPH}, in one write transaction.
     *
     * @return how many triples the summary holds
     */
    public static int write(Store store) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        List<Quad> quads = Txn.calculateRead(dsg, () -> {
            List<Quad> out = new ArrayList<>();
            for (String name : CONSTRUCTS) {
                try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(read(name)).build()) {
                    qe.execConstructTriples().forEachRemaining(t -> out.add(Quad.create(GRAPH, t)));
                }
            }
            return out;
        });
        store.replaceGraph(GRAPH, quads);
        return quads.size();
    }

    /** Whether the store holds a summary (a store made by an older version may not). */
    public static boolean present(Store store) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> dsg.find(GRAPH, Node.ANY, Node.ANY, Node.ANY).hasNext());
    }

    private static String read(String name) {
        try (InputStream in = CorpusSummary.class.getResourceAsStream("/org/w3id/dmmkg/store/summary/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the store's summary query " + name + " is missing from its jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
