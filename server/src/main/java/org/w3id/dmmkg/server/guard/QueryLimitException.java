package org.w3id.dmmkg.server.guard;

import org.apache.jena.query.QueryExecException;

/** A query asked for more than {@link QueryLimits} allow: the whole query fails with this message. */
public final class QueryLimitException extends QueryExecException {
    private static final long serialVersionUID = 1L;

    public QueryLimitException(String message) {
        super(message);
    }
}
