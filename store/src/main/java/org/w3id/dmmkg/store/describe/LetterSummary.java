package org.w3id.dmmkg.store.describe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.w3id.dmmkg.loader.vocab.DMM;

/**
 * A letter's line in the coverage report, counted once when the letter is stored, from the
 * letter's own quads, and kept beside it in {@code graph/report/{id}}: how many meetings,
 * missions, initiatives and ministers it mentions, Kamerstukken it cites, and commitments it
 * states. Counted at load because counting at request time multiplies per letter (six
 * optional patterns) and no longer answered within the timeout on a large store. Written in
 * VoID: the letter's graph is a {@code void:Dataset} with a class partition per class and a
 * property partition for {@code dmm:cites}. With them, every mission the letter mentions paired
 * with every initiative it mentions ({@code dmm:mentionPair}, one IRI per pair), so that counting
 * letters per pair reads one triple per letter and pair rather than joining every letter's
 * mentions with every other.
 */
public final class LetterSummary {
    static final String VOID = DatasetDescription.VOID;
    static final Node CLASS_PARTITION = NodeFactory.createURI(VOID + "classPartition");
    static final Node PROPERTY_PARTITION = NodeFactory.createURI(VOID + "propertyPartition");
    static final Node CLASS = NodeFactory.createURI(VOID + "class");
    static final Node PROPERTY = NodeFactory.createURI(VOID + "property");
    static final Node ENTITIES = NodeFactory.createURI(VOID + "entities");
    static final Node DISTINCT_OBJECTS = NodeFactory.createURI(VOID + "distinctObjects");
    static final Node TRIPLES = NodeFactory.createURI(VOID + "triples");
    static final Node MENTION_PAIR = NodeFactory.createURI(DMM.mentionPair.stringValue());
    static final Node PAIR_MISSION = NodeFactory.createURI(DMM.pairMission.stringValue());
    static final Node PAIR_INITIATIVE = NodeFactory.createURI(DMM.pairInitiative.stringValue());
    /** The classes the report counts mentions of, in its column order. */
    static final List<String> MENTIONED = List.of(DMM.Meeting.stringValue(), DMM.Mission.stringValue(),
            DMM.Initiative.stringValue(), DMM.Minister.stringValue());
    private static final String MENTIONS = DMM.mentions.stringValue();
    private static final String CITES = DMM.cites.stringValue();
    private static final String STATED_IN = DMM.statedIn.stringValue();
    private static final String DERIVED_FROM = "http://www.w3.org/ns/prov#wasDerivedFrom";

    private LetterSummary() {
    }

    /** The graph that holds the summary of the letter stored in {@code letterGraph}. */
    public static Node graphOf(Node letterGraph) {
        return NodeFactory.createURI(DMM.GRAPH + "report/" + letterGraph.getURI().substring((DMM.GRAPH + "letter/").length()));
    }

    /** Whether {@code graph} is a letter's graph. */
    public static boolean isLetterGraph(Node graph) {
        return graph.isURI() && graph.getURI().startsWith(DMM.GRAPH + "letter/");
    }

    /** The summary's quads, counted from the quads of one letter's graph. */
    public static List<Quad> of(Node letterGraph, List<Quad> quads) {
        Node letter = null;
        Map<Node, Set<Node>> types = new HashMap<>();
        Set<Node> mentioned = new HashSet<>();
        Set<Node> cited = new HashSet<>();
        List<Quad> statements = new ArrayList<>();
        for (Quad q : quads) {
            String p = q.getPredicate().getURI();
            if (p.equals(DERIVED_FROM) && q.getSubject().equals(letterGraph)) {
                letter = q.getObject();
            } else if (q.getPredicate().equals(RDF.type.asNode())) {
                types.computeIfAbsent(q.getSubject(), s -> new HashSet<>()).add(q.getObject());
            }
            statements.add(q);
        }
        Set<Node> commitments = new HashSet<>();
        for (Quad q : statements) {
            String p = q.getPredicate().getURI();
            if (q.getSubject().equals(letter) && p.equals(MENTIONS)) {
                mentioned.add(q.getObject());
            } else if (q.getSubject().equals(letter) && p.equals(CITES)) {
                cited.add(q.getObject());
            } else if (q.getObject().equals(letter) && p.equals(STATED_IN)) {
                commitments.add(q.getSubject());
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String c : MENTIONED) {
            Node type = NodeFactory.createURI(c);
            counts.put(c, mentioned.stream().filter(m -> types.getOrDefault(m, Set.of()).contains(type)).count());
        }
        counts.put(DMM.Commitment.stringValue(), (long) commitments.size());
        List<Quad> out = quads(letterGraph, counts, cited.size());
        out.addAll(pairs(graphOf(letterGraph), letterGraph, letter, typed(mentioned, types, DMM.Mission),
                typed(mentioned, types, DMM.Initiative)));
        return out;
    }

    private static List<Node> typed(Set<Node> mentioned, Map<Node, Set<Node>> types, org.eclipse.rdf4j.model.IRI type) {
        Node t = NodeFactory.createURI(type.stringValue());
        return mentioned.stream().filter(m -> types.getOrDefault(m, Set.of()).contains(t)).sorted(
                java.util.Comparator.comparing(Node::getURI)).toList();
    }

    /**
     * Every mission the letter mentions paired with every initiative it mentions, and how many
     * pairs (a property partition, also when there are none: it marks the summary as complete).
     */
    private static List<Quad> pairs(Node g, Node letterGraph, Node letter, List<Node> missions, List<Node> initiatives) {
        List<Quad> out = new ArrayList<>();
        for (Node m : missions) {
            for (Node i : initiatives) {
                Node pair = pair(m, i);
                out.add(Quad.create(g, letter, MENTION_PAIR, pair));
                out.add(Quad.create(g, pair, PAIR_MISSION, m));
                out.add(Quad.create(g, pair, PAIR_INITIATIVE, i));
            }
        }
        Node partition = NodeFactory.createBlankNode();
        out.add(Quad.create(g, letterGraph, PROPERTY_PARTITION, partition));
        out.add(Quad.create(g, partition, PROPERTY, MENTION_PAIR));
        out.add(Quad.create(g, partition, TRIPLES, count((long) missions.size() * initiatives.size())));
        return out;
    }

    /**
     * One IRI per mission and initiative, the same in every letter that mentions both, so that
     * counting letters per pair groups on one term before the pair is named.
     */
    static Node pair(Node mission, Node initiative) {
        return NodeFactory.createURI(DMM.ID + "pair/" + idPath(mission) + "/" + idPath(initiative));
    }

    /** The part of an IRI after {@code id/} ({@code mission/kfor}), or the whole IRI, encoded as one segment. */
    private static String idPath(Node n) {
        String iri = n.getURI();
        return iri.startsWith(DMM.ID) ? iri.substring(DMM.ID.length())
                : java.net.URLEncoder.encode(iri, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<Quad> quads(Node letterGraph, Map<String, Long> counts, long cited) {
        Node g = graphOf(letterGraph);
        List<Quad> out = new ArrayList<>();
        out.add(Quad.create(g, letterGraph, RDF.type.asNode(), NodeFactory.createURI(VOID + "Dataset")));
        counts.forEach((c, n) -> {
            Node partition = NodeFactory.createBlankNode();
            out.add(Quad.create(g, letterGraph, CLASS_PARTITION, partition));
            out.add(Quad.create(g, partition, CLASS, NodeFactory.createURI(c)));
            out.add(Quad.create(g, partition, ENTITIES, count(n)));
        });
        Node partition = NodeFactory.createBlankNode();
        out.add(Quad.create(g, letterGraph, PROPERTY_PARTITION, partition));
        out.add(Quad.create(g, partition, PROPERTY, NodeFactory.createURI(CITES)));
        out.add(Quad.create(g, partition, DISTINCT_OBJECTS, count(cited)));
        return out;
    }

    /**
     * Writes the summary of every stored letter that has none (a store loaded before summaries
     * were kept) or an outdated one, reading each letter's graph from the store.
     *
     * @return how many letters were summarised
     */
    public static int writeMissing(org.w3id.dmmkg.store.Store store) {
        var dsg = store.dataset().asDatasetGraph();
        List<Node> missing = org.apache.jena.system.Txn.calculateRead(dsg, () -> {
            List<Node> out = new ArrayList<>();
            // Missing, or written before pairs had IRIs of their own (a blank node per letter).
            String q = "SELECT DISTINCT ?g { GRAPH ?g { ?g <" + DERIVED_FROM + "> ?l } { FILTER NOT EXISTS { GRAPH ?r { ?g <"
                    + PROPERTY_PARTITION.getURI() + "> ?p . ?p <" + PROPERTY.getURI() + "> <" + MENTION_PAIR.getURI() + "> } } }"
                    + " UNION { GRAPH ?s { ?l <" + MENTION_PAIR.getURI() + "> ?pair FILTER(isBlank(?pair)) } } }";
            try (var qe = org.apache.jena.sparql.exec.QueryExec.dataset(dsg).query(q).build()) {
                qe.select().forEachRemaining(b -> out.add(b.get("g")));
            }
            return out;
        });
        for (int from = 0; from < missing.size(); from += 1000) {
            Map<Node, List<Quad>> summaries = new LinkedHashMap<>();
            for (Node g : missing.subList(from, Math.min(missing.size(), from + 1000))) {
                List<Quad> quads = org.apache.jena.system.Txn.calculateRead(dsg, () -> {
                    List<Quad> out = new ArrayList<>();
                    dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
                    return withTypes(dsg, g, out);
                });
                summaries.put(graphOf(g), of(g, quads));
            }
            store.replaceGraphs(summaries, List.of());
        }
        return missing.size();
    }

    /**
     * The letter's quads with the types of what it refers to, as stated anywhere (the graph of
     * discovered entities, the vocabulary): a stored letter's graph no longer repeats them.
     */
    private static List<Quad> withTypes(org.apache.jena.sparql.core.DatasetGraph dsg, Node g, List<Quad> quads) {
        Set<Node> objects = new HashSet<>();
        quads.forEach(q -> objects.add(q.getObject()));
        List<Quad> out = new ArrayList<>(quads);
        for (Node o : objects) {
            if (o.isURI()) {
                dsg.find(Node.ANY, o, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> out.add(Quad.create(g, t.asTriple())));
            }
        }
        return out;
    }

    private static Node count(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
    }
}
