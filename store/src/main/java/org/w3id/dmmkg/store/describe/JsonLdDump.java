package org.w3id.dmmkg.store.describe;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The store as one JSON-LD document in expanded form, written as it is read: one object per
 * named graph, one node object per subject, so that memory stays bounded by the largest
 * subject however large the store. (The JSON-LD writers of Jena and RDF4J build the whole
 * document in memory first.) Call inside a read transaction.
 */
public final class JsonLdDump {
    private static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";

    private final Writer out;
    private Node graph;
    private Node subject;
    private final List<Quad> triples = new ArrayList<>();
    private boolean firstGraph = true;
    private boolean firstNode = true;

    private JsonLdDump(Writer out) {
        this.out = out;
    }

    /** Writes every quad of {@code dsg} to {@code os} (not closed). */
    public static void write(DatasetGraph dsg, OutputStream os) {
        Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
        JsonLdDump dump = new JsonLdDump(w);
        try {
            w.write("[");
            for (Iterator<Quad> it = dsg.find(); it.hasNext();) {
                dump.add(it.next());
            }
            dump.flushSubject();
            dump.closeGraph();
            w.write("\n]\n");
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(Quad q) throws IOException {
        Node g = q.isDefaultGraph() ? null : q.getGraph();
        if (!Objects.equals(g, graph) || firstGraph) {
            flushSubject();
            closeGraph();
            openGraph(g);
        } else if (!q.getSubject().equals(subject)) {
            flushSubject();
        }
        subject = q.getSubject();
        triples.add(q);
    }

    private void openGraph(Node g) throws IOException {
        graph = g;
        out.write(firstGraph ? "\n" : ",\n");
        firstGraph = false;
        firstNode = true;
        if (g != null) {
            out.write("{\"@id\":" + id(g) + ",\"@graph\":[");
        }
    }

    private void closeGraph() throws IOException {
        if (graph != null && !firstGraph) {
            out.write("]}");
        }
    }

    /** The node object of the subject read last: its properties, each with all its values. */
    private void flushSubject() throws IOException {
        if (triples.isEmpty()) {
            return;
        }
        Map<Node, List<Node>> properties = new LinkedHashMap<>();
        for (Quad q : triples) {
            properties.computeIfAbsent(q.getPredicate(), p -> new ArrayList<>()).add(q.getObject());
        }
        StringBuilder b = new StringBuilder(firstNode ? "" : ",").append("{\"@id\":").append(id(subject));
        properties.forEach((p, values) -> {
            b.append(',').append(quoted(p.getURI())).append(":[");
            for (int i = 0; i < values.size(); i++) {
                b.append(i == 0 ? "" : ",").append(value(values.get(i)));
            }
            b.append(']');
        });
        out.write(b.append('}').toString());
        firstNode = false;
        triples.clear();
    }

    private static String value(Node o) {
        if (!o.isLiteral()) {
            return "{\"@id\":" + id(o) + "}";
        }
        String lex = quoted(o.getLiteralLexicalForm());
        if (!o.getLiteralLanguage().isEmpty()) {
            return "{\"@value\":" + lex + ",\"@language\":" + quoted(o.getLiteralLanguage()) + "}";
        }
        String type = o.getLiteralDatatypeURI();
        return type == null || type.equals(XSD_STRING) ? "{\"@value\":" + lex + "}"
                : "{\"@value\":" + lex + ",\"@type\":" + quoted(type) + "}";
    }

    private static String id(Node n) {
        return quoted(n.isBlank() ? "_:b" + blankLabel(n.getBlankNodeLabel()) : n.getURI());
    }

    /** A blank node's label with every character outside [A-Za-z0-9] written as {@code _hex_}, so that labels stay distinct. */
    private static String blankLabel(String label) {
        StringBuilder b = new StringBuilder();
        label.codePoints().forEach(c -> {
            if (c < 128 && Character.isLetterOrDigit(c)) {
                b.appendCodePoint(c);
            } else {
                b.append('_').append(Integer.toHexString(c)).append('_');
            }
        });
        return b.toString();
    }

    private static String quoted(String s) {
        return JSON.toStringFlat(new JsonString(s));
    }
}
