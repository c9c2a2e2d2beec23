package org.w3id.dmmkg.server.queries;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.PatternVars;

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
 *
 * <p>When that sub-select is ordered by {@code ?position} alone, whose values number its rows
 * 1, 2, 3 … without gaps (as the orders kept in graph/summary do), a page is its positions,
 * bound to {@code ?position} with {@code VALUES}, instead of every row sorted to keep the
 * lowest. A page then costs its own rows' look-ups, however many rows the list has. Without
 * a page (every row asked for) {@code ?position} is an ordinary variable.
 *
 * <p>A sub-select that chooses its rows by a full-text search may limit the search's hits by
 * {@code ?hits} ({@code text:query (dmm:text ?_q ?hits)}): every hit ({@code -1}) unless a page
 * is asked for, then as many as the pages up to it hold. The text index gives the best hits in
 * the order of the sub-select ({@code DESC(?score) ?subject}), ties included, so the page is
 * the one the whole list has, without every hit being read.
 */
final class PagedPart {
    /** The variable that numbers a list's rows from 1, when its query is paged by position. */
    static final Var POSITION = Var.alloc("position");

    /** The variable that limits a full-text search to the hits the page needs. */
    static final Var HITS = Var.alloc("hits");

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

    /** Whether {@code part} (what {@link #of} gives) chooses its rows by position. */
    static boolean byPosition(Query part) {
        if (!part.hasOrderBy() || part.getOrderBy().size() != 1 || !(part.getQueryPattern() instanceof ElementGroup)) {
            return false;
        }
        SortCondition order = part.getOrderBy().get(0);
        return order.getDirection() != Query.ORDER_DESCENDING && order.getExpression().isVariable()
                && POSITION.equals(order.getExpression().asVar());
    }

    /** Binds {@code ?position} in {@code part} to {@code rows} positions from {@code first}. */
    static void bindPositions(Query part, long first, long rows) {
        List<Binding> positions = new ArrayList<>();
        for (long position = first; position < first + rows; position++) {
            positions.add(BindingFactory.binding(POSITION, NodeValue.makeInteger(position).asNode()));
        }
        ((ElementGroup) part.getQueryPattern()).getElements().add(0, new ElementData(List.of(POSITION), positions));
    }

    /**
     * Binds {@code ?hits} in {@code part} to {@code hits} ({@code -1}: every hit), in place of
     * any value it had; a part that does not use {@code ?hits} is left as it is.
     */
    static void bindHits(Query part, long hits) {
        if (!(part.getQueryPattern() instanceof ElementGroup group) || !PatternVars.vars(group).contains(HITS)) {
            return;
        }
        group.getElements().removeIf(e -> e instanceof ElementData data && data.getVars().equals(List.of(HITS)));
        Binding limit = BindingFactory.binding(HITS, NodeValue.makeInteger(Math.min(hits, Integer.MAX_VALUE)).asNode());
        group.getElements().add(0, new ElementData(List.of(HITS), List.of(limit)));
    }

    /**
     * Whether {@code whole}'s page is bound (by {@link #bindPositions}, or by {@link #bindHits} to
     * a number of hits), so that its leading sub-select reads at most about a page of rows, and
     * reads them in the order it sorts them by.
     */
    static boolean pageIsBound(Query whole) {
        if (!(of(whole).getQueryPattern() instanceof ElementGroup group)) {
            return false;
        }
        return group.getElements().stream().anyMatch(e -> e instanceof ElementData data
                && (data.getVars().equals(List.of(POSITION))
                        || data.getVars().equals(List.of(HITS)) && data.getRows().stream().allMatch(PagedPart::countsHits)));
    }

    /** Whether {@code row} binds {@code ?hits} to a number of hits (not -1, every hit). */
    private static boolean countsHits(Binding row) {
        var hits = row.get(HITS);
        return hits != null && hits.isLiteral() && hits.getLiteralValue() instanceof Number n && n.longValue() >= 0;
    }

    /** The WHERE clause where parameters are bound: the query's, or that of its leading ordered sub-select. */
    static ElementGroup parameterGroup(Query query) {
        return (ElementGroup) of(query).getQueryPattern();
    }
}
