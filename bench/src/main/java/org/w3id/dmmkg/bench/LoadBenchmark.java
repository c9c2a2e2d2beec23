package org.w3id.dmmkg.bench;

import org.w3id.dmmkg.store.ImportListener;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.fuseki.main.FusekiServer;
import org.w3id.dmmkg.server.queries.CannedQuery;
import org.w3id.dmmkg.server.queries.QueryCatalogue;
import org.w3id.dmmkg.store.LetterImport;
import org.w3id.dmmkg.store.Store;
import org.w3id.dmmkg.loader.LetterLoader;

/**
 * A load test against a running server on loopback: clients run saved and heavy queries
 * while the letters are loaded again, over and over, through the server's own dataset.
 * Bounded in time; counts answers, deliberate timeouts (503), errors, and letter graphs seen
 * half-written (there must be none: each letter is one write transaction).
 */
public final class LoadBenchmark {
    /** What the load test saw. */
    public record Result(long answers, long timeouts, long refused, long errors, long late, long inconsistent, int reloads,
            double p50Millis, double p95Millis, double maxMillis, long peakRssKb) {
    }

    static final String HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    /** Catastrophic backtracking for a backtracking engine: 70 s for one query before RE2/J. */
    static final String REGEX_ATTACK = "ASK { FILTER(REGEX(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"(.*a){12}$\")) }";
    /** 27 chained CONCATs, each doubling: four at once ended in OutOfMemoryError before the string bound. */
    static final String CONCAT_ATTACK = concatChain(27);

    static String concatChain(int links) {
        StringBuilder q = new StringBuilder("SELECT (STRLEN(?v" + links + ") AS ?n) { BIND(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" AS ?v0)");
        for (int i = 1; i <= links; i++) {
            q.append(" BIND(CONCAT(?v").append(i - 1).append(", ?v").append(i - 1).append(") AS ?v").append(i).append(')');
        }
        return q.append(" }").toString();
    }
    static final String GRAPH_SIZES = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?g <http://www.w3.org/ns/prov#wasDerivedFrom> ?l . ?s ?p ?o } } GROUP BY ?g";

    private final FusekiServer server;
    private final String base;
    private final long timeoutMillis;
    /** The saved queries that need nothing outside this machine. */
    private final List<CannedQuery> local;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** @param timeoutMillis the server's query timeout: every answer must come within it and a second */
    public LoadBenchmark(FusekiServer server, QueryCatalogue catalogue, long timeoutMillis) {
        this.server = server;
        this.timeoutMillis = timeoutMillis;
        this.base = "http://127.0.0.1:" + server.getHttpPort();
        this.local = catalogue.queries().stream().filter(q -> !q.tags().contains("federated")).toList();
    }

    /**
     * @param fullSizes the size every letter graph has when complete
     */
    public Result run(int clients, Duration duration, LetterLoader loader, List<Path> letters, Set<Long> fullSizes,
            PrintWriter log) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong answers = new AtomicLong();
        AtomicLong timeouts = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong late = new AtomicLong();
        AtomicLong inconsistent = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        Future<Integer> reloads = pool.submit(() -> reloadUntilStopped(loader, letters, running, log));
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            workers.add(pool.submit(() -> {
                int i = client;
                while (running.get()) {
                    long t0 = System.nanoTime();
                    int status = ask(i++, fullSizes, inconsistent, errors, log);
                    long millis = (System.nanoTime() - t0) / 1_000_000;
                    latencies.add(millis);
                    if (millis > timeoutMillis + 1000) {
                        late.incrementAndGet();
                        log.println("load test: an answer took " + millis + " ms, past the timeout and a second");
                    }
                    if (status == 200) {
                        answers.incrementAndGet();
                    } else if (status == 503) {
                        timeouts.incrementAndGet();
                    } else if (status == 400) {
                        refused.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        Thread.sleep(duration.toMillis());
        running.set(false);
        for (Future<?> w : workers) {
            w.get();
        }
        int reloaded = reloads.get();
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(answers.get(), timeouts.get(), refused.get(), errors.get(), late.get(), inconsistent.get(), reloaded,
                percentile(sorted, 50), percentile(sorted, 95), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1),
                Memory.peakRssKb());
    }

    private int reloadUntilStopped(LetterLoader loader, List<Path> letters, AtomicBoolean running, PrintWriter log) {
        Store store = Store.over(org.w3id.dmmkg.server.DmmServer.dataset(server));
        int rounds = 0;
        while (running.get()) {
            LetterImport importer = new LetterImport(loader, store, ImportListener.NONE, true);
            importer.load(letters);
            rounds++;
        }
        return rounds;
    }

    /**
     * One request, in turn: a saved query, the heavy cross product (cut by the timeout: 503), the
     * REGEX attack (answered), the CONCAT attack (refused: 400), or the graph-size check.
     */
    private int ask(int i, Set<Long> fullSizes, AtomicLong inconsistent, AtomicLong errors, PrintWriter log) {
        try {
            HttpResponse<String> r;
            boolean attack = i % 10 == 7;
            if (i % 10 == 9) {
                r = sparql(HEAVY, "text/csv");
            } else if (i % 10 == 8) {
                r = sparql(REGEX_ATTACK, "text/csv");
            } else if (attack) {
                r = sparql(CONCAT_ATTACK, "text/csv");
            } else if (i % 10 == 0) {
                r = sparql(GRAPH_SIZES, "text/csv");
                if (r.statusCode() == 200) {
                    r.body().lines().skip(1).map(l -> Long.parseLong(l.substring(l.lastIndexOf(',') + 1).strip()))
                            .filter(n -> !fullSizes.contains(n)).forEach(n -> inconsistent.incrementAndGet());
                }
            } else {
                CannedQuery q = local.get(i % local.size());
                r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/queries/" + q.name() + ".csv?"
                        + q.defaultsAsQueryString())).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            }
            if (r.statusCode() != 200 && r.statusCode() != 503 && !(attack && r.statusCode() == 400)) {
                errors.incrementAndGet();
                log.println("load test: HTTP " + r.statusCode() + ": " + r.body().lines().findFirst().orElse(""));
            }
            return r.statusCode();
        } catch (Exception e) {
            errors.incrementAndGet();
            log.println("load test: " + e);
            return -1;
        }
    }

    private HttpResponse<String> sparql(String query, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/dmm/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", accept)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
