package org.w3id.dmmkg.store;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/**
 * The one place where RDF4J terms (the loader's, the dumps') and Jena nodes (the store's)
 * turn into each other.
 */
public final class RdfBridge {
    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private RdfBridge() {
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

    /** An RDF4J statement as a Jena quad; a statement without context goes to the default graph. */
    public static Quad quad(Statement st) {
        Node g = st.getContext() == null ? Quad.defaultGraphIRI : node(st.getContext());
        return Quad.create(g, node(st.getSubject()), node(st.getPredicate()), node(st.getObject()));
    }

    /** A Jena node as an RDF4J value. */
    public static Value value(Node n) {
        if (n.isURI()) {
            return VF.createIRI(n.getURI());
        }
        if (n.isBlank()) {
            return VF.createBNode(n.getBlankNodeLabel());
        }
        String lang = n.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            return VF.createLiteral(n.getLiteralLexicalForm(), lang);
        }
        return VF.createLiteral(n.getLiteralLexicalForm(), VF.createIRI(n.getLiteralDatatypeURI()));
    }

    /** A Jena quad as an RDF4J statement; the default graph becomes no context. */
    public static Statement statement(Quad q) {
        Resource graph = q.isDefaultGraph() ? null : (Resource) value(q.getGraph());
        return VF.createStatement((Resource) value(q.getSubject()), VF.createIRI(q.getPredicate().getURI()),
                value(q.getObject()), graph);
    }
}
