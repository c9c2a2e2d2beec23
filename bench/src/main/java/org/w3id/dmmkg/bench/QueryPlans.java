package org.w3id.dmmkg.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.w3id.dmmkg.cli.ExitCodes;
import org.w3id.dmmkg.cli.Home;
import org.w3id.dmmkg.server.ServerSettings;
import org.w3id.dmmkg.server.queries.CannedQuery;
import org.w3id.dmmkg.server.queries.QueryBinder;
import org.w3id.dmmkg.server.queries.QueryCatalogue;
import org.w3id.dmmkg.server.queries.QueryRunner;
import org.w3id.dmmkg.store.Store;
import org.w3id.dmmkg.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dmm-kg bench plans}: every saved query run in-process on a built store, the median of
 * several runs (wall and CPU time) and the rows (the first page the server answers, or with
 * {@code --all} every row), optionally with the optimised algebra, so that a rewrite can be read
 * and timed against the same store. The queries take turns, round by round, after untimed
 * warm-up rounds. Queries that call another service are left out.
 */
@Command(name = "plans", mixinStandardHelpOptions = true,
        description = "Time every saved query in-process on a store (median of rounds, wall and CPU time, rows); --plan prints each optimised algebra.")
final class QueryPlans implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", required = true, description = "The store to query.")
    Path store;

    @Option(names = "--queries", description = "Folder of saved queries. Default: the checkout's queries/")
    Path queries;

    @Option(names = "--rounds", defaultValue = "5", description = "Timed runs per query. Default: ${DEFAULT-VALUE}")
    int rounds;

    @Option(names = "--timeout", defaultValue = "30", description = "Seconds before a run is cut. Default: ${DEFAULT-VALUE}")
    int timeout;

    @Option(names = "--only", defaultValue = ".*", description = "Only the queries whose name matches this pattern.")
    Pattern only;

    @Option(names = "--all", description = "Every row, not the first page the server answers by default.")
    boolean all;

    @Option(names = "--plan", description = "Print each query's optimised algebra.")
    boolean plan;

    @Option(names = "--warmup", defaultValue = "3",
            description = "Untimed runs of every chosen query before any is timed. Default: ${DEFAULT-VALUE}")
    int warmup;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        QueryCatalogue catalogue = QueryCatalogue.read(queries == null ? Home.queries() : queries);
        Map<String, Query> chosen = new java.util.LinkedHashMap<>();
        for (CannedQuery q : catalogue.queries()) {
            if (only.matcher(q.name()).matches() && !q.text().contains("SERVICE")) {
                chosen.put(q.name(), all ? QueryBinder.bind(q, Map.of()) : FirstPage.bound(q, ServerSettings.DEFAULT_MAX_RESULTS));
            }
        }
        try (Store s = Store.open(StoreConfig.bundled(store))) {
            DatasetGraph dsg = s.dataset().asDatasetGraph();
            if (plan) {
                chosen.forEach((name, query) -> out.print("== " + name + "\n" + Algebra.optimize(Algebra.compile(query))));
            }
            Map<String, Timings> timings = new java.util.LinkedHashMap<>();
            chosen.keySet().forEach(name -> timings.put(name, new Timings()));
            // Round by round, every query once in each: warm-up and drifts in the machine's load
            // fall on every query alike, not on the first or the last.
            for (int round = -warmup; round < rounds; round++) {
                for (var e : chosen.entrySet()) {
                    timings.get(e.getKey()).run(dsg, e.getValue(), round >= 0);
                }
            }
            timings.forEach((name, t) -> out.println(t.report(name, timeout)));
        }
        return ExitCodes.OK;
    }

    /** One query's timed runs: wall time, and the CPU time of the thread that ran it (less swayed by other work). */
    private final class Timings {
        private final java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        private final List<Long> millis = new ArrayList<>();
        private final List<Long> cpuMicros = new ArrayList<>();
        private long rows = -1;
        private boolean timedOut;

        void run(DatasetGraph dsg, Query query, boolean timed) {
            if (timedOut) {
                return;
            }
            long t0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            try {
                rows = Txn.calculateRead(dsg, () -> count(dsg, query));
            } catch (QueryCancelledException e) {
                timedOut = true;
                return;
            }
            if (timed) {
                cpuMicros.add((cpu.getCurrentThreadCpuTime() - c0) / 1_000);
                millis.add((System.nanoTime() - t0) / 1_000_000);
            }
        }

        String report(String name, int timeoutSeconds) {
            if (timedOut || millis.isEmpty()) {
                return String.format(Locale.ROOT, "%-34s timed out after %d s", name, timeoutSeconds);
            }
            Collections.sort(millis);
            Collections.sort(cpuMicros);
            return String.format(Locale.ROOT, "%-34s median %7d ms  min %7d ms  cpu median %8.1f ms  rows %7d", name,
                    millis.get(millis.size() / 2), millis.get(0), cpuMicros.get(cpuMicros.size() / 2) / 1000.0, rows);
        }
    }

    private long count(DatasetGraph dsg, Query query) {
        long n = 0;
        QueryExecBuilder builder = QueryExec.dataset(dsg).query(query);
        builder.timeout(timeout * 1000L);
        QueryRunner.planSettings(query, builder::set);
        try (QueryExec qe = builder.build()) {
            RowSet rs = qe.select();
            while (rs.hasNext()) {
                rs.next();
                n++;
            }
        }
        return n;
    }
}
