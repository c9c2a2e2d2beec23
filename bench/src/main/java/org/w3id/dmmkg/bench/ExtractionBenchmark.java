package org.w3id.dmmkg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * after a warm-up long enough for the JIT to have done its work ({@link Warmup}).
 */
public final class ExtractionBenchmark {
    /** The figures of one benchmark run. */
    public record Result(int letters, long bytes, long statements, double medianSeconds, double[] roundSeconds,
                         double medianCpuSeconds, Warmup.Done warmup) {
        public double megabytesPerSecond() {
            return bytes / 1e6 / medianSeconds;
        }

        /**
         * MB per second of the thread's own CPU time (NaN where the JVM does not measure it): beside
         * the wall-clock figure, it tells a slow round from a round the thread waited through.
         */
        public double megabytesPerCpuSecond() {
            return bytes / 1e6 / medianCpuSeconds;
        }

        public double lettersPerSecond() {
            return letters / medianSeconds;
        }
    }

    /** What is timed: one letter read and extracted, its statements counted. */
    @FunctionalInterface
    interface Extraction {
        long statements(Path file) throws LetterException;
    }

    /** Two builds timed in turns: this one, the baseline, and the median of this one's time over the baseline's per pair of rounds. */
    public record Comparison(Result ours, Result baseline, double medianRatio) {
    }

    /** Measures the extracting thread's own CPU time, beside the wall clock. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Extraction extraction;

    public ExtractionBenchmark(LetterLoader loader) {
        this(file -> {
            Counter counter = new Counter();
            loader.load(file, counter);
            return counter.count;
        });
    }

    ExtractionBenchmark(Extraction extraction) {
        this.extraction = extraction;
    }

    public Result run(List<Path> files, Warmup warmup, int rounds) throws LetterException {
        Warmup.Done done = warmup.run(() -> round(extraction, files));
        double[] seconds = new double[rounds];
        double[] cpu = new double[rounds];
        long statements = 0;
        for (int i = 0; i < rounds; i++) {
            long c0 = cpuNanos();
            long t0 = System.nanoTime();
            statements = round(extraction, files);
            seconds[i] = (System.nanoTime() - t0) / 1e9;
            cpu[i] = (cpuNanos() - c0) / 1e9;
        }
        return result(files, statements, seconds, cpu, done);
    }

    /** The current thread's CPU time in nanoseconds; 0 where the JVM does not measure it. */
    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    /**
     * This build against {@code baseline} on the same files: warm-up rounds of both in turns,
     * then timed rounds in turns (ours first in even pairs, the baseline first in odd ones), so
     * that both meet the same moments of a shared machine.
     */
    Comparison compare(Extraction baseline, List<Path> files, Warmup warmup, int rounds) throws LetterException {
        Warmup.Done done = warmup.twice().run(() -> {
            round(extraction, files);
            round(baseline, files);
        });
        double[][] seconds = new double[2][rounds];
        double[][] cpu = new double[2][rounds];
        long[] statements = new long[2];
        Extraction[] both = {extraction, baseline};
        for (int i = 0; i < rounds; i++) {
            for (int k = 0; k < 2; k++) {
                int which = i % 2 == 0 ? k : 1 - k;
                long c0 = cpuNanos();
                long t0 = System.nanoTime();
                statements[which] = round(both[which], files);
                seconds[which][i] = (System.nanoTime() - t0) / 1e9;
                cpu[which][i] = (cpuNanos() - c0) / 1e9;
            }
        }
        double[] ratios = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            ratios[i] = seconds[0][i] / seconds[1][i];
        }
        return new Comparison(result(files, statements[0], seconds[0], cpu[0], done),
                result(files, statements[1], seconds[1], cpu[1], done), median(ratios));
    }

    private static long round(Extraction extraction, List<Path> files) throws LetterException {
        long statements = 0;
        for (Path f : files) {
            statements += extraction.statements(f);
        }
        return statements;
    }

    private static Result result(List<Path> files, long statements, double[] seconds, double[] cpu, Warmup.Done warmup) {
        long bytes = files.stream().mapToLong(ExtractionBenchmark::size).sum();
        double cpuMedian = THREADS.isCurrentThreadCpuTimeSupported() ? median(cpu) : Double.NaN;
        return new Result(files.size(), bytes, statements, median(seconds), seconds, cpuMedian, warmup);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
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
