package org.w3id.dmmkg.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose query string, as Fuseki's request log writes it, is cut to a few hundred
 * characters: a GET may carry a query of hundreds of kilobytes, and the log line repeated it
 * whole. Parameters are still read in full from the request itself.
 */
final class LoggedQueryString extends HttpServletRequestWrapper {
    LoggedQueryString(HttpServletRequest request) {
        super(request);
    }

    /** {@code request}, wrapped when its query string is too long to log. */
    static HttpServletRequest of(HttpServletRequest request) {
        String qs = request.getQueryString();
        return qs != null && qs.length() > PublicQuery.LOGGED_CHARS ? new LoggedQueryString(request) : request;
    }

    @Override
    public String getQueryString() {
        String qs = super.getQueryString();
        return qs.substring(0, PublicQuery.LOGGED_CHARS) + "…(" + qs.length() + " characters)";
    }
}
