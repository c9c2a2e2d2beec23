package org.w3id.dmmkg.server.linked;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Dereferenceable IRIs: {@code GET /id/{kind}/{name}}, {@code /def} (the ontology) and the
 * concept schemes, with content negotiation — HTML for browsers; Turtle, JSON-LD,
 * N-Triples and RDF/XML for clients ({@code Accept}, or {@code ?format=}). Unknown: 404.
 */
public final class ResourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("^/(def|id/[a-z][a-z-]*(/[A-Za-z0-9][A-Za-z0-9._~-]*){0,3})$");

    private final transient Links links;
    private final String datasetName;

    public ResourceServlet(String publicBase, String datasetName) {
        this.links = new Links(publicBase);
        this.datasetName = datasetName;
    }

    /** The representations offered, with their media types and Jena languages. */
    enum Format {
        html("text/html", null), ttl("text/turtle", Lang.TURTLE), jsonld("application/ld+json", Lang.JSONLD),
        nt("application/n-triples", Lang.NTRIPLES), rdf("application/rdf+xml", Lang.RDFXML);

        final String type;
        final Lang lang;

        Format(String type, Lang lang) {
            this.type = type;
            this.lang = lang;
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!PATH.matcher(path).matches()) {
            plain(resp, 404, "not a resource of this graph");
            return;
        }
        Format format = format(req);
        if (format == null) {
            plain(resp, 406, "formats offered: html, ttl, jsonld, nt, rdf");
            return;
        }
        DatasetGraph dsg = DataAccessPointRegistry.get(req.getServletContext()).get("/" + datasetName)
                .getDataService().getDataset();
        String iri = links.iri(path);
        byte[] body = Txn.calculateRead(dsg, () -> render(dsg, iri, path, format));
        if (body == null) {
            plain(resp, 404, "the graph says nothing about this resource");
            return;
        }
        resp.setStatus(200);
        resp.setContentType(format.type + "; charset=utf-8");
        resp.setHeader("Vary", "Accept");
        resp.getOutputStream().write(body);
    }

    private byte[] render(DatasetGraph dsg, String iri, String path, Format format) {
        Graph union = dsg.getUnionGraph();
        // A copy: the page writes prefixes into its model, and the store is read-only here.
        Model description = path.equals("/def")
                ? ModelFactory.createDefaultModel().add(ModelFactory.createModelForGraph(
                        dsg.getGraph(org.w3id.dmmkg.store.RdfBridge.node(org.w3id.dmmkg.loader.vocab.DMM.ONTOLOGY_GRAPH))))
                : Describer.describe(union, iri);
        if (description.isEmpty()) {
            return null;
        }
        if (format == Format.html) {
            return new EntityPage(union, links).render(iri, description).getBytes(StandardCharsets.UTF_8);
        }
        description.setNsPrefix("dmm", EntityPage.DMM);
        description.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        description.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        description.setNsPrefix("oa", "http://www.w3.org/ns/oa#");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, description, format.lang);
        return out.toByteArray();
    }

    /** {@code ?format=} first; else the Accept header; a browser gets HTML, any other client Turtle. */
    static Format format(HttpServletRequest req) {
        String f = req.getParameter("format");
        if (f != null) {
            String name = f.toLowerCase(Locale.ROOT).replace("turtle", "ttl").replace("json-ld", "jsonld")
                    .replace("ntriples", "nt").replace("xml", "rdf");
            for (Format x : Format.values()) {
                if (x.name().equals(name)) {
                    return x;
                }
            }
            return null;
        }
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return Format.ttl;
        }
        for (String part : accept.toLowerCase(Locale.ROOT).split(",")) {
            String type = part.split(";")[0].strip();
            for (Format x : Format.values()) {
                if (x.type.equals(type)) {
                    return x;
                }
            }
            if (type.equals("application/xhtml+xml")) {
                return Format.html;
            }
            if (type.equals("application/json")) {
                return Format.jsonld;
            }
            if (type.equals("*/*") || type.equals("text/*")) {
                return Format.ttl;
            }
        }
        return null;
    }

    private static void plain(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
