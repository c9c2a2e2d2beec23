package org.w3id.dmmkg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * What browsers are told: every response is {@code nosniff} and carries a content security
 * policy (scripts, styles, images and requests from this server only; no framing, no plugins);
 * and cross-origin access is for reading only: any site may GET or POST a query (the answer is
 * {@code Access-Control-Allow-Origin: *}, never with credentials), a preflight for any other
 * method or header is refused.
 */
final class BrowserPolicyFilter implements Filter {
    /** Inline scripts and styles are the pages' own (the gallery's script, the pages' style). */
    static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";
    static final Set<String> METHODS = Set.of("GET", "POST", "HEAD");
    /** The request headers a cross-origin query needs: what to answer in, and what the body is. */
    static final Set<String> HEADERS = Set.of("accept", "accept-language", "content-language", "content-type");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("Referrer-Policy", "no-referrer");
        String origin = req.getHeader("Origin");
        String preflight = req.getHeader("Access-Control-Request-Method");
        if (origin != null && "OPTIONS".equals(req.getMethod()) && preflight != null) {
            answerPreflight(req, resp, preflight);
            return;
        }
        if (origin != null) {
            resp.setHeader("Access-Control-Allow-Origin", "*");
            // A script on another site pages through saved queries by their Link headers.
            resp.setHeader("Access-Control-Expose-Headers", "Link");
        }
        chain.doFilter(request, response);
    }

    private static void answerPreflight(HttpServletRequest req, HttpServletResponse resp, String method)
            throws IOException {
        String asked = req.getHeader("Access-Control-Request-Headers");
        boolean headersAllowed = asked == null || asked.isBlank() || java.util.Arrays.stream(asked.split(","))
                .map(h -> h.strip().toLowerCase(Locale.ROOT)).allMatch(HEADERS::contains);
        if (!METHODS.contains(method) || !headersAllowed) {
            QueryApiServlet.plain(resp, 403, "cross-origin requests may only read: GET or POST with Accept and "
                    + "Content-Type");
            return;
        }
        resp.setStatus(204);
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Access-Control-Allow-Methods", "GET, POST, HEAD");
        resp.setHeader("Access-Control-Allow-Headers", "Accept, Accept-Language, Content-Language, Content-Type");
        resp.setHeader("Access-Control-Max-Age", "600");
    }
}
