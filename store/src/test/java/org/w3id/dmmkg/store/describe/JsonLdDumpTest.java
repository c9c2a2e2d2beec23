package org.w3id.dmmkg.store.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.w3id.dmmkg.loader.LetterLoader;
import org.w3id.dmmkg.store.QuadCollector;

/** The streamed JSON-LD dump reads back, with Jena's JSON-LD parser, as the very quads it was written from. */
class JsonLdDumpTest {
    @Test
    void seedsAndTheVocabularyReadBackIsomorphic() throws Exception {
        LetterLoader loader = LetterLoader.builder().ontology(LetterLoader.bundledOntology()).build();
        DatasetGraph store = DatasetGraphFactory.createTxnMem();
        QuadCollector sink = new QuadCollector();
        loader.writeReferenceGraphs(sink);
        try (var seeds = Files.list(Path.of(System.getProperty("dmmkg.home")).resolve("seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                loader.load(seed, sink);
            }
        }
        sink.quads().forEach(store::add);
        store.add(Quad.create(Quad.defaultGraphIRI, NodeFactory.createBlankNode("b:1"),
                NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralLang("\"quoted\" \\ ü\n", "nl")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLdDump.write(store, out);
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.create().source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.JSONLD).parse(back);
        assertEquals(store.stream().count(), back.stream().count());
        assertTrue(IsoMatcher.isomorphic(store, back), "the JSON-LD dump reads back as the quads it was written from");
    }
}
