package org.w3id.dmmkg.server.queries;

/** A page past the last of a saved query's results: the request names a page that holds no row. */
public final class NoSuchPageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NoSuchPageException(String query, long page) {
        super("query " + query + ": page " + page + " is past the last page of results");
    }
}
