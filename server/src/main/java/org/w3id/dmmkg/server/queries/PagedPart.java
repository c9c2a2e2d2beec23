package org.w3id.dmmkg.server.queries;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;

/**
 * The part of a saved query that its pages, LIMIT and parameters apply to. Usually the query
 * itself; but when its WHERE clause begins with a sub-select that orders its own rows, that
 * sub-select. There the query chooses which rows a page shows (sorted and cut on the few terms
 * the order needs) before the rest of the pattern looks up their details, so a page costs the
 * same however many rows precede it, instead of every detail being looked up for every row
 * and all but a page's worth thrown away.
 *
 * <p>Such a query's outer pattern must add exactly one row per row of the sub-select: details
 * in {@code OPTIONAL}, {@code BIND}, or patterns every row has. Its own {@code ORDER BY}
 * repeats the sub-select's, to keep a page's rows in order after the join.
 */
final class PagedPart {
    private PagedPart() {
    }

    /** The sub-select that chooses the rows of {@code query}, or {@code query} itself. */
    static Query of(Query query) {
        if (query.getQueryPattern() instanceof ElementGroup group && !group.isEmpty()
                && group.get(0) instanceof ElementSubQuery sub && sub.getQuery().hasOrderBy()) {
            return sub.getQuery();
        }
        return query;
    }

    /** The WHERE clause where parameters are bound: the query's, or that of its leading ordered sub-select. */
    static ElementGroup parameterGroup(Query query) {
        return (ElementGroup) of(query).getQueryPattern();
    }
}
