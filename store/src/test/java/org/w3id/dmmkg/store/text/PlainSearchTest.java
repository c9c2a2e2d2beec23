package org.w3id.dmmkg.store.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plain search gives the hits jena-text's own search gives, on the paragraphs of the seed letters. */
class PlainSearchTest {
    private static final Resource TEXT = ResourceFactory.createProperty("https://w3id.org/dmm-kg/def#text");
    private static final List<String> QUERIES = List.of("defensie", "NAVO AND Oekraïne", "\"de minister\"",
            "missie OR operatie", "Interfl*", "*ensie", "kamer -navo", "wordtnergensgevonden");

    private TextIndexLucene lucene;
    private PlainSearch plain;

    @BeforeEach
    void indexTheSeedParagraphs() throws IOException {
        EntityDefinition def = new EntityDefinition("uri", "text", "graph", TEXT.asNode());
        def.set("label", RDFS.label.asNode());
        def.setUidField("uid");
        lucene = new TextIndexLucene(new ByteBuffersDirectory(), new TextIndexConfig(def));
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("dmmkg.home"), "seeds"))) {
            seeds = files.sorted().toList();
        }
        for (int letter = 0; letter < seeds.size(); letter++) {
            String[] paragraphs = Files.readString(seeds.get(letter)).split("\n\\s*\n");
            for (int p = 0; p < paragraphs.length; p++) {
                add("https://example.org/letter/" + letter + "/p" + p, "https://example.org/graph/" + letter,
                        "text", paragraphs[p]);
            }
        }
        add("https://example.org/mission/kfor", "https://example.org/graph/vocabulary", "label", "KFOR missie");
        lucene.commit();
        plain = new PlainSearch(lucene);
    }

    private void add(String uri, String graph, String field, String value) {
        Entity e = new Entity(uri, graph);
        e.put(field, value);
        lucene.addEntity(e);
    }

    @AfterEach
    void close() {
        plain.close();
        lucene.close();
    }

    private List<String> jenas(List<Resource> props, String q, int limit) {
        return described(lucene.query((org.apache.jena.graph.Node) null, props, q, null, null, limit, null));
    }

    private static List<String> described(List<TextHit> hits) {
        return hits.stream().map(h -> h.getNode() + " " + h.getScore() + " " + h.getGraph() + " " + h.getLiteral()
                + " " + h.getProp()).toList();
    }

    @Test
    void everyQueryGivesJenaTextsHitsInJenaTextsOrderAtEveryLimit() {
        for (String q : QUERIES) {
            for (int limit : new int[] {1, 3, 20, -1}) {
                assertEquals(jenas(List.of(TEXT), q, limit), described(plain.search(List.of(TEXT), q, limit)),
                        q + ", limit " + limit);
            }
        }
        assertFalse(plain.search(List.of(TEXT), "defensie", -1).isEmpty(), "the seeds speak of defence");
    }

    @Test
    void withoutPropertiesTheQueryStringNamesItsFields() {
        for (String q : List.of("defensie", "label:KFOR", "text:missie OR label:missie")) {
            assertEquals(jenas(List.of(), q, -1), described(plain.search(List.of(), q, -1)), q);
        }
    }

    @Test
    void aCommitAfterTheFirstSearchIsSeenByTheNext() {
        assertTrue(plain.search(List.of(TEXT), "zeldzaamwoord", -1).isEmpty());
        add("https://example.org/letter/new", "https://example.org/graph/new", "text", "Een zeldzaamwoord.");
        lucene.commit();
        List<TextHit> hits = plain.search(List.of(TEXT), "zeldzaamwoord", -1);
        assertEquals(List.of(NodeFactory.createURI("https://example.org/letter/new")),
                hits.stream().map(TextHit::getNode).toList());
    }

    @Test
    void aQueryLuceneCannotParseIsTheParseErrorJenaTextGives() {
        assertThrows(TextIndexParseException.class, () -> jenas(List.of(TEXT), "\"open", -1));
        assertThrows(TextIndexParseException.class, () -> plain.search(List.of(TEXT), "\"open", -1));
    }
}
