package org.w3id.dmmkg.bench;

import org.w3id.dmmkg.cli.Loaders;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.dmmkg.cli.ExitCodes;
import org.w3id.dmmkg.cli.Home;
import org.w3id.dmmkg.loader.LetterLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dmm-kg bench corpus} and {@code dmm-kg bench run}. */
final class ScaleBenchCommands {
    private ScaleBenchCommands() {
    }

    /** A generated corpus. */
    @Command(name = "corpus", mixinStandardHelpOptions = true,
            description = "Generate a scale corpus from the seed letters, repeatable from its seed; every letter says it is generated.")
    static final class Corpus implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--letters", defaultValue = "1000", description = "How many. Default: ${DEFAULT-VALUE}")
        int letters;

        @Option(names = "--seed", defaultValue = "1", description = "Random seed. Default: ${DEFAULT-VALUE}")
        long seed;

        @Option(names = "--out", required = true, description = "Folder to write.")
        Path out;

        @Override
        public Integer call() throws Exception {
            List<Path> files = new CorpusGenerator(ExtractionBenchmark.files(List.of(Home.seeds()))).write(letters, seed, out);
            spec.commandLine().getOut().println("wrote " + files.size() + " generated letters to " + out);
            return ExitCodes.OK;
        }
    }

    /** The scale benchmark. */
    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Generate a corpus, load it end to end into an empty store, bulk-load the same quads with "
                + "TDB2 alone, time every saved query with 1 and 8 clients, time the server's start.",
                "Prints a table and writes the same figures as JSON to target/bench/scale.json."})
    static final class Run implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--letters", defaultValue = "10000", description = "Corpus size. Default: ${DEFAULT-VALUE}")
        int letters;

        @Option(names = "--seed", defaultValue = "1", description = "Random seed. Default: ${DEFAULT-VALUE}")
        long seed;

        @Option(names = "--skip", split = ",", paramLabel = "STEP",
                description = "Steps to leave out: bulk (the TDB2 bulk load), queries (the saved-query latencies).")
        java.util.Set<String> skip = java.util.Set.of();

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            Path work = Files.createTempDirectory("dmm-kg-scale");
            List<Path> corpus = new CorpusGenerator(ExtractionBenchmark.files(List.of(Home.seeds())))
                    .write(letters, seed, work.resolve("corpus"));
            LetterLoader loader = Loaders.create(LetterLoader.DEFAULT_MAX_BYTES);
            Map<String, Object> figures = new ScaleBenchmark(loader, out, skip).run(corpus, work);
            JsonObject json = new JsonObject();
            out.println("scale benchmark on " + Runtime.getRuntime().availableProcessors() + " cores:");
            figures.forEach((k, v) -> {
                if (!(v instanceof Map)) {
                    out.printf(Locale.ROOT, "  %-42s %s%n", k, v instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : v);
                }
                json.put(k, org.apache.jena.atlas.json.JSON.parseAny(
                        v instanceof Map<?, ?> m ? toJson(m) : v instanceof String s ? "\"" + s + "\"" : String.valueOf(v)));
            });
            Path result = Home.dir().orElse(Path.of("")).toAbsolutePath().resolve("target").resolve("bench").resolve("scale.json");
            Files.createDirectories(result.getParent());
            Files.writeString(result, org.apache.jena.atlas.json.JSON.toString(json));
            out.println("figures written to " + result);
            return ExitCodes.OK;
        }

        private static String toJson(Map<?, ?> m) {
            StringBuilder b = new StringBuilder("{");
            m.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
            return b.append('}').toString();
        }
    }
}
