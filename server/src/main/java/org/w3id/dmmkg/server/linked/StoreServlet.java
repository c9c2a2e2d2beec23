package org.w3id.dmmkg.server.linked;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.dmmkg.store.describe.CoverageReport;
import org.w3id.dmmkg.store.describe.DatasetDescription;

/**
 * What the server says about its store: the VoID description ({@code /.well-known/void}) and
 * the coverage report ({@code /report}). The dumps are {@link DumpServlet}'s.
 */
public final class StoreServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Site site;

    public StoreServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        DatasetGraph dsg = site.dataset(req);
        if (path.equals("/.well-known/void")) {
            ResourceServlet.Format format = ResourceServlet.format(req);
            if (format == null || format == ResourceServlet.Format.html) {
                format = ResourceServlet.Format.ttl;
            }
            String server = Responses.base(req);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResourceServlet.Format f = format;
            Txn.executeRead(dsg, () -> {
                // The description the last load stored: counting anew scans the whole store.
                org.apache.jena.rdf.model.Model stored = DatasetDescription.stored(dsg, server);
                RDFDataMgr.write(out, stored != null ? stored : DatasetDescription.describe(dsg, server), f.lang);
            });
            send(resp, f.type, out.toByteArray());
        } else if (path.equals("/report")) {
            report(req, resp, dsg);
        } else {
            Responses.plain(resp, 404, path + ": not found");
        }
    }

    /** One page of the report: {@code ?page=K}, from 1; none is the first. */
    private void report(HttpServletRequest req, HttpServletResponse resp, DatasetGraph dsg) throws IOException {
        String asked = req.getParameter("page");
        long number;
        try {
            number = asked == null ? 1 : Long.parseLong(asked);
        } catch (NumberFormatException e) {
            number = 0;
        }
        if (number < 1 || req.getParameterValues("page") != null && req.getParameterValues("page").length > 1) {
            Responses.plain(resp, 400, "parameter page: '" + asked + "' is not a page number from 1");
            return;
        }
        long pages = Txn.calculateRead(dsg, () -> ReportPage.pages(CoverageReport.count(dsg)));
        if (number > pages) {
            Responses.plain(resp, 404, "/report: page " + number + " is past the last page, " + pages);
            return;
        }
        long page = number;
        try {
            send(resp, "text/html", Txn.calculateRead(dsg, () -> ReportPage.render(dsg, site, page, pages)).bytes());
        } catch (org.apache.jena.query.QueryCancelledException e) {
            Responses.plain(resp, 503, "the report took longer than the query timeout");
        }
    }

    private static void send(HttpServletResponse resp, String type, byte[] body) throws IOException {
        resp.setStatus(200);
        resp.setContentType(type + "; charset=utf-8");
        resp.getOutputStream().write(body);
    }
}
