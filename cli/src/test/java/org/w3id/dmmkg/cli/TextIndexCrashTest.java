package org.w3id.dmmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmmkg.store.Store;

/**
 * After any kill, full-text search agrees with TDB2 (defect: a letter killed between TDB2's
 * commit and Lucene's was stored but never found by text search, and the next load skipped it
 * as unchanged). Loads die at many points, then load again, and every search must answer as
 * on a store loaded without a crash.
 */
class TextIndexCrashTest {
    private static final int LETTERS = 12;

    @TempDir
    static Path tmp;
    static Path letters;
    static Set<String> clean;

    @BeforeAll
    static void letters() throws Exception {
        letters = Files.createDirectories(tmp.resolve("letters"));
        List<Path> seeds = Files.list(TestSupport.seeds()).sorted().toList();
        for (int i = 0; i < LETTERS; i++) {
            String text = Files.readString(seeds.get(i % seeds.size()), StandardCharsets.UTF_8);
            Files.writeString(letters.resolve(String.format("%02d.txt", i)), text + "\n\nZoekwoord codeword" + i + ".\n");
        }
        Path store = tmp.resolve("clean");
        assertEquals(0, TestSupport.run("load", "--store", store.toString(), letters.toString()).exitCode);
        clean = searches(store);
        assertTrue(clean.size() > LETTERS, clean.toString());
    }

    /** What text search finds: each letter's own word, and words every letter has. */
    private static Set<String> searches(Path store) {
        Set<String> found = new TreeSet<>();
        try (Store s = TestSupport.openStore(store)) {
            Txn.executeRead(s.dataset(), () -> {
                for (String word : new String[] {"codeword*", "zoekwoord", "Oekraïne", "NAVO"}) {
                    String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX dmm: <https://w3id.org/dmm-kg/def#> "
                            + "SELECT ?f { ?l text:query (dmm:text \"" + word + "\" 1000) ; dmm:sourceFile ?f }";
                    try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(s.dataset().asDatasetGraph()))
                            .query(q).build()) {
                        qe.execSelect().forEachRemaining(r -> found.add(word + " " + r.getLiteral("f").getString()));
                    }
                }
            });
        }
        return found;
    }

    private static Process child(Path store, String... mainAndArgs) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), "-Ddmmkg.home=" + TestSupport.home()));
        command.addAll(List.of(mainAndArgs));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile())
                .start();
    }

    @Test
    void loadDyingBetweenTheTwoCommitsIsRepairedAtTheNextLoad() throws Exception {
        // A bulk load commits the text index twice: the index made, then its records cleared.
        String[][] crashes = {{"letters", "1"}, {"letters", "2"}, {"letters", "3"}, {"letters", "6"}, {"letters", "11"},
            {"bulk", "1"}, {"bulk", "2"}};
        for (String[] crash : crashes) {
            Path store = tmp.resolve("crash-" + crash[0] + "-" + crash[1]);
            Process p = child(store, CrashingLoad.class.getName(), store.toString(), letters.toString(), crash[1], crash[0]);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            assertEquals(137, p.exitValue(), "died at commit " + crash[1] + " of a " + crash[0] + " load: "
                    + Files.readString(tmp.resolve("child.log")));
            TestSupport again = TestSupport.run("load", "--store", store.toString(), letters.toString());
            assertEquals(0, again.exitCode, again.err.toString());
            assertEquals(clean, searches(store), "after dying at text-index commit " + crash[1] + " of a " + crash[0] + " load");
        }
    }

    @Test
    void killNineAtManyPointsLeavesSearchAsACleanLoad() throws Exception {
        for (int delay : new int[] {0, 300, 800, 1500, 2500}) {
            Path store = tmp.resolve("kill-" + delay);
            Process p = child(store, Main.class.getName(), "load", "--batch", "1", "--store", store.toString(),
                    letters.toString());
            // Counted from when the store is open (its text index locked), so that each kill lands in the load.
            for (int waited = 0; !Files.exists(store.resolve("text-index/write.lock")) && waited < 120_000; waited += 50) {
                Thread.sleep(50);
            }
            Thread.sleep(delay);
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            TestSupport again = TestSupport.run("load", "--store", store.toString(), letters.toString());
            assertEquals(0, again.exitCode, again.err.toString());
            assertEquals(clean, searches(store), "after a kill at " + delay + " ms");
        }
    }
}
