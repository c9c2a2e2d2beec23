package org.w3id.dmmkg.bench;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.w3id.dmmkg.server.queries.CannedQuery;
import org.w3id.dmmkg.server.queries.QueryBinder;
import org.w3id.dmmkg.server.queries.QueryRunner;

/**
 * What the benchmark asks of a saved query: its first page when its header declares
 * {@code #+ pagination: N} (grlc's decorator), else everything the server answers, which the
 * server cuts at its result ceiling. The peer is given the same query with the same LIMIT.
 */
final class FirstPage {
    private static final Pattern PAGINATION = Pattern.compile("^#\\+\\s*pagination:\\s*(\\d+)\\s*$");

    private FirstPage() {
    }

    /** The page size the query's header declares, if it declares one. */
    static OptionalInt pageSize(CannedQuery q) {
        for (String line : q.text().split("\n")) {
            if (!line.startsWith("#+")) {
                break;
            }
            Matcher m = PAGINATION.matcher(line.strip());
            if (m.matches()) {
                return OptionalInt.of(Integer.parseInt(m.group(1)));
            }
        }
        return OptionalInt.empty();
    }

    /** The path and query string of the first page on the dmm-kg server's API, as CSV. */
    static String apiPath(CannedQuery q) {
        String query = q.defaultsAsQueryString() + (pageSize(q).isPresent() ? "page=1" : "");
        return "/api/queries/" + q.name() + ".csv" + (query.isEmpty() ? "" : "?" + query.replaceFirst("&$", ""));
    }

    /**
     * The query with its default parameters bound as the server binds them, limited as the
     * server limits it: to the page size when it is paged, and never past {@code maxResults};
     * where the server pages a leading ordered sub-select, there.
     */
    static Query bound(CannedQuery q, long maxResults) {
        Query query = QueryBinder.bind(q, java.util.Map.of());
        long limit = pageSize(q).isPresent() ? pageSize(q).getAsInt() : maxResults;
        QueryRunner.window(query, 0, limit);
        return query;
    }
}
