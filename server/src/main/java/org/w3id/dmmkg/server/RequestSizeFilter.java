package org.w3id.dmmkg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Refuses request bodies over a size limit (413) before any handler reads them. */
final class RequestSizeFilter implements Filter {
    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    private final long maxBytes;

    RequestSizeFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long length = request.getContentLengthLong();
        boolean chunked = length < 0 && "chunked".equalsIgnoreCase(
                ((jakarta.servlet.http.HttpServletRequest) request).getHeader("Transfer-Encoding"));
        if (length > maxBytes || chunked) {
            HttpServletResponse resp = (HttpServletResponse) response;
            if (length > 0 && length <= DRAIN_LIMIT) {
                // Read what the client sends before answering, so that it sees the 413
                // instead of a connection closed under its upload.
                request.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            }
            resp.setHeader("Connection", "close");
            QueryApiServlet.plain(resp, 413, chunked ? "request bodies must state their length"
                    : "request body of " + length + " bytes is over the limit of " + maxBytes);
            return;
        }
        chain.doFilter(request, response);
    }
}
