package org.w3id.dmmkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/** A fixed page from the class path: the saved-query gallery. */
final class PageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final byte[] page;
    private final String contentType;

    PageServlet(String resource, String contentType) {
        try (InputStream in = PageServlet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            this.page = in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        this.contentType = contentType;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setStatus(200);
        resp.setContentType(contentType);
        resp.getOutputStream().write(page);
    }
}
