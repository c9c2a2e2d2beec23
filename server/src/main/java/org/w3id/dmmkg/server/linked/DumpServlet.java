package org.w3id.dmmkg.server.linked;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.jsoup.nodes.Element;
import org.w3id.dmmkg.loader.vocab.DMM;
import org.w3id.dmmkg.server.html.Page;
import org.w3id.dmmkg.server.html.Table;
import org.w3id.dmmkg.server.html.Tags;
import org.w3id.dmmkg.store.RdfBridge;
import org.w3id.dmmkg.store.describe.DatasetDescription;
import org.w3id.dmmkg.store.describe.Dumps;

/**
 * {@code /dumps/}: the whole store in TriG, N-Quads and JSON-LD, its VoID description and the
 * JSON-LD context, always there: each is written from the store as it is asked for, in one
 * read transaction (a consistent snapshot, also while letters load), streamed so that memory
 * stays bounded. {@code /dumps/} lists them.
 */
public final class DumpServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String VOID = "void.ttl";
    private static final String CONTEXT = "context.jsonld";

    private final transient Site site;

    public DumpServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.equals("/dumps")) {
            resp.sendRedirect("/dumps/");
            return;
        }
        String name = path.substring("/dumps/".length());
        DatasetGraph dsg = site.dataset(req);
        if (name.isEmpty()) {
            send(resp, "text/html", listing().bytes());
        } else if (Dumps.FULL.containsKey(name)) {
            resp.setStatus(200);
            resp.setContentType(Dumps.FULL.get(name) + "; charset=utf-8");
            OutputStream out = resp.getOutputStream();
            Txn.executeRead(dsg, () -> Dumps.write(dsg, name, out));
        } else if (name.equals(VOID)) {
            String server = Responses.base(req);
            var out = new java.io.ByteArrayOutputStream();
            Txn.executeRead(dsg, () -> RDFDataMgr.write(out, DatasetDescription.describe(dsg, server), Lang.TURTLE));
            send(resp, "text/turtle", out.toByteArray());
        } else if (name.equals(CONTEXT)) {
            String context = Txn.calculateRead(dsg, () -> Dumps.context(ModelFactory.createModelForGraph(
                    dsg.getGraph(RdfBridge.node(DMM.ONTOLOGY_GRAPH)))));
            send(resp, "application/ld+json", context.getBytes(StandardCharsets.UTF_8));
        } else {
            Responses.plain(resp, 404, path + ": no such dump; see /dumps/");
        }
    }

    private static Page listing() {
        Page page = Page.titled("Dumps", "The whole graph to download, written from the store as you ask for it")
                .current("/dumps/");
        Element main = page.main();
        Tags.paragraph(main, "Each dump holds every named graph: one per letter, the ontology, the reference "
                + "vocabulary, the query catalogue and the store's own description. They are written from the store "
                + "at the moment of the request, so they are always current.");
        Table table = Table.in(main, "Files", "File", "Format", "Media type");
        String[][] rows = {{"dmm-kg.trig", "TriG"}, {"dmm-kg.nq", "N-Quads"}, {"dmm-kg.jsonld", "JSON-LD (expanded)"}};
        for (String[] row : rows) {
            Element tr = table.row();
            Tags.link(tr.appendElement("td"), "/dumps/" + row[0], row[0]);
            Table.cell(tr, row[1]);
            Table.cell(tr, Dumps.FULL.get(row[0]));
        }
        Element tr = table.row();
        Tags.link(tr.appendElement("td"), "/dumps/" + VOID, VOID);
        Table.cell(tr, "VoID and DCAT description (Turtle)");
        Table.cell(tr, "text/turtle");
        tr = table.row();
        Tags.link(tr.appendElement("td"), "/dumps/" + CONTEXT, CONTEXT);
        Table.cell(tr, "JSON-LD context: the ontology's terms as short names");
        Table.cell(tr, "application/ld+json");
        return page;
    }

    private static void send(HttpServletResponse resp, String type, byte[] body) throws IOException {
        resp.setStatus(200);
        resp.setContentType(type + "; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
