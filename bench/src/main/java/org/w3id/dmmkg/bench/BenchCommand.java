package org.w3id.dmmkg.bench;

import org.w3id.dmmkg.cli.Loaders;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.w3id.dmmkg.cli.ExitCodes;
import org.w3id.dmmkg.cli.Home;
import org.w3id.dmmkg.loader.LetterLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dmm-kg bench}: benchmarks that print numbers. */
@Command(name = "dmm-kg bench", mixinStandardHelpOptions = true, description = "Benchmarks that print numbers.",
        subcommands = {BenchCommand.Extract.class, LoadBenchCommand.class, ScaleBenchCommands.Corpus.class,
            ScaleBenchCommands.Run.class, QueryPlans.class, HttpBenchCommand.class})
public final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a bench subcommand is required");
    }

    /** {@code ./dmm-kg bench ...} runs this, from the benchmark jar, which the product does not ship. */
    public static void main(String[] args) {
        System.exit(org.w3id.dmmkg.cli.Main.configure(new picocli.CommandLine(new BenchCommand())).execute(args));
    }

    /** {@code dmm-kg bench extract}: text to statements, no store. */
    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = "Extraction speed on one thread, no store: median MB/s of letter text over timed rounds.")
    static final class Extract implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--rounds", defaultValue = "7", description = "Timed rounds. Default: ${DEFAULT-VALUE}")
        int rounds;

        @Option(names = "--warmup", defaultValue = "" + Warmup.DEFAULT_ROUNDS, description = "Untimed warm-up rounds, at least. Default: ${DEFAULT-VALUE}")
        int warmup;

        @Option(names = "--warmup-seconds", defaultValue = "" + Warmup.DEFAULT_SECONDS,
                description = "And more warm-up rounds until this many seconds have passed (for each build with "
                        + "--baseline): the JIT takes some 15 s to settle on extraction. Default: ${DEFAULT-VALUE}")
        int warmupSeconds;

        @Option(names = "--repeat", defaultValue = "20",
                description = "Each file is read this many times per round, for a round long enough to time. "
                        + "Default: ${DEFAULT-VALUE}")
        int repeat;

        @Option(names = "--baseline", paramLabel = "JAR",
                description = "Another build's dmm-kg.jar (cli/target/dmm-kg.jar of another checkout): its loader is "
                        + "timed too, in this JVM, in turns with this build's, on the same letters and ontology.")
        Path baseline;

        @Parameters(paramLabel = "PATH", arity = "0..*", description = "Letters or folders. Default: seeds/")
        List<Path> paths;

        @Override
        public Integer call() throws Exception {
            List<Path> files = ExtractionBenchmark.files(paths == null ? List.of(Home.seeds()) : paths);
            List<Path> repeated = java.util.Collections.nCopies(repeat, files).stream().flatMap(List::stream).toList();
            ExtractionBenchmark ours = new ExtractionBenchmark(Loaders.create(LetterLoader.DEFAULT_MAX_BYTES));
            Warmup w = new Warmup(warmup, java.time.Duration.ofSeconds(warmupSeconds));
            if (baseline == null) {
                print("extraction", ours.run(repeated, w, rounds));
                return ExitCodes.OK;
            }
            ExtractionBenchmark.Comparison c = ours.compare(BaselineLoader.open(baseline, LetterLoader.DEFAULT_MAX_BYTES),
                    repeated, w, rounds);
            print("extraction, this build", c.ours());
            print("extraction, baseline  ", c.baseline());
            spec.commandLine().getOut().printf(Locale.ROOT,
                    "this build's time over the baseline's, rounds in turns: median %.3f (%.2f× as fast)%n",
                    c.medianRatio(), 1 / c.medianRatio());
            return ExitCodes.OK;
        }

        private void print(String what, ExtractionBenchmark.Result r) {
            spec.commandLine().getOut().printf(Locale.ROOT,
                    "%s: %d letters, %.2f MB per round, median %.3f s over %d rounds: %.2f MB/s (%.2f of CPU time), "
                            + "%.0f letters/s, %d statements per round (one thread; after %d warm-up rounds in %.1f s)%n",
                    what, r.letters(), r.bytes() / 1e6, r.medianSeconds(), rounds, r.megabytesPerSecond(),
                    r.megabytesPerCpuSecond(), r.lettersPerSecond(), r.statements(), r.warmup().rounds(), r.warmup().seconds());
        }
    }
}
