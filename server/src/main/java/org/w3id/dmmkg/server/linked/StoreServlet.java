package org.w3id.dmmkg.server.linked;

import org.w3id.dmmkg.store.describe.CoverageReport;
import org.w3id.dmmkg.store.describe.DatasetDescription;

import static org.w3id.dmmkg.server.linked.Html.esc;
import static org.w3id.dmmkg.server.linked.Html.link;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * What the server says about its store: the VoID description ({@code /.well-known/void}),
 * the coverage report ({@code /report}) and the latest dumps ({@code /dumps/NAME}).
 */
public final class StoreServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The dump files offered, and their media types; no other name is served. */
    static final Map<String, String> DUMPS = Map.of("dmm-kg.trig", "application/trig", "dmm-kg.nq",
            "application/n-quads", "dmm-kg.jsonld", "application/ld+json", "void.ttl", "text/turtle",
            "context.jsonld", "application/ld+json");

    private final transient Path dumps;
    private final String datasetName;

    public StoreServlet(Path dumps, String datasetName) {
        this.dumps = dumps;
        this.datasetName = datasetName;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        DatasetGraph dsg = DataAccessPointRegistry.get(req.getServletContext()).get("/" + datasetName)
                .getDataService().getDataset();
        if (path.equals("/.well-known/void")) {
            ResourceServlet.Format format = ResourceServlet.format(req);
            if (format == null || format == ResourceServlet.Format.html) {
                format = ResourceServlet.Format.ttl;
            }
            String server = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResourceServlet.Format f = format;
            Txn.executeRead(dsg, () -> RDFDataMgr.write(out, DatasetDescription.describe(dsg, server), f.lang));
            send(resp, 200, f.type, out.toByteArray());
        } else if (path.equals("/report")) {
            String html = Txn.calculateRead(dsg, () -> report(dsg));
            send(resp, 200, "text/html", html.getBytes(StandardCharsets.UTF_8));
        } else if (path.startsWith("/dumps/") && DUMPS.containsKey(path.substring(7))) {
            Path file = dumps.resolve(path.substring(7));
            if (!Files.isRegularFile(file)) {
                send(resp, 404, "text/plain", "no dump yet: run ./dmm-kg export\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            resp.setStatus(200);
            resp.setContentType(DUMPS.get(path.substring(7)) + "; charset=utf-8");
            resp.setContentLengthLong(Files.size(file));
            Files.copy(file, resp.getOutputStream());
        } else {
            send(resp, 404, "text/plain", "not found\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String report(DatasetGraph dsg) {
        StringBuilder b = new StringBuilder("<section><h2>Letters loaded</h2><table><tr><th>file</th><th>date</th>"
                + "<th>type</th><th>loaded</th><th>meetings</th><th>missions</th><th>initiatives</th>"
                + "<th>Kamerstukken</th><th>ministers</th><th>commitments</th><th>SHA-256</th></tr>");
        for (CoverageReport.Letter l : CoverageReport.letters(dsg)) {
            b.append("<tr><td>").append(link(l.iri().replace(org.w3id.dmmkg.loader.vocab.DMM.BASE, "/"), l.file())).append("</td><td>")
                    .append(esc(l.date())).append("</td><td>").append(esc(l.type())).append("</td><td>")
                    .append(esc(l.loadedAt())).append("</td><td>").append(l.meetings()).append("</td><td>")
                    .append(l.missions()).append("</td><td>").append(l.initiatives()).append("</td><td>")
                    .append(l.kamerstukken()).append("</td><td>").append(l.ministers()).append("</td><td>")
                    .append(l.commitments()).append("</td><td class=\"small\">").append(esc(l.sha256().substring(0, 16)))
                    .append("…</td></tr>");
        }
        b.append("</table></section><section><h2>Files that failed</h2><table><tr><th>file</th><th>reason</th>"
                + "<th>when</th></tr>");
        for (CoverageReport.Failure f : CoverageReport.failures(dsg)) {
            b.append("<tr><td>").append(esc(f.file())).append("</td><td>").append(esc(f.reason())).append("</td><td>")
                    .append(esc(f.at())).append("</td></tr>");
        }
        return Html.page("Coverage report", "what the store holds, letter by letter", b.append("</table></section>").toString());
    }

    private static void send(HttpServletResponse resp, int status, String type, byte[] body) throws IOException {
        resp.setStatus(status);
        resp.setContentType(type + "; charset=utf-8");
        resp.getOutputStream().write(body);
    }
}
