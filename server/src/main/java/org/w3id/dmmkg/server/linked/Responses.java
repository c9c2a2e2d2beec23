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

    /** This server's address as the request reached it ({@code http://host:port}), for links in descriptions. */
    public static String base(jakarta.servlet.http.HttpServletRequest req) {
        return req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
    }
}
