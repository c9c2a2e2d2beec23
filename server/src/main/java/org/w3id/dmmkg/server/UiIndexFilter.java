package org.w3id.dmmkg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Serves the Fuseki UI's start page at {@code /} with one addition: a link to the saved-query
 * gallery, so that it is reachable from the start page. Every other path passes through.
 */
final class UiIndexFilter implements Filter {
    private static final String LINK = "<a id=\"dmmkg-gallery-link\" href=\"/queries\" style=\"position:fixed;"
            + "bottom:12px;right:12px;z-index:9999;background:#1d4e89;color:#fff;padding:8px 14px;border-radius:6px;"
            + "font:14px sans-serif;text-decoration:none\">Saved queries</a>";

    private final byte[] index;

    UiIndexFilter() {
        try (InputStream in = UiIndexFilter.class.getClassLoader().getResourceAsStream("webapp/index.html")) {
            if (in == null) {
                throw new IllegalStateException("the Fuseki UI (jena-fuseki-ui) is not on the class path");
            }
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            this.index = html.replace("</body>", LINK + "</body>").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if ("GET".equals(req.getMethod()) && (path.equals("/") || path.equals("/index.html"))) {
            HttpServletResponse resp = (HttpServletResponse) response;
            resp.setStatus(200);
            resp.setContentType("text/html; charset=utf-8");
            resp.getOutputStream().write(index);
            return;
        }
        chain.doFilter(request, response);
    }
}
