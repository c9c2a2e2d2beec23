package org.w3id.dmmkg.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.w3id.dmmkg.store.QuadCollector;
import org.w3id.dmmkg.loader.LetterLoader;

/** What the loader writes with Rio is what Jena reads: the same graphs, isomorphic. */
class RioJenaIsomorphismTest {
    @Test
    void rioTrigOfASeedIsIsomorphicToTheQuadsTheStoreTakes() throws Exception {
        LetterLoader loader = LetterLoader.builder().ontology(LetterLoader.bundledOntology()).build();
        for (var seed : java.nio.file.Files.list(java.nio.file.Path.of(System.getProperty("dmmkg.home")).resolve("seeds")).sorted().toList()) {
            StringWriter trig = new StringWriter();
            RDFWriter writer = Rio.createWriter(RDFFormat.TRIG, trig);
            writer.startRDF();
            loader.load(seed, writer);
            writer.endRDF();
            DatasetGraph viaRio = DatasetGraphFactory.create();
            RDFParser.create().source(new StringReader(trig.toString())).lang(Lang.TRIG).parse(viaRio);

            QuadCollector sink = new QuadCollector();
            loader.load(seed, sink);
            DatasetGraph direct = DatasetGraphFactory.create();
            sink.quads().forEach(direct::add);
            // prov:generatedAtTime differs between the two loads; compare without it.
            for (DatasetGraph d : new DatasetGraph[] {viaRio, direct}) {
                d.deleteAny(Node.ANY, Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/prov#generatedAtTime"), Node.ANY);
            }
            assertTrue(IsoMatcher.isomorphic(viaRio, direct), seed.toString());
        }
    }
}
