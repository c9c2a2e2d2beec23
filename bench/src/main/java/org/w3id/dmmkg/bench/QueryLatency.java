package org.w3id.dmmkg.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.w3id.dmmkg.server.queries.CannedQuery;

/** Latency of one saved query over HTTP on loopback, with one client or several at once. */
final class QueryLatency {
    /** Percentiles in milliseconds, and how many requests failed. */
    record Figures(double p50, double p95, double max, int errors) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    QueryLatency(String base) {
        this.base = base;
    }

    Figures measure(CannedQuery q, int clients, int requestsPerClient) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        List<Future<Integer>> results = new ArrayList<>();
        String url = base + "/api/queries/" + q.name() + ".csv?" + q.defaultsAsQueryString();
        for (int c = 0; c < clients; c++) {
            results.add(pool.submit(() -> {
                int errors = 0;
                for (int i = 0; i < requestsPerClient; i++) {
                    long t0 = System.nanoTime();
                    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                            .build(), HttpResponse.BodyHandlers.discarding());
                    times.add((System.nanoTime() - t0) / 1_000);
                    errors += r.statusCode() == 200 ? 0 : 1;
                }
                return errors;
            }));
        }
        int errors = 0;
        for (Future<Integer> f : results) {
            errors += f.get();
        }
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return new Figures(LoadBenchmark.percentile(sorted, 50) / 1000.0, LoadBenchmark.percentile(sorted, 95) / 1000.0,
                sorted.get(sorted.size() - 1) / 1000.0, errors);
    }

}
