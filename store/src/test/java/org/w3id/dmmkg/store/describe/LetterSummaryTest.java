package org.w3id.dmmkg.store.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.dmmkg.loader.vocab.DMM;
import org.w3id.dmmkg.store.RdfBridge;
import org.w3id.dmmkg.store.Store;

/**
 * A letter's summary pairs every mission it mentions with every initiative it mentions, at load
 * and when a store that lacks the pairs is summarised later, with the types read from wherever
 * they are stated (a stored letter's graph no longer repeats them). An invented letter mentions
 * two missions (one known to the vocabulary) and one initiative, and a country.
 */
class LetterSummaryTest {
    private static final Node TYPE = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    private static final Node GRAPH = RdfBridge.node(DMM.letterGraph("x"));
    private static final Node LETTER = RdfBridge.node(DMM.id("letter", "x"));
    private static final Node KFOR = RdfBridge.node(DMM.id("mission", "kfor"));
    private static final Node EUFOR = RdfBridge.node(DMM.id("mission", "eufor-althea"));
    private static final Node ESSI = RdfBridge.node(DMM.id("initiative", "essi"));
    private static final Node NL = RdfBridge.node(DMM.id("country", "nl"));
    private static final Set<String> PAIRS = Set.of("eufor-althea+essi", "kfor+essi");

    @Test
    void pairsAreCountedAtLoad() {
        assertEquals(PAIRS, pairs(LetterSummary.of(GRAPH, letter())));
    }

    @Test
    void aPairIsOneIriTheSameInEveryLetter() {
        Node other = RdfBridge.node(DMM.letterGraph("y"));
        Set<Node> inX = pairNodes(LetterSummary.of(GRAPH, letter()));
        Set<Node> inY = pairNodes(LetterSummary.of(other, letter(other)));
        assertEquals(inX, inY);
        assertEquals(Set.of("https://w3id.org/dmm-kg/id/pair/mission/kfor/initiative/essi",
                "https://w3id.org/dmm-kg/id/pair/mission/eufor-althea/initiative/essi"),
                inX.stream().map(Node::getURI).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aSummaryWithBlankNodePairsIsWrittenAgain() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Store store = Store.over(dsg);
        store.replaceGraphs(Map.of(GRAPH, letter()), List.of());
        LetterSummary.writeMissing(store);
        Node report = LetterSummary.graphOf(GRAPH);
        List<Quad> outdated = summaryOf(dsg).stream().map(q -> Quad.create(report, asBlank(q.getSubject()),
                q.getPredicate(), asBlank(q.getObject()))).toList();
        store.replaceGraph(report, outdated);
        assertEquals(Set.of(), pairNodes(summaryOf(dsg)), "the pairs are blank nodes now");

        assertEquals(1, LetterSummary.writeMissing(store));
        assertEquals(2, pairNodes(summaryOf(dsg)).size());
    }

    @Test
    void aStoreWithoutPairsGetsThemFromTheStoredLetter() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Store store = Store.over(dsg);
        Node vocabulary = RdfBridge.node(DMM.VOCABULARY_GRAPH);
        store.replaceGraph(vocabulary, List.of(Quad.create(vocabulary, KFOR, TYPE, RdfBridge.node(DMM.Mission))));
        store.replaceGraphs(Map.of(GRAPH, letter()), List.of());

        assertEquals(1, LetterSummary.writeMissing(store));
        assertEquals(PAIRS, pairs(summaryOf(dsg)));
        assertEquals(0, LetterSummary.writeMissing(store), "summarised once");
    }

    /** A pair as summaries wrote it before pairs had IRIs: a blank node. */
    private static Node asBlank(Node n) {
        return n.isURI() && n.getURI().contains("/pair/") ? NodeFactory.createBlankNode(n.getURI()) : n;
    }

    private static List<Quad> summaryOf(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            List<Quad> out = new ArrayList<>();
            dsg.find(LetterSummary.graphOf(GRAPH), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
            return out;
        });
    }

    /** The pairs a summary names by IRI. */
    private static Set<Node> pairNodes(List<Quad> summary) {
        Set<Node> out = new java.util.HashSet<>();
        summary.stream().filter(q -> q.getPredicate().equals(LetterSummary.MENTION_PAIR) && q.getObject().isURI())
                .forEach(q -> out.add(q.getObject()));
        return out;
    }

    private static List<Quad> letter() {
        return letter(GRAPH);
    }

    /** The invented letter, stored in {@code graph}. */
    private static List<Quad> letter(Node graph) {
        List<Quad> q = new ArrayList<>();
        q.add(Quad.create(graph, graph, NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom"), LETTER));
        q.add(Quad.create(graph, LETTER, TYPE, RdfBridge.node(DMM.Letter)));
        for (Node m : List.of(KFOR, EUFOR, ESSI, NL)) {
            q.add(Quad.create(graph, LETTER, RdfBridge.node(DMM.mentions), m));
        }
        q.add(Quad.create(graph, KFOR, TYPE, RdfBridge.node(DMM.Mission)));
        q.add(Quad.create(graph, EUFOR, TYPE, RdfBridge.node(DMM.Mission)));
        q.add(Quad.create(graph, ESSI, TYPE, RdfBridge.node(DMM.Initiative)));
        q.add(Quad.create(graph, NL, TYPE, RdfBridge.node(DMM.Country)));
        return q;
    }

    private static Set<String> pairs(List<Quad> summary) {
        Set<String> out = new TreeSet<>();
        for (Quad p : summary) {
            if (p.getPredicate().equals(LetterSummary.MENTION_PAIR) && p.getSubject().equals(LETTER)) {
                out.add(local(object(summary, p.getObject(), LetterSummary.PAIR_MISSION)) + "+"
                        + local(object(summary, p.getObject(), LetterSummary.PAIR_INITIATIVE)));
            }
        }
        return out;
    }

    private static Node object(List<Quad> quads, Node s, Node p) {
        return quads.stream().filter(q -> q.getSubject().equals(s) && q.getPredicate().equals(p)).findFirst()
                .orElseThrow().getObject();
    }

    private static String local(Node n) {
        return n.getURI().substring(n.getURI().lastIndexOf('/') + 1);
    }
}
