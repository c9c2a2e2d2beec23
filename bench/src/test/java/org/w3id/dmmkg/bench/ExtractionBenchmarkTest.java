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
        long statements = real.run(seeds, Warmup.rounds(0), 1).statements();
        StringBuilder order = new StringBuilder();
        ExtractionBenchmark ours = new ExtractionBenchmark(recording(order, 'o', real));
        ExtractionBenchmark.Comparison c = ours.compare(recording(order, 'b', real), List.of(seeds.get(0)), Warmup.rounds(1), 4);
        assertEquals("ob" + "ob" + "bo" + "ob" + "bo", order.toString(), "a warm-up pair, then rounds in turns");
        assertEquals(c.ours().statements(), c.baseline().statements());
        assertEquals(4, c.baseline().roundSeconds().length);
        assertTrue(c.medianRatio() > 0);
        assertTrue(statements > 1_000, "the seeds give statements: " + statements);
    }

    @Test
    void aRoundsCpuTimeIsNoLongerThanItsWallTime() throws Exception {
        List<Path> seeds = ExtractionBenchmark.files(List.of(Home.seeds()));
        ExtractionBenchmark.Result r = new ExtractionBenchmark(Loaders.create(LetterLoader.DEFAULT_MAX_BYTES))
                .run(seeds, Warmup.rounds(1), 3);
        assertTrue(r.medianCpuSeconds() > 0, "the thread's CPU time is measured: " + r.medianCpuSeconds());
        assertTrue(r.medianCpuSeconds() <= r.medianSeconds() + 0.001, r.medianCpuSeconds() + " against " + r.medianSeconds());
        assertTrue(r.megabytesPerCpuSecond() >= r.megabytesPerSecond() * 0.99);
    }

    /** An extraction that notes its turn, then extracts the letter for real. */
    private static ExtractionBenchmark.Extraction recording(StringBuilder order, char who, ExtractionBenchmark real) {
        return file -> {
            order.append(who);
            return real.run(List.of(file), Warmup.rounds(0), 1).statements();
        };
    }

    @Test
    void theWarmUpGoesOnUntilItsTimeHasPassedThenStopsAtTheNextRound() throws Exception {
        int[] rounds = {0};
        Warmup.Done done = new Warmup(2, java.time.Duration.ofMillis(60)).run(() -> {
            rounds[0]++;
            sleep(5);
        });
        assertEquals(rounds[0], done.rounds());
        assertTrue(done.rounds() >= 2, "at least the rounds asked for: " + done.rounds());
        assertTrue(done.seconds() >= 0.060, "until the time has passed: " + done.seconds());
        Warmup.Done counted = Warmup.rounds(3).run(() -> sleep(1));
        assertEquals(3, counted.rounds(), "without a time, the rounds asked for and no more");
    }

    @Test
    void aWarmUpOfNegativeRoundsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Warmup.rounds(-1));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
