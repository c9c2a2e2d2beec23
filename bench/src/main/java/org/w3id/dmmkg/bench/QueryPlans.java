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
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.w3id.dmmkg.cli.ExitCodes;
import org.w3id.dmmkg.cli.Home;
import org.w3id.dmmkg.server.ServerSettings;
import org.w3id.dmmkg.server.queries.CannedQuery;
import org.w3id.dmmkg.server.queries.QueryBinder;
import org.w3id.dmmkg.server.queries.QueryCatalogue;
import org.w3id.dmmkg.store.Store;
import org.w3id.dmmkg.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dmm-kg bench plans}: every saved query run in-process on a built store, the median of
 * several runs and the rows (the first page the server answers, or with {@code --all} every row),
 * optionally with the optimised algebra, so that a rewrite can be
 * read and timed against the same store. Queries that call another service are left out.
 */
@Command(name = "plans", mixinStandardHelpOptions = true,
        description = "Time every saved query in-process on a store (median of rounds, rows); --plan prints each optimised algebra.")
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

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        QueryCatalogue catalogue = QueryCatalogue.read(queries == null ? Home.queries() : queries);
        try (Store s = Store.open(StoreConfig.bundled(store))) {
            DatasetGraph dsg = s.dataset().asDatasetGraph();
            for (CannedQuery q : catalogue.queries()) {
                if (!only.matcher(q.name()).matches() || q.text().contains("SERVICE")) {
                    continue;
                }
                Query query = all ? QueryBinder.bind(q, Map.of()) : FirstPage.bound(q, ServerSettings.DEFAULT_MAX_RESULTS);
                if (plan) {
                    out.println("== " + q.name());
                    out.print(Algebra.optimize(Algebra.compile(query)));
                }
                out.println(time(dsg, q.name(), query));
                out.flush();
            }
        }
        return ExitCodes.OK;
    }

    private String time(DatasetGraph dsg, String name, Query query) {
        List<Long> millis = new ArrayList<>();
        long rows = -1;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            try {
                rows = Txn.calculateRead(dsg, () -> count(dsg, query));
            } catch (QueryCancelledException e) {
                return String.format(Locale.ROOT, "%-34s timed out after %d s", name, timeout);
            }
            millis.add((System.nanoTime() - t0) / 1_000_000);
        }
        Collections.sort(millis);
        return String.format(Locale.ROOT, "%-34s median %7d ms  min %7d ms  rows %7d", name, millis.get(millis.size() / 2),
                millis.get(0), rows);
    }

    private long count(DatasetGraph dsg, Query query) {
        long n = 0;
        try (QueryExec qe = QueryExec.dataset(dsg).query(query).timeout(timeout * 1000L).build()) {
            RowSet rs = qe.select();
            while (rs.hasNext()) {
                rs.next();
                n++;
            }
        }
        return n;
    }
}
