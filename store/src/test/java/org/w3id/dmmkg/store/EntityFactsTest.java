package org.w3id.dmmkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.dmmkg.loader.vocab.DMM;

/**
 * Entity facts are stored once, in the graph of discovered entities, and leave it with the last
 * letter that refers to their entity; what a letter claims stays in the letter's graph.
 * Two invented letters mention one minister and one meeting, each with claims of its own.
 */
class EntityFactsTest {
    private static final String ID = DMM.ID;
    private static final Node TYPE = uri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    private static final Node LABEL = uri("http://www.w3.org/2000/01/rdf-schema#label");
    private static final Node NAME = uri("http://xmlns.com/foaf/0.1/name");
    private static final Node NL = uri(ID + "country/nl");
    private static final Node MINISTER = uri(ID + "minister/ollongren");
    private static final Node MEETING = uri(ID + "meeting/dmm-2023-02-15");
    private static final Node PLACE = uri(ID + "place/brussel");
    private static final Node VOCABULARY = RdfBridge.node(DMM.VOCABULARY_GRAPH);
    private static final String OA = "http://www.w3.org/ns/oa#";

    private final DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    private final Store store = Store.over(dsg);

    @Test
    void entityFactsAreStoredOnceAndClaimsStayInTheLetter() {
        vocabulary();
        store.replaceGraphs(letters("a", "b"), List.of());
        Txn.executeRead(dsg, () -> {
            assertEquals(1, count(EntityFacts.GRAPH, MINISTER, NAME), "the minister's name once");
            assertEquals(0, count(Node.ANY, MINISTER, NAME) - 1, "and nowhere else");
            assertTrue(dsg.contains(EntityFacts.GRAPH, MEETING, TYPE, RdfBridge.node(DMM.Meeting)));
            assertFalse(dsg.contains(EntityFacts.GRAPH, NL, TYPE, RdfBridge.node(DMM.Country)),
                    "what the vocabulary states is not repeated");
            for (String id : List.of("a", "b")) {
                Node g = graph(id);
                assertTrue(dsg.contains(g, MEETING, RdfBridge.node(DMM.startDate), Node.ANY), "a date stays a claim");
                assertTrue(dsg.contains(g, MEETING, LABEL, Node.ANY), "so does a label written from claims");
                assertFalse(dsg.contains(g, MINISTER, Node.ANY, Node.ANY), "the minister's facts left the letter");
                assertTrue(dsg.contains(g, letter(id), RdfBridge.node(DMM.mentions), MINISTER));
            }
            assertEquals(2, count(Node.ANY, MEETING, LABEL), "two letters, two ways to name the meeting");
            assertTrue(dsg.contains(graph("a"), uri(ID + "annotation/a/1#quote"), TYPE, uri(OA + "TextQuoteSelector")),
                    "an annotation's parts are the letter's own");
            assertEquals(Set.of(MINISTER, MEETING, PLACE), subjects(EntityFacts.GRAPH));
        });
    }

    @Test
    void reloadingIsIdempotentAndTheLastLetterTakesItsEntitiesWithIt() {
        vocabulary();
        store.replaceGraphs(letters("a", "b"), List.of());
        List<Quad> before = all();
        store.replaceGraphs(letters("a"), List.of());
        assertEquals(before, all(), "loading a letter again changes nothing");

        store.replaceGraphs(Map.of(), Set.of(graph("a")), List.of());
        Txn.executeRead(dsg, () -> assertEquals(1, count(EntityFacts.GRAPH, MINISTER, NAME), "b still mentions her"));
        store.replaceGraphs(Map.of(), Set.of(graph("b")), List.of());
        Txn.executeRead(dsg, () -> {
            assertFalse(dsg.contains(EntityFacts.GRAPH, Node.ANY, Node.ANY, Node.ANY), "no letter, no entities");
            assertTrue(dsg.contains(VOCABULARY, NL, TYPE, RdfBridge.node(DMM.Country)), "the vocabulary stays");
        });
    }

    @Test
    void aLetterThatStopsMentioningAThingReleasesIt() {
        vocabulary();
        store.replaceGraphs(letters("a"), List.of());
        Map<Node, List<Quad>> without = new LinkedHashMap<>();
        without.put(graph("a"), List.of(Quad.create(graph("a"), letter("a"), TYPE, RdfBridge.node(DMM.Letter))));
        store.replaceGraphs(without, List.of());
        Txn.executeRead(dsg, () -> {
            assertFalse(dsg.contains(EntityFacts.GRAPH, MINISTER, Node.ANY, Node.ANY));
            assertFalse(dsg.contains(EntityFacts.GRAPH, PLACE, Node.ANY, Node.ANY), "nor what only its facts named");
        });
    }

    private void vocabulary() {
        store.replaceGraph(VOCABULARY, List.of(Quad.create(VOCABULARY, NL, TYPE, RdfBridge.node(DMM.Country))));
    }

    private static Map<Node, List<Quad>> letters(String... ids) {
        Map<Node, List<Quad>> out = new LinkedHashMap<>();
        int day = 14;
        for (String id : ids) {
            Node g = graph(id);
            Node l = letter(id);
            List<Quad> q = new ArrayList<>();
            q.add(Quad.create(g, l, TYPE, RdfBridge.node(DMM.Letter)));
            q.add(Quad.create(g, l, RdfBridge.node(DMM.mentions), MINISTER));
            q.add(Quad.create(g, l, RdfBridge.node(DMM.mentions), MEETING));
            q.add(Quad.create(g, l, RdfBridge.node(DMM.mentions), NL));
            q.add(Quad.create(g, NL, TYPE, RdfBridge.node(DMM.Country)));
            q.add(Quad.create(g, MINISTER, TYPE, RdfBridge.node(DMM.Minister)));
            q.add(Quad.create(g, MINISTER, NAME, NodeFactory.createLiteralString("K.H. Ollongren")));
            q.add(Quad.create(g, MINISTER, RdfBridge.node(DMM.country), NL));
            q.add(Quad.create(g, MEETING, TYPE, RdfBridge.node(DMM.Meeting)));
            q.add(Quad.create(g, MEETING, RdfBridge.node(DMM.startDate), NodeFactory.createLiteralString("2023-02-" + day)));
            q.add(Quad.create(g, MEETING, LABEL, NodeFactory.createLiteralString("DMM 2023-02-" + day++)));
            q.add(Quad.create(g, MEETING, RdfBridge.node(DMM.location), PLACE));
            q.add(Quad.create(g, PLACE, TYPE, RdfBridge.node(DMM.Place)));
            Node annotation = uri(ID + "annotation/" + id + "/1");
            q.add(Quad.create(g, annotation, TYPE, uri(OA + "Annotation")));
            q.add(Quad.create(g, uri(annotation.getURI() + "#quote"), TYPE, uri(OA + "TextQuoteSelector")));
            out.put(g, q);
        }
        return out;
    }

    private long count(Node g, Node s, Node p) {
        return org.apache.jena.atlas.iterator.Iter.count(dsg.find(g, s, p, Node.ANY));
    }

    private Set<Node> subjects(Node g) {
        Set<Node> out = new java.util.HashSet<>();
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }

    private List<Quad> all() {
        return Txn.calculateRead(dsg, () -> {
            List<Quad> out = new ArrayList<>();
            dsg.find().forEachRemaining(q -> {
                if (!q.getGraph().getURI().contains("load-report")) {
                    out.add(q);
                }
            });
            out.sort(java.util.Comparator.comparing(Quad::toString));
            return out;
        });
    }

    private static Node graph(String id) {
        return RdfBridge.node(DMM.letterGraph(id));
    }

    private static Node letter(String id) {
        return RdfBridge.node(DMM.id("letter", id));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
