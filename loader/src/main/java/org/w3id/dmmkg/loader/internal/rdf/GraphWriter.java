package org.w3id.dmmkg.loader.internal.rdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.eclipse.rdf4j.rio.RDFHandler;

/**
 * Writes statements of one letter into that letter's named graph, and counts them. Between
 * {@link #hold()} and {@link #release()} or {@link #discard()} it keeps them back, so that the
 * statements of one extraction step reach the sink only when the whole step succeeded.
 */
public final class GraphWriter {
    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private final RDFHandler sink;
    private final IRI graph;
    private long count;
    private List<Statement> held;

    public GraphWriter(RDFHandler sink, IRI graph) {
        this.sink = sink;
        this.graph = graph;
    }

    public void add(Resource subject, IRI predicate, Value object) {
        Statement st = VF.createStatement(subject, predicate, object, graph);
        if (held != null) {
            held.add(st);
            return;
        }
        sink.handleStatement(st);
        count++;
    }

    /** Keeps the statements added from now on back until {@link #release()} or {@link #discard()}. */
    public void hold() {
        held = new ArrayList<>();
    }

    /** Sends the statements kept back to the sink. */
    public void release() {
        List<Statement> out = held;
        held = null;
        if (out != null) {
            out.forEach(sink::handleStatement);
            count += out.size();
        }
    }

    /** Drops the statements kept back. */
    public void discard() {
        held = null;
    }

    public void add(Resource subject, IRI predicate, String text) {
        add(subject, predicate, VF.createLiteral(text));
    }

    public void add(Resource subject, IRI predicate, String text, String language) {
        add(subject, predicate, VF.createLiteral(text, language));
    }

    public void add(Resource subject, IRI predicate, LocalDate date) {
        add(subject, predicate, VF.createLiteral(date.toString(), XSD.DATE));
    }

    public void add(Resource subject, IRI predicate, long number) {
        add(subject, predicate, VF.createLiteral(String.valueOf(number), XSD.INTEGER));
    }

    public static Literal typed(String lexical, IRI datatype) {
        return VF.createLiteral(lexical, datatype);
    }

    public static IRI iri(String iri) {
        return VF.createIRI(iri);
    }

    public IRI graph() {
        return graph;
    }

    public long count() {
        return count;
    }
}
