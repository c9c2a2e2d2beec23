package org.w3id.dmmkg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Latency of one GET over HTTP on loopback, with one client or several at once. A request
 * answered 503 (the server's query timeout) or not answered within {@link #CLIENT_TIMEOUT} is
 * a timeout, counted and timed as long as it took; a measurement stops sending new requests
 * after {@link #BUDGET}, so a slow query cannot hang the run.
 */
final class QueryLatency {
    /** Longer than the servers' 10 s query timeout, so that their own 503 arrives first. */
    static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(15);
    /** Wall time after which the clients send no new request. */
    static final Duration BUDGET = Duration.ofSeconds(60);

    /** Percentiles in milliseconds over every request; timeouts; other failures (not 200, or no answer). */
    record Figures(double p50, double p95, double max, int requests, int timeouts, int errors) {
    }

    /** One answer: its status (0 when none came) and body. */
    record Answer(int status, byte[] body) {
        boolean timedOut() {
            return status == 503 || status == 0;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String accept;

    /** @param accept the {@code Accept} header of every request */
    QueryLatency(String accept) {
        this.accept = accept;
    }

    /** One request, untimed: what the server answers. */
    Answer get(String url) throws InterruptedException {
        try {
            HttpResponse<byte[]> r = http.send(request(url), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), r.body());
        } catch (HttpTimeoutException e) {
            return new Answer(0, new byte[0]);
        } catch (IOException e) {
            return new Answer(-1, e.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    Figures measure(String url, int clients, int requestsPerClient) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        List<Future<int[]>> results = new ArrayList<>();
        long stop = System.nanoTime() + BUDGET.toNanos();
        for (int c = 0; c < clients; c++) {
            results.add(pool.submit(() -> {
                int[] failed = new int[2];
                for (int i = 0; i < requestsPerClient && System.nanoTime() < stop; i++) {
                    long t0 = System.nanoTime();
                    Answer a = get(url);
                    micros.add((System.nanoTime() - t0) / 1_000);
                    failed[0] += a.timedOut() ? 1 : 0;
                    failed[1] += a.status() == 200 || a.timedOut() ? 0 : 1;
                }
                return failed;
            }));
        }
        int timeouts = 0;
        int errors = 0;
        for (Future<int[]> f : results) {
            timeouts += f.get()[0];
            errors += f.get()[1];
        }
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return new Figures(LoadBenchmark.percentile(sorted, 50) / 1000.0, LoadBenchmark.percentile(sorted, 95) / 1000.0,
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1000.0, sorted.size(), timeouts, errors);
    }

    private HttpRequest request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(CLIENT_TIMEOUT).header("Accept", accept).build();
    }
}
