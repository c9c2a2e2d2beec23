package org.w3id.dmmkg.bench;

import org.w3id.dmmkg.store.ImportListener;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.w3id.dmmkg.cli.Home;
import org.w3id.dmmkg.cli.StoreLoad;
import org.w3id.dmmkg.store.describe.Dumps;
import org.w3id.dmmkg.server.queries.CannedQuery;
import org.w3id.dmmkg.server.queries.QueryCatalogue;
import org.w3id.dmmkg.server.DmmServer;
import org.w3id.dmmkg.server.ServerSettings;
import org.w3id.dmmkg.store.LetterImport;
import org.w3id.dmmkg.store.Store;
import org.w3id.dmmkg.store.StoreConfig;
import org.w3id.dmmkg.store.StoreGraphs;
import org.w3id.dmmkg.loader.LetterLoader;

/**
 * The whole path at scale: a generated corpus loaded end to end into an empty store, the same
 * quads bulk-loaded by TDB2 alone for comparison, every saved query timed with one and with
 * eight clients, the server's start to first answer, and peak memory.
 */
public final class ScaleBenchmark {
    private final LetterLoader loader;
    private final PrintWriter log;
    private final java.util.Set<String> skip;

    /** @param skip steps to leave out: {@code bulk}, {@code queries} */
    public ScaleBenchmark(LetterLoader loader, PrintWriter log, java.util.Set<String> skip) {
        this.loader = loader;
        this.log = log;
        this.skip = java.util.Set.copyOf(skip);
    }

    public Map<String, Object> run(List<Path> corpus, Path work) throws Exception {
        Map<String, Object> f = new LinkedHashMap<>();
        long bytes = 0;
        for (Path p : corpus) {
            bytes += Files.size(p);
        }
        f.put("letters", corpus.size());
        f.put("corpus MB", bytes / 1e6);
        ExtractionBenchmark.Result ex = new ExtractionBenchmark(loader).run(corpus.subList(0, Math.min(300, corpus.size())), 3, 5);
        f.put("extraction MB/s (one thread, median of 5)", ex.megabytesPerSecond());

        Path store = work.resolve("store");
        long t0 = System.nanoTime();
        try (Store s = Store.create(StoreConfig.read(Home.config(), store))) {
            // What 'load' does: letters, text index, VoID description, statistics.
            LetterImport importer = StoreLoad.run(s, loader, corpus, ImportListener.NONE, false, LetterImport.DEFAULT_BATCH);
            f.put("load went through the bulk loader", importer.bulk());
        }
        double load = (System.nanoTime() - t0) / 1e9;
        long triples;
        try (Store s = Store.create(StoreConfig.read(Home.config(), store))) {
            triples = s.countQuads();
            // Parts of the load timed again on their own: the description and the statistics it ends with.
            long d0 = System.nanoTime();
            StoreGraphs.writeDescription(s, ServerSettings.DEFAULT_LOCAL_URL);
            f.put("description at the end of a load s", (System.nanoTime() - d0) / 1e9);
            long st0 = System.nanoTime();
            s.writeStatistics();
            f.put("statistics at the end of a load s", (System.nanoTime() - st0) / 1e9);
            long r0 = System.nanoTime();
            int rows = Txn.calculateRead(s.dataset(), () -> org.w3id.dmmkg.store.describe.CoverageReport
                    .letters(s.dataset().asDatasetGraph()).size());
            f.put("coverage report (the report command's query) s", (System.nanoTime() - r0) / 1e9);
            f.put("coverage report rows", rows);
        }
        f.put("load end to end s", load);
        f.put("letters/s", corpus.size() / load);
        f.put("triples", triples);
        f.put("triples/s", triples / load);
        f.put("triples per letter", (double) triples / corpus.size());

        if (!skip.contains("bulk")) {
            bulk(store, work, load, f);
        }
        measureServer(store, f);
        f.put("peak RSS MiB", Memory.peakRssKb() / 1024);
        return f;
    }

    private void bulk(Path store, Path work, double load, Map<String, Object> f) throws Exception {
        Path nq = work.resolve("all.nq");
        try (Store s = Store.create(StoreConfig.read(Home.config(), store)); OutputStream out = Files.newOutputStream(nq)) {
            Txn.executeRead(s.dataset(), () -> Dumps.write(s.dataset().asDatasetGraph(), RDFFormat.NQUADS, out));
        }
        double bulk = bulkLoad(nq, work.resolve("bulk"));
        f.put("TDB2 bulk load of the same quads s", bulk);
        f.put("end to end / bulk", load / bulk);
    }

    /** Three requests for one page: the status and time of each (the first may fill a cache). */
    private void timePage(String base, String page, Map<String, Object> f) throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        StringBuilder figures = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            var r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + page)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            figures.append(i == 0 ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%d in %.2f s (%d bytes)",
                    r.statusCode(), (System.nanoTime() - t0) / 1e9, r.body().length));
        }
        f.put("GET " + page, figures.toString());
        log.println("  GET " + page + ": " + figures);
        log.flush();
    }

    private static double bulkLoad(Path nq, Path location) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(location.toString());
        long t0 = System.nanoTime();
        DataLoader bulk = LoaderFactory.basicLoader(dsg, (fmt, args) -> { });
        bulk.startBulk();
        bulk.load(nq.toString());
        bulk.finishBulk();
        double seconds = (System.nanoTime() - t0) / 1e9;
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        return seconds;
    }

    private void measureServer(Path store, Map<String, Object> f) throws Exception {
        QueryCatalogue catalogue = QueryCatalogue.read(Home.queries());
        long t0 = System.nanoTime();
        FusekiServer server = DmmServer.build(StoreConfig.read(Home.config(), store), ServerSettings.loopback(0), catalogue);
        server.start();
        DatasetGraph dsg = DmmServer.dataset(server);
        Txn.executeRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg))
                    .query("ASK { ?s ?p ?o }").build()) {
                qe.execAsk();
            }
        });
        f.put("server start to first answer s", (System.nanoTime() - t0) / 1e9);
        try {
            String base = "http://127.0.0.1:" + server.getHttpPort();
            for (String page : new String[] {"/report", "/.well-known/void"}) {
                timePage(base, page, f);
            }
            if (skip.contains("queries")) {
                return;
            }
            QueryLatency latency = new QueryLatency("http://127.0.0.1:" + server.getHttpPort());
            for (CannedQuery q : catalogue.queries()) {
                if (q.tags().contains("federated")) {
                    continue;
                }
                latency.measure(q, 1, 2);
                QueryLatency.Figures one = latency.measure(q, 1, 10);
                QueryLatency.Figures eight = latency.measure(q, 8, 5);
                f.put("query " + q.name(), Map.of("1 client p50 ms", one.p50(), "1 client p95 ms", one.p95(),
                        "1 client max ms", one.max(), "8 clients p50 ms", eight.p50(), "8 clients p95 ms", eight.p95(),
                        "8 clients max ms", eight.max(), "errors", one.errors() + eight.errors()));
                log.printf(java.util.Locale.ROOT, "  %-34s 1 client p50 %7.1f p95 %7.1f | 8 clients p50 %7.1f p95 %7.1f max %7.1f ms%n",
                        q.name(), one.p50(), one.p95(), eight.p50(), eight.p95(), eight.max());
                log.flush();
            }
        } finally {
            server.stop();
        }
    }
}
