package org.w3id.dmmkg.server.fuseki;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.w3id.dmmkg.server.linked.Responses;

/**
 * The Fuseki UI under its own path, {@code /fuseki/}: its files, and the server calls it makes
 * relative to where it is served ({@code /fuseki/$/server}, {@code /fuseki/$/ping},
 * {@code /fuseki/$/stats/…}, {@code /fuseki/dmm/sparql}), passed on to the read-only endpoints
 * at the root. Fuseki's other admin operations are not there.
 */
public final class FusekiUiFilter implements Filter {
    public static final String PREFIX = "/fuseki";
    private static final Pattern ADMIN = Pattern.compile("^/\\$/(server|ping|stats(/[A-Za-z0-9_-]*)?)$");
    private static final Pattern FILE = Pattern.compile("^/(favicon\\.ico|static/[A-Za-z0-9_.-]+\\.(js|css))$");

    private final FusekiUi ui;
    private final String dataset;

    /**
     * @param dataset  the dataset's name ({@code dmm}), whose endpoints the UI calls
     * @param examples the saved queries: name and SPARQL, the query page's examples
     */
    public FusekiUiFilter(String dataset, List<String[]> examples) {
        this.dataset = "/" + dataset;
        this.ui = new FusekiUi(examples.stream().map(e -> new FusekiUi.Example(e[0], e[1])).toList());
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!path.equals(PREFIX) && !path.startsWith(PREFIX + "/")) {
            chain.doFilter(request, response);
            return;
        }
        String rest = path.substring(PREFIX.length());
        if (rest.isEmpty()) {
            resp.sendRedirect(PREFIX + "/");
        } else if (rest.equals("/") || rest.equals("/index.html")) {
            send(resp, "text/html; charset=utf-8", ui.index());
        } else if (ADMIN.matcher(rest).matches()) {
            req.getRequestDispatcher(rest).forward(request, response);
        } else if (rest.startsWith("/$/")) {
            Responses.plain(resp, 404, path + ": not on this server, which is read-only");
        } else if (rest.equals(dataset) || rest.startsWith(dataset + "/")) {
            chain.doFilter(new Rebased(req, rest), response);
        } else if (FILE.matcher(rest).matches() && ui.file(rest.substring(1)) != null) {
            String type = rest.endsWith(".js") ? "text/javascript; charset=utf-8"
                    : rest.endsWith(".css") ? "text/css; charset=utf-8" : "image/x-icon";
            send(resp, type, ui.file(rest.substring(1)));
        } else {
            Responses.plain(resp, 404, path + ": not found");
        }
    }

    private static void send(HttpServletResponse resp, String type, byte[] body) throws IOException {
        resp.setStatus(200);
        resp.setContentType(type);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** A request for {@code /fuseki/dmm/…} seen as one for {@code /dmm/…}, so that Fuseki's dispatch finds the dataset. */
    private static final class Rebased extends HttpServletRequestWrapper {
        private final String path;

        Rebased(HttpServletRequest req, String path) {
            super(req);
            this.path = path;
        }

        @Override
        public String getRequestURI() {
            return getContextPath() + path;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer(super.getRequestURL());
            url.setLength(url.length() - super.getRequestURI().length());
            return url.append(getRequestURI());
        }

        @Override
        public String getServletPath() {
            return path;
        }

        @Override
        public String getPathInfo() {
            return null;
        }
    }
}
