package org.w3id.dmmkg.bench;

import org.w3id.dmmkg.cli.Loaders;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
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
                + "TDB2 alone and load them into the peer (RDF4J LMDB), time every saved query (first page) on both "
                + "with 1 and 8 clients, time the site's pages under 8 clients, time the server's start.",
                "Prints a table and writes the same figures as JSON to target/bench/scale.json."})
    static final class Run implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--letters", defaultValue = "10000", description = "Corpus size. Default: ${DEFAULT-VALUE}")
        int letters;

        @Option(names = "--seed", defaultValue = "1", description = "Random seed. Default: ${DEFAULT-VALUE}")
        long seed;

        @Option(names = "--skip", split = ",", paramLabel = "STEP",
                description = "Steps to leave out: bulk (the TDB2 bulk load), peer (the RDF4J LMDB peer), "
                        + "queries (the saved-query latencies), pages (the site's pages under load).")
        java.util.Set<String> skip = java.util.Set.of();

        @Option(names = "--keep", description = "Keep the work folder (corpus, stores, N-Quads; about 24 GB at "
                + "10,000 letters) and print where it is; by default it is deleted at the end.")
        boolean keep;

        @Override
        public Integer call() throws Exception {
            Path work = Files.createTempDirectory("dmm-kg-scale");
            try {
                return run(work);
            } finally {
                if (keep) {
                    spec.commandLine().getOut().println("work folder kept: " + work);
                } else {
                    WorkFolder.delete(work);
                }
            }
        }

        private int run(Path work) throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            List<Path> corpus = new CorpusGenerator(ExtractionBenchmark.files(List.of(Home.seeds())))
                    .write(letters, seed, work.resolve("corpus"));
            LetterLoader loader = Loaders.create(LetterLoader.DEFAULT_MAX_BYTES);
            ScaleBenchmark.Result r = new ScaleBenchmark(loader, out, skip).run(corpus, work);
            out.println("scale benchmark on " + Runtime.getRuntime().availableProcessors() + " cores:");
            r.figures().forEach((k, v) -> out.printf(Locale.ROOT, "  %-62s %s%n", k,
                    v instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : v));
            if (!r.tables().queries().isEmpty()) {
                QueryComparison.print(r.tables().queries(), out);
            }
            if (!r.tables().pages().isEmpty()) {
                SitePages.print(r.tables().pages(), out);
            }
            Map<String, Object> json = new LinkedHashMap<>(r.figures());
            json.put("peer", LmdbPeer.DESCRIPTION);
            json.put("queries", r.tables().queries().stream().map(QueryComparison::json).toList());
            json.put("site pages", r.tables().pages().stream().map(SitePages::json).toList());
            Path result = Home.dir().orElse(Path.of("")).toAbsolutePath().resolve("target").resolve("bench").resolve("scale.json");
            Files.createDirectories(result.getParent());
            Files.writeString(result, org.apache.jena.atlas.json.JSON.toString(JsonFigures.of(json)));
            out.println("figures written to " + result);
            return ExitCodes.OK;
        }
    }
}
