package org.w3id.dmmkg.loader;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.WriterConfig;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.dmmkg.loader.vocab.DMM;

/**
 * The golden cases of {@code src/test/cases/manifest.ttl}: each letter must yield a graph
 * isomorphic to its expected TriG, under a fixed clock. The loader's version (rules and a
 * digest of the vocabulary) is left out of the comparison, so that adding a vocabulary entry
 * fails only the cases whose facts it changes.
 */
class CasesTest {
    private static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private static final IRI ENTRIES = Values.iri(MF + "entries");
    private static final IRI NAME = Values.iri(MF + "name");
    private static final IRI ACTION = Values.iri(MF + "action");
    private static final IRI RESULT = Values.iri(MF + "result");
    private static final Clock FIXED = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
    /** Set to true to write every case's result anew instead of comparing. */
    private static final boolean WRITE = Boolean.getBoolean("dmmkg.cases.write");

    @TestFactory
    List<DynamicTest> everyCaseYieldsItsExpectedGraph() throws Exception {
        Path manifest = TestFiles.home().resolve("loader/src/test/cases/manifest.ttl");
        Model m;
        try (InputStream in = Files.newInputStream(manifest)) {
            m = Rio.parse(in, manifest.toUri().toString(), RDFFormat.TURTLE);
        }
        LetterLoader loader = LetterLoader.builder().ontology(TestFiles.ontology()).clock(FIXED).build();
        List<DynamicTest> tests = new ArrayList<>();
        Resource list = Models.objectResource(m.filter(null, ENTRIES, null)).orElseThrow();
        for (Value entry : org.eclipse.rdf4j.model.util.RDFCollections.asValues(m, list, new ArrayList<>())) {
            Resource e = (Resource) entry;
            String name = Models.objectString(m.filter(e, NAME, null)).orElseThrow();
            Path letter = Path.of(java.net.URI.create(Models.objectIRI(m.filter(e, ACTION, null)).orElseThrow().stringValue()));
            Path result = Path.of(java.net.URI.create(Models.objectIRI(m.filter(e, RESULT, null)).orElseThrow().stringValue()));
            tests.add(DynamicTest.dynamicTest(name, () -> check(loader, letter, result)));
        }
        assertTrue(tests.size() >= 6, "the manifest lists the seeds and the made-up cases");
        return tests;
    }

    private static void check(LetterLoader loader, Path letter, Path result) throws Exception {
        Model actual = new LinkedHashModel();
        loader.load(letter, new StatementCollector(actual));
        actual.remove(null, DMM.loaderVersion, null);
        if (WRITE) {
            write(actual, result);
            return;
        }
        Model expected;
        try (InputStream in = Files.newInputStream(result)) {
            expected = Rio.parse(in, "", RDFFormat.TRIG);
        }
        assertTrue(Models.isomorphic(expected, actual), () -> letter.getFileName() + " differs from " + result.getFileName()
                + ":\n" + difference(expected, actual));
    }

    /** The statements without blank nodes that one side has and the other lacks: enough to see what changed. */
    private static String difference(Model expected, Model actual) {
        StringBuilder out = new StringBuilder();
        for (Statement st : expected) {
            if (grounded(st) && !actual.contains(st)) {
                out.append("  missing: ").append(st).append('\n');
            }
        }
        for (Statement st : actual) {
            if (grounded(st) && !expected.contains(st)) {
                out.append("  extra:   ").append(st).append('\n');
            }
        }
        return out.length() == 0 ? "  (only in blank-node structure: annotations or selectors)" : out.toString();
    }

    private static boolean grounded(Statement st) {
        return !st.getSubject().isBNode() && !st.getObject().isBNode();
    }

    private static void write(Model graph, Path result) throws IOException {
        Files.createDirectories(result.getParent());
        org.w3id.dmmkg.loader.vocab.Prefixes.MAP.forEach(graph::setNamespace);
        WriterConfig config = new WriterConfig().set(BasicWriterSettings.PRETTY_PRINT, true)
                .set(BasicWriterSettings.INLINE_BLANK_NODES, true);
        try (OutputStream out = Files.newOutputStream(result)) {
            Rio.write(graph, out, RDFFormat.TRIG, config);
        }
    }
}
