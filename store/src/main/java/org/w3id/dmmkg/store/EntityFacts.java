package org.w3id.dmmkg.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.dmmkg.loader.vocab.DMM;

/**
 * Which of a letter's statements say what an entity <em>is</em>, and so belong once in the
 * graph of discovered entities ({@code graph/entities}) rather than again in every letter that
 * mentions it. Repeating them per letter made every bound pattern over the union graph
 * ({@code ?x a dmm:Country}) scan one copy per letter.
 *
 * <p>An entity fact is a statement about something other than the letter's own records (the
 * letter, its graph, its commitments and annotations and their parts such as an annotation's
 * {@code #quote} selector, blank nodes) whose predicate names what
 * the thing is: its types, names, labels, country, portfolio, meeting type, Kamerstuk numbers,
 * page, submitter, links out. What a letter <em>claims</em> about a thing, where letters can
 * disagree (a meeting's dates, place, sequence number and participants; the date a paper is
 * cited with), stays in the letter's graph, and so does a label written from such claims: a
 * thing that carries claims in a letter keeps that letter's label for it there. A fact the
 * reference vocabulary already states is left out.
 *
 * <p>The entities graph is kept in step with the letters in the same write transaction:
 * {@link #referenced} lists what a graph about to be replaced or dropped refers to, and
 * {@link #sweep} removes the facts of those no letter refers to any more.
 */
public final class EntityFacts {
    /** The graph of discovered entities. */
    public static final Node GRAPH = RdfBridge.node(DMM.ENTITIES_GRAPH);

    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final String FOAF = "http://xmlns.com/foaf/0.1/";
    private static final String OWL = "http://www.w3.org/2002/07/owl#";
    private static final Node TYPE = NodeFactory.createURI(RDF + "type");
    private static final Node LABEL = NodeFactory.createURI(RDFS + "label");
    private static final Set<String> IDENTITY = Set.of(RDF + "type", RDFS + "label", SKOS + "prefLabel",
            SKOS + "altLabel", SKOS + "notation", SKOS + "exactMatch", OWL + "sameAs", FOAF + "name", FOAF + "page",
            DMM.country.stringValue(), DMM.portfolio.stringValue(), DMM.adjective.stringValue(),
            DMM.meetingType.stringValue(), DMM.dossierNumber.stringValue(), DMM.documentNumber.stringValue(),
            DMM.submittedBy.stringValue(), DMM.discovered.stringValue(), DMM.wikidataClass.stringValue());
    private static final Set<String> CLAIMS = Set.of(DMM.startDate.stringValue(), DMM.endDate.stringValue(),
            DMM.location.stringValue(), DMM.sequenceNumber.stringValue(), DMM.participant.stringValue(),
            DMM.partOf.stringValue(), "http://purl.org/dc/terms/date");
    private static final Set<Node> RECORDS = Set.of(RdfBridge.node(DMM.Letter), RdfBridge.node(DMM.Commitment),
            NodeFactory.createURI("http://www.w3.org/ns/oa#Annotation"));
    private static final String LETTER_GRAPHS = DMM.GRAPH + "letter/";
    private static final String RECORD_GRAPHS = DMM.GRAPH + "record/";

    private EntityFacts() {
    }

    /**
     * A letter's statements split by graph.
     *
     * @param letter   what stays in the letter's graph
     * @param entities the entity facts, in {@link #GRAPH}
     */
    public record Routed(List<Quad> letter, List<Quad> entities) {
    }

    /**
     * Splits the quads of one letter's graph.
     *
     * @param known whether the reference vocabulary already states a triple (such a fact is dropped)
     */
    public static Routed route(Node letterGraph, List<Quad> quads, Predicate<Triple> known) {
        Set<Node> records = new HashSet<>();
        Set<Node> claimed = new HashSet<>();
        records.add(letterGraph);
        for (Quad q : quads) {
            if (q.getPredicate().equals(TYPE) && RECORDS.contains(q.getObject())) {
                records.add(q.getSubject());
            } else if (CLAIMS.contains(q.getPredicate().getURI())) {
                claimed.add(q.getSubject());
            }
        }
        List<Quad> letter = new ArrayList<>();
        List<Quad> entities = new ArrayList<>();
        for (Quad q : quads) {
            Node s = q.getSubject();
            boolean fact = s.isURI() && !records.contains(recordOf(s)) && IDENTITY.contains(q.getPredicate().getURI())
                    && !(q.getPredicate().equals(LABEL) && claimed.contains(s));
            if (!fact) {
                letter.add(q);
            } else if (!known.test(q.asTriple())) {
                entities.add(Quad.create(GRAPH, q.asTriple()));
            }
        }
        return new Routed(letter, entities);
    }

    /** A part of a record (an annotation's {@code #target}, {@code #quote}) belongs to the record. */
    private static Node recordOf(Node s) {
        int hash = s.getURI().indexOf('#');
        return hash < 0 ? s : NodeFactory.createURI(s.getURI().substring(0, hash));
    }

    /** Whether the vocabulary graph of {@code dsg} states a triple: for {@link #route} inside a transaction. */
    /**
     * As {@link #knownIn(DatasetGraph)}, over a copy of the vocabulary graph made now in a read
     * transaction of its own: for a writer that cannot read the store while it writes (the bulk loader).
     */
    public static Predicate<Triple> knownInCopyOf(DatasetGraph dsg) {
        org.apache.jena.graph.Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        Node vocabulary = RdfBridge.node(DMM.VOCABULARY_GRAPH);
        org.apache.jena.system.Txn.executeRead(dsg, () -> org.apache.jena.graph.GraphUtil.addInto(copy, dsg.getGraph(vocabulary)));
        return copy::contains;
    }

    public static Predicate<Triple> knownIn(DatasetGraph dsg) {
        Node vocabulary = RdfBridge.node(DMM.VOCABULARY_GRAPH);
        return t -> dsg.contains(vocabulary, t.getSubject(), t.getPredicate(), t.getObject());
    }

    /** Adds to {@code into} every IRI that the stored graph {@code graph} refers to, before it is replaced or dropped. */
    public static void referenced(DatasetGraph dsg, Node graph, Set<Node> into) {
        dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isURI()) {
                into.add(q.getObject());
            }
            into.add(q.getSubject());
        });
    }

    /**
     * Removes the entity facts of every candidate that no letter (nor official record, nor the
     * entity fact of another thing) refers to any more; then looks again at what the removed
     * facts referred to.
     *
     * @return how many things lost their facts
     */
    public static int sweep(DatasetGraph dsg, Collection<Node> candidates) {
        Deque<Node> todo = new ArrayDeque<>(new LinkedHashSet<>(candidates));
        Set<Node> seen = new HashSet<>();
        int removed = 0;
        while (!todo.isEmpty()) {
            Node s = todo.poll();
            if (!s.isURI() || !seen.add(s) || !dsg.contains(GRAPH, s, Node.ANY, Node.ANY) || referred(dsg, s)) {
                continue;
            }
            List<Quad> facts = new ArrayList<>();
            dsg.find(GRAPH, s, Node.ANY, Node.ANY).forEachRemaining(facts::add);
            for (Quad q : facts) {
                dsg.delete(q);
                if (q.getObject().isURI()) {
                    todo.add(q.getObject());
                }
            }
            removed++;
        }
        return removed;
    }

    private static boolean referred(DatasetGraph dsg, Node s) {
        Iterator<Quad> asObject = dsg.find(Node.ANY, Node.ANY, Node.ANY, s);
        while (asObject.hasNext()) {
            Quad q = asObject.next();
            if (source(q.getGraph()) || q.getGraph().equals(GRAPH) && !q.getSubject().equals(s)) {
                return true;
            }
        }
        Iterator<Quad> asSubject = dsg.find(Node.ANY, s, Node.ANY, Node.ANY);
        while (asSubject.hasNext()) {
            if (source(asSubject.next().getGraph())) {
                return true;
            }
        }
        return false;
    }

    /** A letter's graph or an official record's: the graphs that say things exist. */
    private static boolean source(Node graph) {
        return graph.isURI() && (graph.getURI().startsWith(LETTER_GRAPHS) || graph.getURI().startsWith(RECORD_GRAPHS));
    }
}
