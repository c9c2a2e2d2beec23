package org.w3id.dmmkg.bench;

import org.w3id.dmmkg.store.ImportListener;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.w3id.dmmkg.cli.Home;
import org.w3id.dmmkg.cli.StoreLoad;
import org.w3id.dmmkg.store.describe.Dumps;
import org.w3id.dmmkg.server.queries.QueryCatalogue;
import org.w3id.dmmkg.server.ServerSettings;
import org.w3id.dmmkg.store.LetterImport;
import org.w3id.dmmkg.store.Store;
import org.w3id.dmmkg.store.StoreConfig;
import org.w3id.dmmkg.store.StoreGraphs;
import org.w3id.dmmkg.loader.LetterLoader;

/**
 * The whole path at scale: a generated corpus loaded end to end into an empty store, the same
 * quads bulk-loaded by TDB2 alone and loaded into the peer (RDF4J's LMDB store) for comparison,
 * every saved query timed on both with one and with eight clients, the site's pages under eight
 * clients, the server's start to first answer, and peak memory.
 */
public final class ScaleBenchmark {
    private final LetterLoader loader;
    private final PrintWriter log;
    private final java.util.Set<String> skip;

    /** @param skip steps to leave out: {@code bulk}, {@code peer}, {@code queries}, {@code pages} */
    public ScaleBenchmark(LetterLoader loader, PrintWriter log, java.util.Set<String> skip) {
        this.loader = loader;
        this.log = log;
        this.skip = java.util.Set.copyOf(skip);
    }

    /** The figures (name to number or text) and the tables. */
    record Result(Map<String, Object> figures, ServerMeasurement.Tables tables) {
    }

    Result run(List<Path> corpus, Path work) throws Exception {
        Map<String, Object> f = new LinkedHashMap<>();
        long bytes = 0;
        for (Path p : corpus) {
            bytes += Files.size(p);
        }
        f.put("letters", corpus.size());
        f.put("corpus MB", bytes / 1e6);
        ExtractionBenchmark.Result ex = new ExtractionBenchmark(loader).run(corpus.subList(0, Math.min(300, corpus.size())),
                Warmup.DEFAULT, 5);
        f.put("extraction MB/s (one thread, median of 5)", ex.megabytesPerSecond());
        f.put("extraction MB/s of its CPU time", ex.megabytesPerCpuSecond());
        f.put("extraction warm-up rounds", ex.warmup().rounds());
        f.put("extraction warm-up s", ex.warmup().seconds());

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
            // Parts of the load timed again on their own: the description, summary and statistics it ends with.
            long d0 = System.nanoTime();
            StoreGraphs.writeDescription(s, ServerSettings.DEFAULT_LOCAL_URL);
            f.put("description at the end of a load s", (System.nanoTime() - d0) / 1e9);
            long c0 = System.nanoTime();
            f.put("summary triples", org.w3id.dmmkg.store.describe.CorpusSummary.write(s));
            f.put("summary at the end of a load s", (System.nanoTime() - c0) / 1e9);
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

        Path nq = work.resolve("all.nq");
        if (!skip.containsAll(java.util.Set.of("bulk", "peer"))) {
            exportQuads(store, nq);
        }
        if (!skip.contains("bulk")) {
            double bulk = bulkLoad(nq, work.resolve("bulk"));
            f.put("TDB2 bulk load of the same quads s", bulk);
            f.put("end to end / bulk", load / bulk);
        }
        QueryCatalogue catalogue = QueryCatalogue.read(Home.queries());
        QueryComparison.PeerPlan plan = QueryComparison.plan(catalogue, ServerSettings.DEFAULT_MAX_RESULTS);
        ServerMeasurement.Tables tables;
        try (LmdbPeer peer = skip.contains("peer") ? null : loadPeer(plan, nq, work, f)) {
            tables = new ServerMeasurement(store, catalogue, skip, log).run(peer, plan, f);
        }
        f.put("peak RSS MiB", Memory.peakRssKb() / 1024);
        return new Result(f, tables);
    }

    private static void exportQuads(Path store, Path nq) throws Exception {
        try (Store s = Store.create(StoreConfig.read(Home.config(), store)); OutputStream out = Files.newOutputStream(nq)) {
            Txn.executeRead(s.dataset(), () -> Dumps.write(s.dataset().asDatasetGraph(), RDFFormat.NQUADS, out));
        }
    }

    private LmdbPeer loadPeer(QueryComparison.PeerPlan plan, Path nq, Path work, Map<String, Object> f) throws Exception {
        LmdbPeer peer = LmdbPeer.load(work.resolve("peer"), nq, plan.queries());
        f.put("peer (RDF4J LMDB) load of the same quads s", peer.loadTimes().totalSeconds());
        f.put("peer load: the quads into their named graphs s", peer.loadTimes().quadsSeconds());
        f.put("peer load: their triples deduplicated as its default graph s", peer.loadTimes().defaultGraphSeconds());
        log.printf(java.util.Locale.ROOT, "  peer loaded in %.1f s%n", peer.loadTimes().totalSeconds());
        log.flush();
        return peer;
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
}
