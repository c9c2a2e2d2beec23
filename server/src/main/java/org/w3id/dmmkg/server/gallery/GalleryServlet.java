package org.w3id.dmmkg.server.gallery;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.dmmkg.server.html.Page;
import org.w3id.dmmkg.server.linked.Labels;
import org.w3id.dmmkg.server.linked.Site;
import org.w3id.dmmkg.server.linked.Responses;
import org.w3id.dmmkg.server.queries.CannedQuery;
import org.w3id.dmmkg.server.queries.Endpoints;
import org.w3id.dmmkg.server.queries.NoSuchPageException;
import org.w3id.dmmkg.server.queries.PageLinks;
import org.w3id.dmmkg.server.queries.PageRequest;
import org.w3id.dmmkg.server.queries.QueryBinder;
import org.w3id.dmmkg.server.queries.QueryCatalogue;
import org.w3id.dmmkg.server.queries.QueryRunner;

/**
 * The saved-query gallery: {@code /queries} lists them ({@code ?tag=} filters),
 * {@code /queries/NAME?…} runs one with the parameters given (its defaults when none are) and
 * shows the results. Bad parameters get one line naming the query and the reason.
 */
public final class GalleryServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** A parameter value longer than this is refused. */
    static final int MAX_VALUE_CHARS = 500;
    /** More values than this, over all parameters, are refused. */
    static final int MAX_VALUES = 20;

    private final transient QueryCatalogue catalogue;
    private final transient Site site;
    private final transient Endpoints endpoints;
    private final long maxResults;

    /**
     * @param endpoints  the SPARQL endpoints saved federated queries may call
     * @param maxResults no page starts past this many rows; 0 for no ceiling
     */
    public GalleryServlet(QueryCatalogue catalogue, Site site, Set<String> endpoints, long maxResults) {
        this.catalogue = catalogue;
        this.site = site;
        this.endpoints = new Endpoints(endpoints);
        this.maxResults = maxResults;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.equals("/queries") || path.equals("/queries/")) {
            String tag = req.getParameter("tag");
            if (tag != null && catalogue.queries().stream().noneMatch(q -> q.tags().contains(tag))) {
                Responses.plain(resp, 404, path + ": no saved query has the tag '" + tag + "'");
                return;
            }
            send(resp, GalleryPages.list(catalogue.queries(), tag));
            return;
        }
        String name = path.substring("/queries/".length());
        Optional<CannedQuery> q = catalogue.find(name);
        if (q.isEmpty()) {
            Responses.plain(resp, 404, path + ": no saved query of that name; see /queries");
            return;
        }
        try {
            send(resp, run(q.get(), values(req), site.dataset(req)));
        } catch (IllegalArgumentException e) {
            Responses.plain(resp, 400, "query " + name + ": " + e.getMessage());
        } catch (NoSuchPageException e) {
            Responses.plain(resp, 404, e.getMessage());
        } catch (QueryCancelledException e) {
            Responses.plain(resp, 503, "query " + name + ": timed out");
        } catch (QueryException e) {
            Responses.plain(resp, 400, "query " + name + ": failed: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /**
     * The page of a query run with the request's values: the page asked for of a paged query,
     * else its first {@link QueryPage#MAX_ROWS} rows.
     */
    private Page run(CannedQuery q, Map<String, List<String>> values, DatasetGraph dsg) {
        PageRequest page = PageRequest.take(q, values);
        endpoints.check(values);
        QueryRunner runner = new QueryRunner(DatasetFactory.wrap(dsg), site.timeoutMillis(), maxResults);
        QueryRunner.Rows rows = page.all() ? runner.select(QueryBinder.bind(q, values), QueryPage.MAX_ROWS)
                : runner.page(q.name(), QueryBinder.bind(q, values), page, q.pagination());
        Optional<PageLinks> pages = page.all() ? Optional.empty() : Optional.of(new PageLinks(page.number(), rows.truncated()));
        Query bound = QueryBinder.bind(q, values);
        return Txn.calculateRead(dsg, () -> QueryPage.render(q, values, bound, new QueryPage.Shown(rows, pages),
                new Labels(dsg.getUnionGraph()), site.links()));
    }

    /** The parameters given, without empty fields (the form always offers one more field than filled). */
    private static Map<String, List<String>> values(HttpServletRequest req) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        int count = 0;
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            for (String v : e.getValue()) {
                if (v.length() > MAX_VALUE_CHARS) {
                    throw new IllegalArgumentException("parameter " + e.getKey() + " is longer than " + MAX_VALUE_CHARS
                            + " characters");
                }
                if (!v.isBlank()) {
                    out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(v);
                    count++;
                }
            }
        }
        if (count > MAX_VALUES) {
            throw new IllegalArgumentException("more than " + MAX_VALUES + " parameter values");
        }
        return out;
    }

    private static void send(HttpServletResponse resp, Page page) throws IOException {
        resp.setStatus(200);
        resp.setContentType("text/html; charset=utf-8");
        resp.getOutputStream().write(page.bytes());
    }
}
