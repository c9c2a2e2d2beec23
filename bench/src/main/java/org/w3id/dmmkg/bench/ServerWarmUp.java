package org.w3id.dmmkg.bench;

import java.io.PrintWriter;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3id.dmmkg.server.queries.CannedQuery;
import org.w3id.dmmkg.server.queries.QueryCatalogue;

/**
 * Brings both servers to a steady state before any saved query is timed: rounds of one client,
 * then passes under the timed load until the JIT's compiler is nearly idle, then a wait for
 * the compiler to fall quiet. Both servers and the clients share one JVM, so both get the same.
 */
final class ServerWarmUp {
    private static final int CLIENTS = QueryComparison.CLIENTS;
    private static final int REQUESTS_PER_CLIENT = QueryComparison.REQUESTS_PER_CLIENT;

    private final QueryLatency client;
    private final Limits limits;

    ServerWarmUp(QueryLatency client, Limits limits) {
        this.client = client;
        this.limits = limits;
    }

    /**
     * Rounds of every saved query on both servers before any is timed: otherwise the first
     * queries in the table pay for compiling the code every query runs, and the last do not,
     * and each query's own code is timed before the JIT has compiled it (at 10,000 letters,
     * {@code ministers-per-meeting} answered one client in 112 ms after two rounds, in 24 ms
     * after two hundred requests). A query that times out on a server is not sent to it again.
     */
    static final int WARM_UP_ROUNDS = 10;

    /**
     * How long the passes of every saved query under the timed load (as many clients and
     * requests as {@link QueryComparison} times) go on, after the rounds of one client. A server
     * compiles much of its code only once it has seen that load, and with two cores the JVM has
     * one thread for its optimising compiler, which works through its queue for minutes: at
     * 1,000 letters, after ten rounds of one client and two quiet seconds, eight passes of
     * sixteen queries at eight clients (7 to 10 s each) kept the compiler busy for 8.9, 7.8,
     * 4.2, 4.5, 3.9, 2.9, 3.3 and 2.0 s, and the compiler's time is taken from the query being
     * timed (the first in the table missed its target in every run). Passes go on until one in
     * which the compiler was busy for less than {@code steadyShare} of the pass's time, at most
     * {@code maxPasses} or until {@code atMost} has passed.
     */
    record Limits(int maxPasses, Duration atMost, double steadyShare) {
        static final Limits DEFAULT = new Limits(20, Duration.ofMinutes(8), 0.10);
    }

    /** What the warm-up sent: answers 200 in the rounds of one client, and the passes under load it took. */
    record WarmUp(int answered, int loadPasses) {
    }

    /** @param peerBase null when dmm-kg is timed alone */
    WarmUp run(QueryCatalogue catalogue, QueryComparison.PeerPlan plan, String oursBase, String peerBase,
            PrintWriter log) throws Exception {
        long t0 = System.nanoTime();
        int answered = 0;
        Set<String> timedOut = new LinkedHashSet<>();
        List<String> urls = warmUpUrls(catalogue, plan, oursBase, peerBase);
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (String url : urls) {
                answered += warm(url, timedOut);
            }
        }
        log.printf(Locale.ROOT, "  warm-up: %d rounds of every saved query on both servers, untimed, "
                + "none again once timed out (%.1f s)%n", WARM_UP_ROUNDS, (System.nanoTime() - t0) / 1e9);
        log.flush();
        int passes = loadPasses(urls, timedOut, log);
        long settled = settle(SETTLED, SETTLE_AT_MOST);
        if (settled < SETTLE_AT_MOST.toNanos()) {
            log.printf(Locale.ROOT, "  settled: no code compiled for %.0f s, %.1f s after the warm-up%n",
                    SETTLED.toMillis() / 1e3, settled / 1e9);
        } else {
            log.printf(Locale.ROOT, "  not settled: still compiling code %.0f s after the warm-up; timed anyway%n",
                    settled / 1e9);
        }
        log.flush();
        return new WarmUp(answered, passes);
    }

    /** Every saved query's first page on both servers (the peer's where it runs it), not the federated. */
    private static List<String> warmUpUrls(QueryCatalogue catalogue, QueryComparison.PeerPlan plan, String oursBase,
            String peerBase) {
        List<String> urls = new ArrayList<>();
        for (CannedQuery q : catalogue.queries()) {
            if (plan.federated().contains(q.name())) {
                continue;
            }
            urls.add(oursBase + FirstPage.apiPath(q));
            if (peerBase != null && plan.queries().containsKey(q.name())) {
                urls.add(peerBase + "/api/queries/" + q.name() + ".csv");
            }
        }
        return urls;
    }

    /** @return the passes sent; each is logged with how busy the compiler was during it */
    private int loadPasses(List<String> urls, Set<String> timedOut, PrintWriter log) throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean monitored = jit != null && jit.isCompilationTimeMonitoringSupported();
        long start = System.nanoTime();
        int pass = 0;
        while (pass < limits.maxPasses() && System.nanoTime() - start < limits.atMost().toNanos()) {
            pass++;
            long compiled = monitored ? jit.getTotalCompilationTime() : 0;
            long t0 = System.nanoTime();
            for (String url : urls) {
                if (!timedOut.contains(url) && client.measure(url, CLIENTS, REQUESTS_PER_CLIENT).timeouts() > 0) {
                    timedOut.add(url);
                }
            }
            double millis = (System.nanoTime() - t0) / 1e6;
            double share = monitored ? (jit.getTotalCompilationTime() - compiled) / millis : 0;
            log.printf(Locale.ROOT, "  warm-up pass %d under load (%d clients × %d requests of each query): "
                    + "%.1f s, compiler busy for %.0f%% of it%n", pass, CLIENTS, REQUESTS_PER_CLIENT, millis / 1e3,
                    100 * share);
            log.flush();
            if (!monitored) {
                log.println("  this JVM does not report its compiler's time: one pass under load only");
                return pass;
            }
            if (share < limits.steadyShare()) {
                return pass;
            }
        }
        log.printf(Locale.ROOT, "  warm-up under load stopped after %d passes (%.0f s): the compiler had not settled%n",
                pass, (System.nanoTime() - start) / 1e9);
        return pass;
    }

    /** @return 1 when {@code url} was answered 200; a URL once timed out is not asked again */
    private int warm(String url, Set<String> timedOut) throws InterruptedException {
        if (timedOut.contains(url)) {
            return 0;
        }
        QueryLatency.Answer a = client.get(url);
        if (a.timedOut()) {
            timedOut.add(url);
        }
        return a.status() == 200 ? 1 : 0;
    }

    /** How long the JIT must have compiled nothing before the first query is timed. */
    static final Duration SETTLED = Duration.ofSeconds(2);
    private static final Duration SETTLE_AT_MOST = Duration.ofSeconds(30);

    /**
     * Waits until the JVM has compiled no code for {@code quiet}, at most {@code atMost}: the
     * warm-up leaves compilations queued, and on two cores the compiler threads would otherwise
     * take their time from the first query timed (the same one, first in the table, in every
     * run). The servers and their clients share this JVM, so the wait is the same for both.
     *
     * @return nanoseconds waited
     */
    static long settle(Duration quiet, Duration atMost) throws InterruptedException {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long t0 = System.nanoTime();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            Thread.sleep(quiet.toMillis());
            return System.nanoTime() - t0;
        }
        long before = jit.getTotalCompilationTime();
        long quietSince = System.nanoTime();
        while (System.nanoTime() - quietSince < quiet.toNanos() && System.nanoTime() - t0 < atMost.toNanos()) {
            Thread.sleep(100);
            long now = jit.getTotalCompilationTime();
            if (now != before) {
                before = now;
                quietSince = System.nanoTime();
            }
        }
        return System.nanoTime() - t0;
    }
}
