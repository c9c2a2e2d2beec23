package org.w3id.dmmkg.server.queries;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.dmmkg.loader.vocab.DMM;
import org.w3id.dmmkg.loader.vocab.Prefixes;
import org.w3id.dmmkg.store.RdfBridge;
import org.w3id.dmmkg.store.Store;

/**
 * The catalogue as RDF, in its own graph ({@code graph/queries}), so that it can itself be
 * queried: one {@code sh:SPARQLExecutable} per query with its summary, description,
 * keywords and text.
 */
public final class CatalogueRdf {
    public static final Node GRAPH = RdfBridge.node(DMM.graph("queries"));
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final String SCHEMA = Prefixes.MAP.get("schema");

    private CatalogueRdf() {
    }

    public static List<Quad> quads(QueryCatalogue catalogue) {
        List<Quad> out = new ArrayList<>();
        for (CannedQuery q : catalogue.queries()) {
            Node s = RdfBridge.node(DMM.id("query", q.name()));
            add(out, s, RDF.type.asNode(), uri(SH + "SPARQLExecutable"));
            add(out, s, RDF.type.asNode(), uri(SH + (q.text().matches("(?is).*\\bSELECT\\b.*")
                    ? "SPARQLSelectExecutable" : "SPARQLConstructExecutable")));
            add(out, s, RDFS.label.asNode(), NodeFactory.createLiteralLang(q.summary(), "en"));
            add(out, s, RDFS.comment.asNode(), NodeFactory.createLiteralLang(q.description(), "en"));
            add(out, s, uri(SH + "select"), NodeFactory.createLiteralString(q.text()));
            add(out, s, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(q.name()));
            for (String tag : q.tags()) {
                add(out, s, uri(SCHEMA + "keywords"), NodeFactory.createLiteralString(tag));
            }
        }
        return out;
    }

    /** Replaces the store's catalogue graph with this catalogue. */
    public static void writeTo(Store store, QueryCatalogue catalogue) {
        store.replaceGraph(GRAPH, quads(catalogue));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static void add(List<Quad> out, Node s, Node p, Node o) {
        out.add(Quad.create(GRAPH, s, p, o));
    }
}
