package org.w3id.dmmkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;
import org.w3id.dmmkg.loader.LetterException;
import org.w3id.dmmkg.loader.LetterLoader;

/**
 * Extraction speed without a store: every letter read, normalised and extracted into a
 * handler that only counts, on one thread. Reports the median of several timed rounds
 * after warm-up rounds, so that the JIT has done its work.
 */
public final class ExtractionBenchmark {
    /** The figures of one benchmark run. */
    public record Result(int letters, long bytes, long statements, double medianSeconds, double[] roundSeconds) {
        public double megabytesPerSecond() {
            return bytes / 1e6 / medianSeconds;
        }

        public double lettersPerSecond() {
            return letters / medianSeconds;
        }
    }

    private final LetterLoader loader;

    public ExtractionBenchmark(LetterLoader loader) {
        this.loader = loader;
    }

    public Result run(List<Path> files, int warmup, int rounds) throws LetterException {
        long bytes = files.stream().mapToLong(ExtractionBenchmark::size).sum();
        long statements = 0;
        for (int i = 0; i < warmup; i++) {
            statements = round(files);
        }
        double[] seconds = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            statements = round(files);
            seconds[i] = (System.nanoTime() - t0) / 1e9;
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        return new Result(files.size(), bytes, statements, sorted[sorted.length / 2], seconds);
    }

    private long round(List<Path> files) throws LetterException {
        Counter counter = new Counter();
        for (Path f : files) {
            loader.load(f, counter);
        }
        return counter.count;
    }

    /** Every regular file below the given paths, in name order. */
    public static List<Path> files(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final class Counter extends AbstractRDFHandler {
        long count;

        @Override
        public void handleStatement(Statement st) {
            count++;
        }
    }
}
