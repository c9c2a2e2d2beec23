package org.w3id.dmmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.OWL;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dmm-kg reconcile} against a second Fuseki on 127.0.0.1 that serves a fixture shaped like
 * Wikidata: candidates with scores in a review file, none of them a link; a curator's accepted
 * candidate written into the vocabulary as owl:sameAs, and no longer proposed.
 */
class ReconcileTest {
    static final String KFOR = "https://w3id.org/dmm-kg/id/mission/kfor";
    static final String WD = "http://www.wikidata.org/entity/";

    @TempDir
    Path tmp;
    FusekiServer wikidata;
    String endpoint;
    Path ontology;

    @BeforeEach
    void start() throws Exception {
        DatasetGraph fixture = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(fixture, ReconcileTest.class.getResource("/reconcile-fixture.ttl").toString());
        wikidata = FusekiServer.create().port(0).loopback(true).add("/wikidata", fixture, false).build().start();
        endpoint = "http://127.0.0.1:" + wikidata.getHttpPort() + "/wikidata/sparql";
        ontology = tmp.resolve("ontology");
        copy(Home.ontology(), ontology);
    }

    @AfterEach
    void stop() {
        wikidata.stop();
    }

    @Test
    void proposesScoredCandidatesThatAreNoLinksUntilACuratorAcceptsThem() throws Exception {
        Path review = tmp.resolve("review.ttl");
        TestSupport run = TestSupport.run("reconcile", "--endpoint", endpoint, "--ontology", ontology.toString(),
                "--kind", "mission", "--kind", "minister", "--delay", "0", "--out", review.toString());
        assertEquals(0, run.exitCode, run.err.toString());
        assertTrue(run.out.toString().matches("(?s)reconcile: \\d+ entities without a Wikidata link, \\d+ candidates.*"),
                run.out.toString());
        Model model = parse(review);
        assertTrue(model.contains(Values.iri(KFOR), SKOS.CLOSE_MATCH, Values.iri(WD + "Q900001")));
        assertTrue(model.contains(Values.iri(KFOR), SKOS.CLOSE_MATCH, Values.iri(WD + "Q900002")));
        assertTrue(model.contains(Values.iri("https://w3id.org/dmm-kg/id/minister/ollongren"), SKOS.CLOSE_MATCH,
                Values.iri(WD + "Q900004")));
        assertEquals(1.0, confidence(model, "Q900001"), 1e-9, "its preferred name, of a subclass of military operation");
        assertEquals(0.45, confidence(model, "Q900002"), 1e-9, "an alias only, and a radio station");
        assertTrue(model.filter(null, OWL.SAMEAS, null).isEmpty() && model.filter(null, SKOS.EXACT_MATCH, null).isEmpty(),
                "nothing unreviewed is a link");

        TestSupport again = TestSupport.run("reconcile", "--endpoint", endpoint, "--ontology", ontology.toString(),
                "--out", review.toString());
        assertEquals(ExitCodes.USAGE, again.exitCode, "a review file is never overwritten");

        String text = Files.readString(review, StandardCharsets.UTF_8);
        // The curator's verdict: Q900001 is KFOR.
        Files.writeString(review, text + "\n<" + KFOR + "> <" + SKOS.EXACT_MATCH + "> <" + WD + "Q900001> .\n",
                StandardCharsets.UTF_8);
        TestSupport accept = TestSupport.run("reconcile", "--ontology", ontology.toString(), "--accept", review.toString());
        assertEquals(0, accept.exitCode, accept.err.toString());
        assertTrue(accept.out.toString().startsWith("accepted 1 links into [missions.ttl]"), accept.out.toString());
        Model missions = parse(ontology.resolve("vocabulary/missions.ttl"));
        assertTrue(missions.contains(Values.iri(KFOR), OWL.SAMEAS, Values.iri(WD + "Q900001")));
        assertFalse(missions.contains(Values.iri(KFOR), OWL.SAMEAS, Values.iri(WD + "Q900002")), "only what was accepted");

        Path second = tmp.resolve("second.ttl");
        assertEquals(0, TestSupport.run("reconcile", "--endpoint", endpoint, "--ontology", ontology.toString(),
                "--kind", "mission", "--delay", "0", "--out", second.toString()).exitCode);
        assertTrue(parse(second).filter(Values.iri(KFOR), null, null).isEmpty(), "a linked entity is not proposed again");
    }

    private static double confidence(Model model, String item) {
        var mapping = model.filter(null, OWL.ANNOTATEDTARGET, Values.iri(WD + item)).subjects().iterator().next();
        return ((org.eclipse.rdf4j.model.Literal) model.filter(mapping, Values.iri("https://w3id.org/sssom/confidence"), null)
                .objects().iterator().next()).doubleValue();
    }

    private static Model parse(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return Rio.parse(in, "", RDFFormat.TURTLE);
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
