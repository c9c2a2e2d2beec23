package org.w3id.dmmkg.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;

/**
 * Fuseki's SPARQL query operation with a ceiling on the number of results: a query without
 * a LIMIT, or with a larger one, gets the ceiling as its LIMIT.
 */
final class LimitedQuery extends SPARQL_QueryDataset {
    private final long maxResults;

    LimitedQuery(long maxResults) {
        this.maxResults = maxResults;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (maxResults > 0 && (query.isSelectType() || query.isConstructType() || query.isDescribeType())
                && (!query.hasLimit() || query.getLimit() > maxResults)) {
            query.setLimit(maxResults);
        }
    }
}
