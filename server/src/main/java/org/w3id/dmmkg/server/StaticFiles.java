package org.w3id.dmmkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Files of the pages from the class path: the site's own scripts and styles at {@code /static/}
 * and the charting library from its WebJar at {@code /webjars/}, so that the pages work
 * offline and need no CDN. Only file names of a few kinds are served, never a path with {@code ..}.
 */
final class StaticFiles extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern SAFE = Pattern.compile("^(/[A-Za-z0-9_.-]+)+$");
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript", "css", "text/css", "svg",
            "image/svg+xml", "png", "image/png", "ico", "image/x-icon");

    private final String prefix;
    private final String folder;
    private final transient Map<String, byte[]> cache = new ConcurrentHashMap<>();

    /**
     * @param prefix the path this servlet answers below ({@code /static})
     * @param folder the class-path folder the files come from
     */
    StaticFiles(String prefix, String folder) {
        this.prefix = prefix;
        this.folder = folder;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String name = path.startsWith(prefix) ? path.substring(prefix.length()) : "";
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        if (!SAFE.matcher(name).matches() || name.contains("..") || type == null) {
            QueryApiServlet.plain(resp, 404, "no such file");
            return;
        }
        byte[] body = cache.get(name);
        if (body == null) {
            body = read(name);
            if (body != null) {
                cache.put(name, body);
            }
        }
        if (body == null) {
            QueryApiServlet.plain(resp, 404, "no such file");
            return;
        }
        resp.setStatus(200);
        resp.setContentType(type + (type.startsWith("text/") ? "; charset=utf-8" : ""));
        resp.setHeader("Cache-Control", "public, max-age=3600");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** The file's bytes, or null when it is not there (misses are not remembered: the cache holds only real files). */
    private byte[] read(String name) {
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(folder + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + folder + name, e);
        }
    }
}
