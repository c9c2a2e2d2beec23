package org.w3id.dmmkg.app.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.w3id.dmmkg.loader.LetterLoader;

/** The store's graphs that are not letters: ontology, vocabulary, query catalogue, its own description. */
public final class StoreGraphs {
    private StoreGraphs() {
    }

    /** Replaces the store's own VoID description (graph/void) with one counted now. */
    public static void writeDescription(Store store) {
        org.apache.jena.sparql.core.DatasetGraph dsg = store.dataset().asDatasetGraph();
        var model = org.apache.jena.system.Txn.calculateRead(store.dataset(),
                () -> org.w3id.dmmkg.app.linked.DatasetDescription.describe(dsg, "http://127.0.0.1:3030"));
        org.apache.jena.graph.Node graph = org.apache.jena.graph.NodeFactory.createURI(
                org.w3id.dmmkg.app.linked.DatasetDescription.GRAPH);
        List<Quad> quads = new ArrayList<>();
        model.getGraph().find().forEachRemaining(t -> quads.add(new Quad(graph, t)));
        store.replaceGraph(graph, quads);
    }

    /** Replaces the graph of the saved-query catalogue with the current {@code queries/}. */
    public static void writeCatalogue(Store store, org.w3id.dmmkg.app.queries.QueryCatalogue catalogue) {
        store.replaceGraph(org.w3id.dmmkg.app.queries.CatalogueRdf.GRAPH,
                org.w3id.dmmkg.app.queries.CatalogueRdf.quads(catalogue));
    }

    /** Replaces the ontology and vocabulary graphs with the current files. */
    public static void writeReferenceGraphs(LetterLoader loader, Store store) throws IOException {
        JenaSink sink = new JenaSink();
        loader.writeReferenceGraphs(sink);
        Map<Node, List<Quad>> byGraph = new LinkedHashMap<>();
        for (Quad q : sink.quads()) {
            byGraph.computeIfAbsent(q.getGraph(), g -> new ArrayList<>()).add(q);
        }
        byGraph.forEach(store::replaceGraph);
    }

}
