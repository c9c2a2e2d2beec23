package org.w3id.dmmkg.bench;

import org.w3id.dmmkg.cli.Loaders;
import org.w3id.dmmkg.store.QuadCollector;
import org.w3id.dmmkg.server.queries.CatalogueRdf;
import org.w3id.dmmkg.store.ImportListener;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.Quad;
import org.w3id.dmmkg.cli.ExitCodes;
import org.w3id.dmmkg.cli.Home;
import org.w3id.dmmkg.server.queries.QueryCatalogue;
import org.w3id.dmmkg.server.DmmServer;
import org.w3id.dmmkg.server.ServerSettings;
import org.w3id.dmmkg.store.LetterImport;
import org.w3id.dmmkg.store.StoreGraphs;
import org.w3id.dmmkg.store.Store;
import org.w3id.dmmkg.store.StoreConfig;
import org.w3id.dmmkg.loader.LetterLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dmm-kg bench load}: clients against a server on loopback while the letters load again. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load test on 127.0.0.1: concurrent clients run saved and heavy queries against a server on a "
            + "fresh store while the letters are loaded again and again; bounded in time.",
            "Exit 1 when any request failed other than by the deliberate timeout, or a half-written letter was seen."})
final class LoadBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--clients", defaultValue = "8", description = "Concurrent clients. Default: ${DEFAULT-VALUE}")
    int clients;

    @Option(names = "--seconds", defaultValue = "60", description = "How long. Default: ${DEFAULT-VALUE}")
    int seconds;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Letters to load. Default: seeds/")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> letters = ExtractionBenchmark.files(paths == null ? List.of(Home.seeds()) : paths);
        LetterLoader loader = Loaders.create(LetterLoader.DEFAULT_MAX_BYTES);
        Path store = Files.createTempDirectory("dmm-kg-load-test");
        QueryCatalogue catalogue = QueryCatalogue.read(Home.queries());
        StoreConfig config = StoreConfig.read(Home.config(), store);
        FusekiServer server = DmmServer.build(config, ServerSettings.loopback(0), catalogue);
        Store s = Store.over(DmmServer.dataset(server));
        StoreGraphs.writeReferenceGraphs(loader, s);
        CatalogueRdf.writeTo(s, catalogue);
        new LetterImport(loader, s, ImportListener.NONE).load(letters);
        server.start();
        try {
            LoadBenchmark.Result r = new LoadBenchmark(server, catalogue, config.queryTimeoutMillis()).run(clients, Duration.ofSeconds(seconds),
                    loader, letters, fullSizes(loader, letters), spec.commandLine().getErr());
            out.printf(Locale.ROOT, "load test: %d clients for %d s on 127.0.0.1, %d letters reloaded %d times: "
                    + "%d answers, %d timeouts (503, deliberate), %d refused (400, the CONCAT attack), %d errors, "
                    + "%d answers later than the timeout + 1 s, %d half-written letters seen; "
                    + "latency p50 %.0f ms, p95 %.0f ms, max %.0f ms; peak RSS %d MiB%n", clients, seconds,
                    letters.size(), r.reloads(), r.answers(), r.timeouts(), r.refused(), r.errors(), r.late(),
                    r.inconsistent(), r.p50Millis(), r.p95Millis(), r.maxMillis(), r.peakRssKb() / 1024);
            return r.errors() == 0 && r.late() == 0 && r.inconsistent() == 0 && r.answers() > 0 ? ExitCodes.OK
                    : ExitCodes.FAILED;
        } finally {
            server.stop();
        }
    }

    /** The number of distinct quads each letter's graph holds when complete. */
    private static Set<Long> fullSizes(LetterLoader loader, List<Path> letters) throws Exception {
        Set<Long> sizes = new HashSet<>();
        for (Path p : letters) {
            QuadCollector sink = new QuadCollector();
            loader.load(p, sink);
            List<Quad> distinct = List.copyOf(new java.util.LinkedHashSet<Quad>(sink.quads()));
            // What stays in the letter's graph once its entity facts are routed to graph/entities.
            sizes.add((long) org.w3id.dmmkg.store.EntityFacts.route(distinct.get(0).getGraph(), distinct, t -> false)
                    .letter().size());
        }
        return sizes;
    }
}
