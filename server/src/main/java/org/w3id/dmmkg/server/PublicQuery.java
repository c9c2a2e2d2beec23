package org.w3id.dmmkg.server;

import static java.lang.String.format;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.web.HttpSC;
import org.w3id.dmmkg.server.guard.QueryGuard;
import org.w3id.dmmkg.server.guard.QueryLimitException;
import org.w3id.dmmkg.server.guard.QueryLimits;

/**
 * Fuseki's SPARQL query operation, bounded for the public: the query text is refused over
 * {@link QueryLimits#maxQueryChars()} before it is parsed (parsing is not covered by the
 * timeout, and grows faster than the text); the request log shows at most the first
 * {@value #LOGGED_CHARS} characters; a query nested past the parser's stack is a 400; results
 * are cut at a ceiling (a query without a LIMIT, or with a larger one, gets the ceiling); a
 * query cancelled by the heap guard says so. The steps are Fuseki's own
 * ({@code SPARQLQueryProcessor.execute}), with these checks between them.
 */
final class PublicQuery extends SPARQL_QueryDataset {
    static final int LOGGED_CHARS = 300;

    private final long maxResults;
    private final QueryLimits limits;

    PublicQuery(long maxResults, QueryLimits limits) {
        this.maxResults = maxResults;
        this.limits = limits;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString == null || queryString.isBlank()) {
            ServletOps.errorBadRequest("empty query");
        }
        if (queryString.length() > limits.maxQueryChars()) {
            ServletOps.error(413, "query of " + queryString.length()
                    + " characters is over the limit of " + limits.maxQueryChars());
        }
        action.log.info(format("[%d] Query = %s", action.id, forLog(queryString)));
        Query query = parse(queryString, action);
        try {
            action.beginRead();
            Pair<DatasetGraph, Query> p = decideDataset(action, query, forLog(queryString));
            try (QueryExec exec = createQueryExec(action, p.getRight() == null ? query : p.getRight(), p.getLeft())) {
                QueryExecResult result = executeQuery(action, exec, query, forLog(queryString));
                sendResults(action, result, query.getPrologue());
            }
        } catch (QueryCancelledException e) {
            action.abortSilent();
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, QueryGuard.cancelledMessage());
        } catch (QueryLimitException e) {
            action.abortSilent();
            ServletOps.errorBadRequest(e.getMessage());
        } catch (QueryParseException e) {
            action.abortSilent();
            ServletOps.errorBadRequest("query failed: " + PlainErrors.oneLine(e.getMessage()));
        } catch (StackOverflowError e) {
            action.abortSilent();
            ServletOps.errorBadRequest("query nested too deeply to evaluate");
        } finally {
            action.endRead();
        }
    }

    private Query parse(String queryString, HttpAction action) {
        try {
            Query query = QueryFactory.create(queryString, org.apache.jena.fuseki.Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
            validateQuery(action, query);
            return query;
        } catch (ActionErrorException e) {
            throw e;
        } catch (QueryException e) {
            String message = PlainErrors.oneLine(e.getMessage() == null ? "syntax error" : e.getMessage());
            action.log.warn(format("[%d] %s", action.id, message));
            ServletOps.errorBadRequest("query failed: " + message);
            return null;
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest("query nested too deeply to parse");
            return null;
        }
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (maxResults > 0 && (query.isSelectType() || query.isConstructType() || query.isDescribeType())
                && (!query.hasLimit() || query.getLimit() > maxResults)) {
            query.setLimit(maxResults);
        }
    }

    /** The query on one line, cut to {@value #LOGGED_CHARS} characters: a long query does not fill the log. */
    static String forLog(String query) {
        String flat = query.replaceAll("\\s+", " ").strip();
        return flat.length() <= LOGGED_CHARS ? flat
                : flat.substring(0, LOGGED_CHARS) + "… (" + query.length() + " characters)";
    }
}
