package org.w3id.dmmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmmkg.store.EntityFacts;
import org.w3id.dmmkg.store.QuadCollector;
import org.w3id.dmmkg.store.RdfBridge;
import org.w3id.dmmkg.store.Store;
import org.w3id.dmmkg.loader.LetterLoader;

/**
 * A load killed with SIGKILL leaves every letter whole or absent; loading again completes it.
 * Into a store with letters the load goes batch by batch, so a kill keeps the batches before
 * it; into a store without letters it is one bulk transaction, so a kill leaves none.
 */
class CrashSafetyTest {
    private static final int LETTERS = 400;
    private static final Node DERIVED = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
    private static final Node SHA = NodeFactory.createURI("https://w3id.org/dmm-kg/def#sha256");

    @TempDir
    Path tmp;

    @Test
    void killedLoadLeavesEveryLetterWholeOrAbsent() throws Exception {
        Path letters = letters();
        Path store = tmp.resolve("store");
        // One of the letters first, so that the store holds a letter and the load goes batch by batch.
        assertEquals(0, TestSupport.run("load", "--store", store.toString(), letters.resolve("0000.txt").toString()).exitCode);
        killMidway(store, letters);
        Map<String, Long> expected = fullSizes(letters);
        int present = checkWholeOrAbsent(store, expected);
        assertTrue(present > 1 && present < LETTERS, "killed mid-way: " + present + " of " + LETTERS + " letters stored");
        loadAgain(store, letters, present, expected);
    }

    @Test
    void killedBulkLoadLeavesNoLetter() throws Exception {
        Path letters = letters();
        Path store = tmp.resolve("store");
        killMidway(store, letters);
        Map<String, Long> expected = fullSizes(letters);
        assertEquals(0, checkWholeOrAbsent(store, expected), "the bulk load's one transaction never committed");
        loadAgain(store, letters, 0, expected);
    }

    private Path letters() throws Exception {
        Path letters = Files.createDirectories(tmp.resolve("letters"));
        List<Path> seeds = Files.list(TestSupport.seeds()).sorted().toList();
        for (int i = 0; i < LETTERS; i++) {
            String text = Files.readString(seeds.get(i % seeds.size()), StandardCharsets.UTF_8);
            Files.writeString(letters.resolve(String.format("%04d.txt", i)), text + "\n\nVolgnummer " + i + ".\n");
        }
        return letters;
    }

    /** Loads in a child process, killed once it has read ten letters. */
    private static void killMidway(Path store, Path letters) throws Exception {
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), "-Ddmmkg.home=" + TestSupport.home(), Main.class.getName(), "load",
                "--batch", "50", "--store", store.toString(), letters.toString()).redirectErrorStream(true).start();
        int seen = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; seen < 10 && (line = out.readLine()) != null;) {
                seen += line.contains("no date stated") ? 1 : 0;
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
    }

    private static void loadAgain(Path store, Path letters, int present, Map<String, Long> expected) throws Exception {
        TestSupport again = TestSupport.run("load", "--store", store.toString(), letters.toString());
        assertEquals(0, again.exitCode, again.err.toString());
        assertTrue(again.out.toString().startsWith("loaded " + (LETTERS - present) + " letters (" + present + " unchanged"),
                again.out.toString());
        assertEquals(LETTERS, checkWholeOrAbsent(store, expected));
    }

    /** Checks every stored letter graph against its full size; returns how many letters are stored. */
    private static int checkWholeOrAbsent(Path store, Map<String, Long> expected) throws Exception {
        try (Store s = TestSupport.openStore(store)) {
            return Txn.calculateRead(s.dataset(), () -> {
                DatasetGraph dsg = s.dataset().asDatasetGraph();
                int letters = 0;
                for (var it = dsg.find(Node.ANY, Node.ANY, DERIVED, Node.ANY); it.hasNext();) {
                    Quad q = it.next();
                    Node letter = q.getObject();
                    String sha = dsg.find(q.getGraph(), letter, SHA, Node.ANY).next().getObject().getLiteralLexicalForm();
                    long size = 0;
                    for (var g = dsg.find(q.getGraph(), Node.ANY, Node.ANY, Node.ANY); g.hasNext(); g.next()) {
                        size++;
                    }
                    assertEquals(expected.get(sha), size, "letter graph " + q.getGraph() + " is whole");
                    letters++;
                }
                return letters;
            });
        }
    }

    private static Map<String, Long> fullSizes(Path letters) throws Exception {
        LetterLoader loader = LetterLoader.builder().ontology(Home.ontology()).build();
        Map<String, Long> sizes = new HashMap<>();
        for (Path p : Files.list(letters).toList()) {
            QuadCollector sink = new QuadCollector();
            var loaded = loader.load(p, sink);
            // What stays in the letter's graph; what its entities are is stored once, in graph/entities.
            List<Quad> own = EntityFacts.route(RdfBridge.node(loaded.graph()), sink.quads(), t -> false).letter();
            sizes.put(loaded.sha256(), (long) new HashSet<>(own).size());
        }
        return sizes;
    }
}
