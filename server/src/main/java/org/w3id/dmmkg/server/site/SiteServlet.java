package org.w3id.dmmkg.server.site;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.dmmkg.server.html.Page;
import org.w3id.dmmkg.server.linked.Labels;
import org.w3id.dmmkg.server.linked.Site;
import org.w3id.dmmkg.server.linked.Responses;
import org.w3id.dmmkg.server.linked.Sparql;

/** The start page ({@code /}) and the search ({@code /search?q=…}). */
public final class SiteServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Site site;

    public SiteServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        DatasetGraph dsg = site.dataset(req);
        Sparql sparql = site.sparql(dsg);
        Page page;
        try {
            if (path.equals("/") || path.isEmpty() || path.equals("/index.html")) {
                page = Txn.calculateRead(dsg, () -> new FrontPage(site.overview().get(sparql), new Labels(dsg.getUnionGraph()))
                        .render());
            } else if (path.equals("/search")) {
                String q = req.getParameter("q");
                if (q != null && q.length() > Site.MAX_QUERY_CHARS) {
                    Responses.plain(resp, 400, "search: q is longer than " + Site.MAX_QUERY_CHARS + " characters");
                    return;
                }
                int number = pageNumber(req.getParameter("page"));
                page = Txn.calculateRead(dsg, () -> new SearchPage(sparql, site.links()).render(q, number));
            } else {
                Responses.plain(resp, 404, path + ": not found");
                return;
            }
        } catch (IllegalArgumentException | QueryParseException | TextIndexException e) {
            Responses.plain(resp, 400, path + ": cannot read the search: " + firstLine(e));
            return;
        } catch (QueryCancelledException e) {
            Responses.plain(resp, 503, path + ": took longer than the query timeout allows; try a narrower search");
            return;
        }
        resp.setStatus(200);
        resp.setContentType("text/html; charset=utf-8");
        resp.getOutputStream().write(page.bytes());
    }

    private static int pageNumber(String p) {
        if (p == null) {
            return 1;
        }
        if (!p.matches("[0-9]{1,4}")) {
            throw new IllegalArgumentException("page must be a number from 1, got '" + p + "'");
        }
        return Integer.parseInt(p);
    }

    private static String firstLine(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        if (t.getMessage() == null) {
            return t.getClass().getSimpleName();
        }
        String oneLine = t.getMessage().replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + " …";
    }
}
