package org.w3id.dmmkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.w3id.dmmkg.server.queries.CannedQuery;
import org.w3id.dmmkg.server.queries.NoSuchPageException;
import org.w3id.dmmkg.server.queries.PageLinks;
import org.w3id.dmmkg.server.queries.PageRequest;
import org.w3id.dmmkg.server.queries.QueryCatalogue;
import org.w3id.dmmkg.server.queries.QueryRunner;
import org.w3id.dmmkg.server.queries.ResultFormat;

/**
 * The saved queries over HTTP: {@code /api/queries} (the catalogue), {@code /api/queries/NAME}
 * (results; the format by {@code Accept} or a {@code .csv}, {@code .tsv}, {@code .json},
 * {@code .xml} suffix) and {@code /api/openapi.json}. Messages never echo input into HTML.
 */
public final class QueryApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient QueryCatalogue catalogue;
    private final String datasetName;
    private final long timeoutMillis;
    private final long maxResults;
    private final transient org.w3id.dmmkg.server.queries.Endpoints endpoints;

    /** @param endpoints the SPARQL endpoints a saved federated query may call (its {@code endpoint} parameter) */
    public QueryApiServlet(QueryCatalogue catalogue, String datasetName, long timeoutMillis, long maxResults,
            java.util.Set<String> endpoints) {
        this.catalogue = catalogue;
        this.datasetName = datasetName;
        this.timeoutMillis = timeoutMillis;
        this.maxResults = maxResults;
        this.endpoints = new org.w3id.dmmkg.server.queries.Endpoints(endpoints);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.equals("/api/openapi.json")) {
            json(resp, OpenApiDocument.of(catalogue.queries(), org.w3id.dmmkg.server.linked.Responses.base(req)));
        } else if (path.equals("/api/queries") || path.equals("/api/queries/")) {
            json(resp, CatalogueJson.catalogue(catalogue.queries()));
        } else if (path.startsWith("/api/queries/")) {
            runQuery(path.substring("/api/queries/".length()), req, resp);
        } else {
            plain(resp, 404, "not found");
        }
    }

    private void runQuery(String name, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ResultFormat format = ResultFormat.fromAccept(req.getHeader("Accept"));
        String file = null;
        for (ResultFormat f : ResultFormat.values()) {
            if (f != ResultFormat.table && name.endsWith("." + f.name())) {
                format = f;
                file = name;
                name = name.substring(0, name.length() - f.name().length() - 1);
            }
        }
        Optional<CannedQuery> q = catalogue.find(name);
        if (q.isEmpty()) {
            plain(resp, 404, "no saved query of that name; see /api/queries");
            return;
        }
        Map<String, List<String>> values = values(req);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Optional<PageLinks> pages;
        try {
            PageRequest page = PageRequest.take(q.get(), values);
            endpoints.check(values);
            pages = new QueryRunner(DatasetFactory.wrap(dataset(req)), timeoutMillis, maxResults)
                    .run(q.get(), values, page, format, body);
        } catch (IllegalArgumentException e) {
            plain(resp, 400, e.getMessage());
            return;
        } catch (NoSuchPageException e) {
            resp.setHeader("Link", new PageLinks(1, false).header(address(req), values));
            plain(resp, 404, e.getMessage());
            return;
        } catch (QueryCancelledException e) {
            plain(resp, 503, org.w3id.dmmkg.server.guard.QueryGuard.cancelledMessage());
            return;
        } catch (QueryException e) {
            plain(resp, 400, "query failed: " + e.getMessage().lines().findFirst().orElse(""));
            return;
        }
        resp.setStatus(200);
        resp.setContentType(format.contentType() + "; charset=utf-8");
        pages.ifPresent(p -> resp.setHeader("Link", p.header(address(req), values)));
        if (file != null) {
            // A path with a format suffix is a download: browsers save it under that name.
            resp.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        }
        resp.getOutputStream().write(body.toByteArray());
    }

    /** This request's address without its query string, on the server's configured base. */
    private static String address(HttpServletRequest req) {
        return org.w3id.dmmkg.server.linked.Responses.base(req) + req.getRequestURI().substring(req.getContextPath().length());
    }

    private org.apache.jena.sparql.core.DatasetGraph dataset(HttpServletRequest req) {
        DataAccessPoint dap = DataAccessPointRegistry.get(req.getServletContext()).get("/" + datasetName);
        return dap.getDataService().getDataset();
    }

    private static Map<String, List<String>> values(HttpServletRequest req) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> out.put(k, new ArrayList<>(Arrays.asList(v))));
        return out;
    }

    private static void json(HttpServletResponse resp, JsonValue value) throws IOException {
        resp.setStatus(200);
        resp.setContentType("application/json; charset=utf-8");
        resp.getOutputStream().write(JSON.toString(value).getBytes(StandardCharsets.UTF_8));
    }

    static void plain(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
