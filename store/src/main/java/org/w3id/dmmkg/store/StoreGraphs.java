package org.w3id.dmmkg.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.w3id.dmmkg.loader.LetterLoader;
import org.w3id.dmmkg.store.describe.DatasetDescription;

/** The store's graphs that are not letters: ontology, vocabulary, its own description. */
public final class StoreGraphs {
    private StoreGraphs() {
    }

    /**
     * Replaces the store's own VoID description (graph/void) with one counted now.
     *
     * @param server the server's base URL, for the endpoint and dump locations
     */
    public static void writeDescription(Store store, String server) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        Model model = Txn.calculateRead(store.dataset(), () -> DatasetDescription.describe(dsg, server));
        Node graph = NodeFactory.createURI(DatasetDescription.GRAPH);
        List<Quad> quads = new ArrayList<>();
        model.getGraph().find().forEachRemaining(t -> quads.add(new Quad(graph, t)));
        store.replaceGraph(graph, quads);
    }

    /** Replaces the ontology and vocabulary graphs with the loader's. */
    public static void writeReferenceGraphs(LetterLoader loader, Store store) {
        QuadCollector sink = new QuadCollector();
        loader.writeReferenceGraphs(sink);
        Map<Node, List<Quad>> byGraph = new LinkedHashMap<>();
        for (Quad q : sink.quads()) {
            byGraph.computeIfAbsent(q.getGraph(), g -> new ArrayList<>()).add(q);
        }
        byGraph.forEach(store::replaceGraph);
    }
}
