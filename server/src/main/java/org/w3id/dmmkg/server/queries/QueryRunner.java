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

    public void run(Query query, ResultFormat format, OutputStream out) {
        if (maxResults > 0 && !query.isAskType() && (!query.hasLimit() || query.getLimit() > maxResults)) {
            query.setLimit(maxResults);
        }
        Txn.executeRead(dataset, () -> {
            // Saved queries may call out with SERVICE (their endpoints are checked by the caller),
            // also where the public endpoint forbids it.
            var builder = QueryExecution.dataset(dataset).query(query)
                    .set(org.apache.jena.query.ARQ.httpServiceAllowed, true);
            if (timeoutMillis > 0) {
                builder.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
            }
            try (QueryExecution qe = builder.build()) {
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
}
