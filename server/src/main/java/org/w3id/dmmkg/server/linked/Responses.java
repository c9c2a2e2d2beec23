package org.w3id.dmmkg.server.linked;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Answers that are not pages: one plain line saying what was asked and why it cannot be had. */
public final class Responses {
    private Responses() {
    }

    public static void plain(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The servlet-context attribute that holds the configured address of this server, if any. */
    public static final String SERVER_URL = "org.w3id.dmmkg.serverUrl";

    /**
     * This server's address for links in descriptions: the configured one ({@code --public-base}),
     * else {@code http://127.0.0.1:PORT} of the socket the request came in on. Never the request's
     * {@code Host} header, which any client sets as it likes.
     */
    public static String base(jakarta.servlet.http.HttpServletRequest req) {
        Object configured = req.getServletContext().getAttribute(SERVER_URL);
        return configured != null ? configured.toString() : "http://127.0.0.1:" + req.getLocalPort();
    }
}
