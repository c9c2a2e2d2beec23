package org.w3id.dmmkg.server.queries;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;

/** Runs a saved query with its parameters bound, in a read transaction, and writes the results. */
public final class QueryRunner {
    private final Dataset dataset;
    private final long timeoutMillis;
    private final long maxResults;

    /** @param timeoutMillis a query is cut off after this long; 0 for no limit */
    public QueryRunner(Dataset dataset, long timeoutMillis) {
        this(dataset, timeoutMillis, 0);
    }

    /** @param maxResults results are cut at this many rows; 0 for no ceiling */
    public QueryRunner(Dataset dataset, long timeoutMillis, long maxResults) {
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
        this.maxResults = maxResults;
    }

    public void run(CannedQuery q, Map<String, List<String>> values, ResultFormat format, OutputStream out) {
        run(QueryBinder.bind(q, values), format, out);
    }

    /**
     * The first rows of a SELECT query's results, for a page to show.
     *
     * @param vars      the result's variables
     * @param rows      at most the rows asked for
     * @param truncated whether the query had more
     */
    public record Rows(List<String> vars, List<org.apache.jena.query.QuerySolution> rows, boolean truncated) {
    }

    /** At most {@code maxRows} rows of a SELECT query, in a read transaction, within the timeout. */
    public Rows select(Query query, int maxRows) {
        if (!query.isSelectType()) {
            throw new IllegalArgumentException("only SELECT queries have rows to show");
        }
        if (!query.hasLimit() || query.getLimit() > maxRows + 1L) {
            query.setLimit(maxRows + 1L);
        }
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = execution(query)) {
                var results = qe.execSelect();
                List<org.apache.jena.query.QuerySolution> rows = new java.util.ArrayList<>();
                while (results.hasNext() && rows.size() <= maxRows) {
                    rows.add(results.next());
                }
                boolean truncated = rows.size() > maxRows;
                return new Rows(results.getResultVars(), truncated ? rows.subList(0, maxRows) : rows, truncated);
            }
        });
    }

    public void run(Query query, ResultFormat format, OutputStream out) {
        if (maxResults > 0 && !query.isAskType() && (!query.hasLimit() || query.getLimit() > maxResults)) {
            query.setLimit(maxResults);
        }
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = execution(query)) {
                if (query.isSelectType()) {
                    format.write(qe.execSelect(), out);
                } else if (query.isAskType()) {
                    org.apache.jena.query.ResultSetFormatter.out(out, qe.execAsk());
                } else if (query.isConstructType()) {
                    RDFDataMgr.write(out, qe.execConstruct(), Lang.TURTLE);
                } else {
                    RDFDataMgr.write(out, qe.execDescribe(), Lang.TURTLE);
                }
            }
        });
    }

    private QueryExecution execution(Query query) {
        // Saved queries may call out with SERVICE (their endpoints are checked by the caller),
        // also where the public endpoint forbids it.
        var builder = QueryExecution.dataset(dataset).query(query).set(org.apache.jena.query.ARQ.httpServiceAllowed, true);
        if (timeoutMillis > 0) {
            builder.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        }
        return builder.build();
    }
}
