package org.w3id.dmmkg.server.queries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;

/**
 * Binds parameter values into a saved query as typed RDF terms, never by pasting text: the
 * values become a {@code VALUES} block at the start of the query pattern. Several values for
 * one parameter give several rows of the block. A parameter not given takes the defaults its
 * query's header names, so that the command line, the API and the gallery run the same query.
 * A full-text search limited by {@code ?hits} gets every hit until a page narrows it
 * ({@link QueryRunner#window}).
 */
public final class QueryBinder {
    /**
     * Each saved query's text parsed once; a request binds a copy. Why: parsing was a tenth of
     * the time a request for a page of rows took.
     */
    private static final Map<String, Query> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    private QueryBinder() {
    }

    /**
     * @param values raw values by parameter name
     * @throws IllegalArgumentException for an unknown parameter, a missing required one, or a
     *                                  value not of its parameter's type
     */
    public static Query bind(CannedQuery q, Map<String, List<String>> values) {
        for (String name : values.keySet()) {
            if (q.parameters().stream().noneMatch(p -> p.name().equals(name))) {
                throw new IllegalArgumentException("query " + q.name() + " has no parameter " + name);
            }
        }
        Query query = PARSED.computeIfAbsent(q.text(), QueryFactory::create).cloneQuery();
        List<Var> vars = new ArrayList<>();
        List<List<Node>> columns = new ArrayList<>();
        for (Parameter p : q.parameters()) {
            List<String> given = values.getOrDefault(p.name(), List.of());
            if (given.isEmpty()) {
                given = q.defaults().getOrDefault(p.name(), List.of());
            }
            if (given.isEmpty()) {
                if (p.required()) {
                    throw new IllegalArgumentException("query " + q.name() + " needs parameter " + p.name());
                }
                continue;
            }
            vars.add(Var.alloc(p.variable()));
            columns.add(given.stream().map(p::toNode).toList());
        }
        if (!vars.isEmpty()) {
            ElementData data = new ElementData(vars, rows(vars, columns));
            PagedPart.parameterGroup(query).getElements().add(0, data);
        }
        PagedPart.bindHits(PagedPart.of(query), -1);
        return query;
    }

    /** Every combination of the parameters' values. */
    private static List<Binding> rows(List<Var> vars, List<List<Node>> columns) {
        List<Binding> rows = new ArrayList<>();
        rows.add(BindingFactory.empty());
        for (int i = 0; i < vars.size(); i++) {
            List<Binding> next = new ArrayList<>();
            for (Binding row : rows) {
                for (Node value : columns.get(i)) {
                    next.add(BindingFactory.binding(row, vars.get(i), value));
                }
            }
            rows = next;
        }
        return rows;
    }
}
