package org.w3id.dmmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmmkg.loader.vocab.Prefixes;
import org.w3id.dmmkg.store.Store;

/**
 * {@code dmm-kg harvest} against a loopback server replaying both official sources: a fresh
 * harvest loads every letter with its official metadata; a second run fetches nothing; a changed
 * and a deleted letter; a source answering garbage or refusing the query; a dry run; and a
 * harvest killed mid-run that the next run completes.
 */
class HarvestTest {
    @TempDir
    Path tmp;
    HarvestReplay replay;
    Path mirror;
    Path store;

    @BeforeEach
    void start() throws Exception {
        replay = new HarvestReplay();
        mirror = tmp.resolve("mirror");
        store = tmp.resolve("store");
    }

    @AfterEach
    void stop() {
        replay.close();
    }

    private TestSupport harvest(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("harvest", "--tk-api", replay.tkApi(), "--sru", replay.sru(),
                "--out", mirror.toString(), "--delay", "0"));
        args.addAll(List.of(more));
        return TestSupport.run(args.toArray(String[]::new));
    }

    @Test
    void freshHarvestLoadsEveryLetterWithItsOfficialMetadataAndASecondRunFetchesNothing() throws Exception {
        TestSupport first = harvest("--load", "--store", store.toString());
        assertEquals(0, first.exitCode, first.err.toString());
        assertTrue(first.out.toString().contains("harvest: 4 listed, 4 fetched, 0 removed, 0 unchanged, 0 failed"),
                first.out.toString());
        assertTrue(first.out.toString().contains("loaded 4 letters (0 unchanged, 0 failed)"), first.out.toString());
        assertEquals(Set.of("kst-28676-901.xml", "kst-28676-902.docx", "kst-28676-903.pdf", "kst-28676-904.xml"),
                letterFiles(), "the official XML where it exists, the Tweede Kamer's file otherwise; the motion is no letter");
        assertTrue(replay.requests.stream().anyMatch(r -> r.contains("$skip=2")), "paged through @odata.nextLink");
        assertTrue(replay.requests.stream().anyMatch(r -> r.contains("startRecord=3")), "paged through nextRecordPosition");
        assertFalse(replay.tooManyRequests, "the 429 was served, and the page asked for again after Retry-After");
        assertEquals(1, replay.maxInFlight.get(), "one request at a time");
        assertTrue(replay.userAgents.stream().allMatch(a -> a.startsWith("dmm-kg/") && a.contains("w3id.org/dmm-kg")),
                replay.userAgents.toString());

        List<QuerySolution> rows = select("""
                SELECT ?title ?tk ?date ?signer ?page ?paper WHERE {
                  GRAPH ?rg { ?rg a dmm:OfficialRecord ; dcterms:identifier "kst-28676-901" ; foaf:primaryTopic ?l .
                    ?l dcterms:title ?title ; dmm:tkDocumentNumber ?tk ; dmm:officialDate ?date ;
                       dmm:officialSigner ?signer ; foaf:page ?page ; dmm:publishedAs ?paper } }""");
        assertEquals(1, rows.size(), rows.toString());
        QuerySolution a = rows.get(0);
        assertTrue(a.getLiteral("title").getString().startsWith("Brief van de minister van Defensie over de bijeenkomst"));
        assertEquals("2023D07001", a.getLiteral("tk").getString());
        assertEquals("2023-02-21", a.getLiteral("date").getLexicalForm());
        assertEquals("K.H. Ollongren", a.getLiteral("signer").getString());
        assertEquals("https://zoek.officielebekendmakingen.nl/kst-28676-901.html", a.getResource("page").getURI());
        assertEquals("https://w3id.org/dmm-kg/id/kamerstuk/28676-901", a.getResource("paper").getURI());
        assertEquals(Set.of(replay.tkApi() + "Document(" + HarvestReplay.A + ")",
                replay.base + "/files/frbr/officielepublicaties/kst/28676/kst-28676-901/1/metadata/metadata.xml"),
                strings("SELECT ?s { ?l dmm:tkDocumentNumber \"2023D07001\" ; prov:wasDerivedFrom ?s }"));
        assertEquals(4, strings("SELECT ?l { GRAPH ?g { ?g prov:wasDerivedFrom ?l . ?l a dmm:Letter } }").size());
        TestSupport validate = TestSupport.run("validate", "--store", store.toString());
        assertEquals(0, validate.exitCode, "letters with their records conform to the shapes: " + validate.out);

        int files = replay.fileRequests.get();
        TestSupport second = harvest("--load", "--store", store.toString());
        assertEquals(0, second.exitCode, second.err.toString());
        assertTrue(second.out.toString().contains("4 listed, 0 fetched, 0 removed, 4 unchanged"), second.out.toString());
        assertTrue(second.out.toString().contains("loaded 0 letters (4 unchanged, 0 failed)"), second.out.toString());
        assertEquals(files, replay.fileRequests.get(), "a second run fetches no file");
    }

    @Test
    void aChangedLetterReplacesItsGraphAndADeletedOneGoes() throws Exception {
        assertEquals(0, harvest("--load", "--store", store.toString()).exitCode);
        Set<String> before = strings("SELECT ?l { GRAPH ?g { ?g prov:wasDerivedFrom ?l . ?l dmm:sourceFile \"kst-28676-903.pdf\" } }");
        replay.change();
        TestSupport run = harvest("--load", "--store", store.toString());
        assertEquals(0, run.exitCode, run.err.toString());
        assertTrue(run.out.toString().contains("3 listed, 1 fetched, 1 removed"), run.out.toString());
        assertTrue(run.err.toString().contains("kst-28676-902: removed (deleted at the source)"), run.err.toString());
        assertTrue(run.out.toString().contains("1 removed as their source deleted them"), run.out.toString());
        Set<String> after = strings("SELECT ?l { GRAPH ?g { ?g prov:wasDerivedFrom ?l . ?l dmm:sourceFile \"kst-28676-903.pdf\" } }");
        assertEquals(1, after.size(), "one letter for the changed file: " + after);
        assertFalse(after.equals(before), "the changed file is a new letter, which replaced the old one");
        assertEquals(after, strings("SELECT ?l { GRAPH ?g { ?g dcterms:identifier \"kst-28676-903\" ; foaf:primaryTopic ?l } }"));
        assertEquals(Set.of(), strings("SELECT ?l { GRAPH ?g { ?l dmm:sourceFile \"kst-28676-902.docx\" } }"));
        assertEquals(Set.of(), strings("SELECT ?g { GRAPH ?g { ?g dcterms:identifier \"kst-28676-902\" } }"));
        assertFalse(Files.exists(mirror.resolve("letters/kst-28676-902.docx")));
        assertTrue(sidecar("kst-28676-902").path("deleted").asBoolean());
    }

    @Test
    void theReportListsTheLettersAndWhereRecordAndExtractionDisagree() throws Exception {
        assertEquals(0, harvest("--load", "--store", store.toString()).exitCode);
        TestSupport report = TestSupport.run("report", "--store", store.toString());
        assertEquals(0, report.exitCode, report.err.toString());
        String out = report.out.toString();
        assertTrue(out.contains("4 letters with an official record"), out);
        assertTrue(out.matches("(?s).*kst-28676-904\\s+2008-02-15\\s+kst-28676-904\\.xml.*"), out);
        assertTrue(out.matches("(?s).*kst-28676-903\\s+date\\s+2023-06-14\\s+2023-06-15.*"),
                "the PDF's text says 14 June, the record 15 June: " + out);
        assertFalse(out.matches("(?s).*kst-28676-901\\s+(date|signer|kamerstuk).*"), "the XML letter agrees: " + out);
    }

    @Test
    void aSourceThatAnswersGarbageGetsOneLineAndNothingIsStoredHalf() throws Exception {
        replay.sruGarbage = true;
        replay.tkFile(HarvestReplay.C, "application/pdf", "<html><body>Storing</body></html>".getBytes(StandardCharsets.UTF_8));
        TestSupport run = harvest("--load", "--store", store.toString());
        assertEquals(ExitCodes.FAILED, run.exitCode);
        String err = run.err.toString();
        assertTrue(err.lines().anyMatch(l -> l.startsWith("sru 28676: " + replay.sru() + "?") && l.contains(": not XML: ")), err);
        assertTrue(err.lines().anyMatch(l -> l.startsWith("kst-28676-903: " + replay.tkApi() + "Document(")
                && l.contains("not a letter that can be read") && l.contains("PDF")), err);
        assertEquals(Set.of("kst-28676-901.pdf", "kst-28676-902.docx"), letterFiles(), "the Tweede Kamer's files; "
                + "nothing of the garbage");
        assertFalse(Files.exists(mirror.resolve("letters/kst-28676-903.json")));
        assertTrue(run.out.toString().contains("loaded 2 letters"), run.out.toString());
    }

    @Test
    void aQueryTheSruServerRefusesIsReportedWithItsDiagnostic() throws Exception {
        replay.sruRefuses = true;
        TestSupport run = harvest("--dossier", "28676");
        assertEquals(ExitCodes.FAILED, run.exitCode);
        assertTrue(run.err.toString().contains("the SRU server refused the query: line 1:78 mismatched input '=='"),
                run.err.toString());
        assertTrue(run.out.toString().contains("3 listed, 3 fetched"), "the Tweede Kamer's letters still come: " + run.out);
    }

    @Test
    void aDryRunListsWhatItWouldFetchAndFetchesNothing() throws Exception {
        TestSupport run = harvest("--dry-run");
        assertEquals(0, run.exitCode, run.err.toString());
        assertTrue(run.err.toString().contains("kst-28676-901: would fetch (new) " + replay.base + "/files/"), run.err.toString());
        assertEquals(0, replay.fileRequests.get());
        assertEquals(Set.of(), letterFiles());
    }

    @Test
    void aHarvestKilledMidRunIsCompletedByTheNextOne() throws Exception {
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), "-Ddmmkg.home=" + TestSupport.home(), Main.class.getName(),
                "harvest", "--tk-api", replay.tkApi(), "--sru", replay.sru(), "--out", mirror.toString(), "--delay", "0.7")
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            while (line != null && !line.contains(": fetched ")) {
                line = out.readLine();
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        int kept = sidecars();
        assertTrue(kept >= 1 && kept < 4, "killed after the first file: " + letterFiles());
        assertEverySidecarMatchesItsFile();

        TestSupport again = harvest();
        assertEquals(0, again.exitCode, again.err.toString());
        assertTrue(again.out.toString().contains("4 listed, " + (4 - kept) + " fetched"), again.out.toString());
        assertEquals(4, letterFiles().size());
        assertEverySidecarMatchesItsFile();
    }

    private int sidecars() throws Exception {
        try (Stream<Path> s = Files.list(mirror.resolve("letters"))) {
            return (int) s.filter(p -> p.toString().endsWith(".json")).count();
        }
    }

    /** A sidecar stands beside a whole file: its checksum is the file's. No half-written file is left. */
    private void assertEverySidecarMatchesItsFile() throws Exception {
        try (Stream<Path> s = Files.list(mirror.resolve("letters"))) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".json")) {
                    JsonNode side = new ObjectMapper().readTree(p.toFile());
                    Path file = p.resolveSibling(side.get("file").asText());
                    assertEquals(side.get("sha256").asText(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(Files.readAllBytes(file))), name);
                }
            }
        }
    }

    private Set<String> letterFiles() throws Exception {
        Path letters = mirror.resolve("letters");
        if (!Files.isDirectory(letters)) {
            return Set.of();
        }
        try (Stream<Path> s = Files.list(letters)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".json") && !n.startsWith("."))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    private JsonNode sidecar(String key) throws Exception {
        return new ObjectMapper().readTree(mirror.resolve("letters/" + key + ".json").toFile());
    }

    private List<QuerySolution> select(String query) {
        try (Store s = TestSupport.openStore(store)) {
            return Txn.calculateRead(s.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(Prefixes.SPARQL + query).build()) {
                    // Each value read here, inside the transaction, into a model of its own: a solution reads its
                    // terms (and its model's prefixes) from the store lazily, and the store is closed when this returns.
                    List<QuerySolution> out = new java.util.ArrayList<>();
                    org.apache.jena.rdf.model.Model detached = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
                    qe.execSelect().forEachRemaining(row -> {
                        org.apache.jena.query.QuerySolutionMap copy = new org.apache.jena.query.QuerySolutionMap();
                        row.varNames().forEachRemaining(v -> copy.add(v, detached.asRDFNode(row.get(v).asNode())));
                        out.add(copy);
                    });
                    return out;
                }
            });
        }
    }

    private Set<String> strings(String query) {
        Set<String> out = new TreeSet<>();
        for (QuerySolution s : select(query)) {
            var v = s.get(s.varNames().next());
            out.add(v.isLiteral() ? v.asLiteral().getLexicalForm() : v.toString());
        }
        return out;
    }
}
