package org.w3id.dmmkg.evaluation;

import java.util.List;
import java.util.Map;

/**
 * Where the evaluator reads the graph: any store that runs a SPARQL SELECT over the union
 * of its graphs and gives back its rows.
 */
@FunctionalInterface
public interface SelectSource {
    /**
     * The rows of a SELECT query, each a map from variable name to the value's text (an IRI,
     * a literal's lexical form, a blank node's label); unbound variables are absent.
     */
    List<Map<String, String>> select(String query);
}
