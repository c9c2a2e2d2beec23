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

    /**
     * Runs a saved query with its parameters bound and writes the page asked for, or every row
     * (up to the ceiling) for {@link PageRequest#ALL}.
     *
     * @return the page's neighbours; empty when every row was written
     * @throws NoSuchPageException for a page past the last
     */
    public java.util.Optional<PageLinks> run(CannedQuery q, Map<String, List<String>> values, PageRequest page,
            ResultFormat format, OutputStream out) {
        Query bound = QueryBinder.bind(q, values);
        if (page.all()) {
            run(bound, format, out);
            return java.util.Optional.empty();
        }
        Rows rows = page(q.name(), bound, page, q.pagination());
        format.write(rows.asResultSet(), out);
        return java.util.Optional.of(new PageLinks(page.number(), rows.truncated()));
    }

    /**
     * Rows of a SELECT query's results, for a page to show.
     *
     * @param vars      the result's variables
     * @param rows      at most the rows asked for
     * @param truncated whether rows follow those asked for (for a page: whether a next page follows)
     */
    public record Rows(List<String> vars, List<org.apache.jena.query.QuerySolution> rows, boolean truncated) {
        public Rows {
            vars = List.copyOf(vars);
            rows = List.copyOf(rows);
        }

        /** These rows as a result set, to write in a {@link ResultFormat}. */
        public org.apache.jena.query.ResultSet asResultSet() {
            return org.apache.jena.query.ResultSet.adapt(org.apache.jena.sparql.exec.RowSetStream.create(
                    org.apache.jena.sparql.core.Var.varList(vars),
                    rows.stream().map(org.apache.jena.sparql.engine.binding.BindingLib::asBinding).iterator()));
        }
    }

    /** At most {@code maxRows} rows of a SELECT query, in a read transaction, within the timeout. */
    public Rows select(Query query, int maxRows) {
        return select(query, 0, maxRows);
    }

    /**
     * One page of a SELECT query's results: {@code size} rows from the page's first, and whether a
     * next page follows. Asks for one row more than the page (LIMIT N+1, OFFSET), never counts
     * them all. Nothing past the server's ceiling on rows is a page.
     *
     * @param name what to call the query in a message
     * @throws IllegalArgumentException when the page starts past the ceiling
     * @throws NoSuchPageException      when the page is past the last (the first page may be empty)
     */
    public Rows page(String name, Query query, PageRequest page, int size) {
        long first = page.firstRow(size);
        if (maxResults > 0 && first >= maxResults) {
            throw new IllegalArgumentException("parameter page: page " + page.number() + " starts after row " + maxResults
                    + ", the most this server gives of one query");
        }
        int shown = maxResults > 0 ? (int) Math.min(size, maxResults - first) : size;
        Rows rows = select(query, first, shown);
        if (rows.rows().isEmpty() && page.number() > 1) {
            throw new NoSuchPageException(name, page.number());
        }
        return new Rows(rows.vars(), rows.rows(), rows.truncated() && (maxResults == 0 || first + shown < maxResults));
    }

    private Rows select(Query query, long offset, int maxRows) {
        if (!query.isSelectType()) {
            throw new IllegalArgumentException("only SELECT queries have rows to show");
        }
        window(query, offset, maxRows + 1L);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = execution(query)) {
                var results = qe.execSelect();
                var model = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
                List<org.apache.jena.query.QuerySolution> rows = new java.util.ArrayList<>();
                while (results.hasNext() && rows.size() <= maxRows) {
                    // Detached: TDB2 resolves a row's terms lazily, which fails once the transaction has ended.
                    rows.add(new org.apache.jena.sparql.core.ResultBinding(model,
                            org.apache.jena.sparql.engine.binding.BindingLib.asBinding(results.next()).detach()));
                }
                boolean truncated = rows.size() > maxRows;
                return new Rows(results.getResultVars(), truncated ? rows.subList(0, maxRows) : rows, truncated);
            }
        });
    }

    /**
     * Narrows {@code query} to {@code rows} rows from {@code offset} of its results, within the
     * LIMIT and OFFSET it has of its own; on a query that chooses its rows in a leading ordered
     * sub-select, narrows that sub-select, by the positions of its rows when it is ordered by them,
     * and its full-text search to the hits up to the page's last ({@link PagedPart}).
     */
    public static void window(Query whole, long offset, long rows) {
        Query query = PagedPart.of(whole);
        PagedPart.bindHits(query, offset + rows);
        if (PagedPart.byPosition(query) && !query.hasOffset() && !query.hasLimit()) {
            PagedPart.bindPositions(query, offset + 1, rows);
            query.setLimit(rows);
            return;
        }
        long own = query.hasOffset() ? query.getOffset() : 0;
        long limit = query.hasLimit() ? Math.max(0, Math.min(rows, query.getLimit() - offset)) : rows;
        if (offset + own > 0) {
            query.setOffset(own + offset);
        }
        query.setLimit(limit);
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

    /**
     * Whether ARQ's top-N sort is better left out for {@code query}, once {@link #window} has
     * narrowed it: its page is bound (by positions or hits), so its leading sub-select reads at
     * most about a page of rows, already in the order it sorts them by. A plain sort then
     * compares each row once with the one before (TimSort on sorted input); the top-N heap
     * compares each about log n times and sorts them again at the end. Every comparison of
     * integer or float keys decodes both from the store's ids, so their number is what costs.
     */
    public static boolean sortsItsPageAsItReadsIt(Query query) {
        return PagedPart.pageIsBound(query);
    }

    /**
     * The settings a saved query is run with, for any of ARQ's execution builders ({@code set}
     * hears each): the server's, and the in-process benchmark's, which must run it the same way.
     */
    public static void planSettings(Query query,
            java.util.function.BiConsumer<org.apache.jena.sparql.util.Symbol, Object> set) {
        if (sortsItsPageAsItReadsIt(query)) {
            set.accept(org.apache.jena.query.ARQ.optTopNSorting, false);
        }
    }

    private QueryExecution execution(Query query) {
        // Saved queries may call out with SERVICE (their endpoints are checked by the caller),
        // also where the public endpoint forbids it.
        var builder = QueryExecution.dataset(dataset).query(query).set(org.apache.jena.query.ARQ.httpServiceAllowed, true);
        planSettings(query, builder::set);
        if (timeoutMillis > 0) {
            builder.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        }
        return builder.build();
    }
}
