package org.w3id.dmmkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmmkg.cli.Home;
import org.w3id.dmmkg.cli.Loaders;
import org.w3id.dmmkg.loader.LetterLoader;

class ExtractionBenchmarkTest {
    @Test
    void twoBuildsAreTimedInTurnsOnTheSameLetters() throws Exception {
        List<Path> seeds = ExtractionBenchmark.files(List.of(Home.seeds()));
        ExtractionBenchmark real = new ExtractionBenchmark(Loaders.create(LetterLoader.DEFAULT_MAX_BYTES));
        long statements = real.run(seeds, 0, 1).statements();
        StringBuilder order = new StringBuilder();
        ExtractionBenchmark ours = new ExtractionBenchmark(recording(order, 'o', real));
        ExtractionBenchmark.Comparison c = ours.compare(recording(order, 'b', real), List.of(seeds.get(0)), 1, 4);
        assertEquals("ob" + "ob" + "bo" + "ob" + "bo", order.toString(), "a warm-up pair, then rounds in turns");
        assertEquals(c.ours().statements(), c.baseline().statements());
        assertEquals(4, c.baseline().roundSeconds().length);
        assertTrue(c.medianRatio() > 0);
        assertTrue(statements > 1_000, "the seeds give statements: " + statements);
    }

    /** An extraction that notes its turn, then extracts the letter for real. */
    private static ExtractionBenchmark.Extraction recording(StringBuilder order, char who, ExtractionBenchmark real) {
        return file -> {
            order.append(who);
            return real.run(List.of(file), 0, 1).statements();
        };
    }

    @Test
    void aBaselineThatIsNoBuildIsRefusedWithWhy(@TempDir Path dir) throws IOException {
        IOException missing = assertThrows(IOException.class, () -> BaselineLoader.open(dir.resolve("none.jar"), 1));
        assertEquals(dir.resolve("none.jar") + ": no such jar", missing.getMessage());
        Path empty = Files.writeString(dir.resolve("empty.jar"), "not a jar");
        IOException other = assertThrows(IOException.class, () -> BaselineLoader.open(empty, 1));
        assertTrue(other.getMessage().startsWith(empty + ": not a dmm-kg.jar"), other.getMessage());
    }
}
