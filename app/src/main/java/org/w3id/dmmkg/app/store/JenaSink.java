package org.w3id.dmmkg.app.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;

/**
 * Collects the loader's RDF4J statements as Jena quads, so that one letter can be written
 * to the store in one transaction after its extraction has finished.
 */
public final class JenaSink extends AbstractRDFHandler {
    private final List<Quad> quads = new ArrayList<>();

    @Override
    public void handleStatement(Statement st) {
        Node g = st.getContext() == null ? Quad.defaultGraphIRI : node(st.getContext());
        quads.add(Quad.create(g, node(st.getSubject()), node(st.getPredicate()), node(st.getObject())));
    }

    public List<Quad> quads() {
        return quads;
    }

    public void clear() {
        quads.clear();
    }

    /** An RDF4J value as a Jena node. */
    public static Node node(Value v) {
        if (v instanceof IRI iri) {
            return NodeFactory.createURI(iri.stringValue());
        }
        if (v instanceof BNode b) {
            return NodeFactory.createBlankNode(b.getID());
        }
        Literal l = (Literal) v;
        if (l.getLanguage().isPresent()) {
            return NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get());
        }
        RDFDatatype type = TypeMapper.getInstance().getSafeTypeByName(l.getDatatype().stringValue());
        return NodeFactory.createLiteralDT(l.getLabel(), type);
    }
}
