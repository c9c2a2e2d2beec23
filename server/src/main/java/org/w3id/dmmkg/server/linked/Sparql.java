package org.w3id.dmmkg.server.linked;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.dmmkg.loader.vocab.Prefixes;

/**
 * The queries a page runs: every one with the server's query timeout and, in its text, a
 * LIMIT, so that a page visit is bounded in time and memory. Values are substituted as RDF
 * terms, never pasted into the text. Call inside a read transaction.
 */
public final class Sparql {
    /** The prefixes every page query may use. */
    public static final String PREFIXES = Prefixes.SPARQL + "PREFIX text: <http://jena.apache.org/text#>\n";

    private final DatasetGraph dataset;
    private final long timeoutMillis;

    public Sparql(DatasetGraph dataset, long timeoutMillis) {
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    /** The solutions of a SELECT query (with {@link #PREFIXES}), {@code bindings} substituted for its variables. */
    public List<QuerySolution> select(String query, Map<String, Node> bindings) {
        var builder = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(PREFIXES + query);
        if (timeoutMillis > 0) {
            builder.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        }
        org.apache.jena.rdf.model.Model nodes = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        bindings.forEach((name, value) -> builder.substitution(name, nodes.asRDFNode(value)));
        List<QuerySolution> out = new ArrayList<>();
        try (QueryExecution qe = builder.build()) {
            qe.execSelect().forEachRemaining(out::add);
        }
        return out;
    }

    /** A SELECT query without values to substitute. */
    public List<QuerySolution> select(String query) {
        return select(query, Map.of());
    }
}
