package org.w3id.dmmkg.server.linked;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.dmmkg.loader.vocab.DMM;
import org.w3id.dmmkg.loader.vocab.Prefixes;
import org.w3id.dmmkg.server.html.Page;
import org.w3id.dmmkg.store.RdfBridge;

/**
 * Dereferenceable IRIs: {@code GET /id/{kind}/{name}}, {@code /def} (the ontology) and the
 * concept schemes, with content negotiation: HTML pages for browsers (the letter reader for a
 * letter); Turtle, JSON-LD, N-Triples and RDF/XML for clients ({@code Accept}, or
 * {@code ?format=}). {@code /id/{kind}} alone is the list of that class. Unknown: 404.
 */
public final class ResourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("^/(def|id/[a-z][a-z-]*(/[A-Za-z0-9][A-Za-z0-9._~-]*){0,3})$");
    private final transient Site site;
    private final transient Links links;

    public ResourceServlet(Site site) {
        this.site = site;
        this.links = site.links();
    }

    /** The representations offered, with their media types and Jena languages. */
    public enum Format {
        html("text/html", null), ttl("text/turtle", Lang.TURTLE), jsonld("application/ld+json", Lang.JSONLD),
        nt("application/n-triples", Lang.NTRIPLES), rdf("application/rdf+xml", Lang.RDFXML);

        public final String type;
        public final Lang lang;

        Format(String type, Lang lang) {
            this.type = type;
            this.lang = lang;
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!PATH.matcher(path).matches()) {
            Responses.plain(resp, 404, path + ": not a resource of this graph");
            return;
        }
        Format format = format(req);
        if (format == null) {
            Responses.plain(resp, 406, path + ": formats offered: html, ttl, jsonld, nt, rdf");
            return;
        }
        PageRequest page;
        try {
            page = PageRequest.of(req, path);
        } catch (IllegalArgumentException e) {
            Responses.plain(resp, 400, path + ": " + e.getMessage());
            return;
        }
        DatasetGraph dsg = site.dataset(req);
        byte[] body;
        try {
            body = Txn.calculateRead(dsg, () -> render(dsg, path, format, page));
        } catch (QueryCancelledException e) {
            Responses.plain(resp, 503, path + ": the page took longer than the query timeout allows; try again later");
            return;
        }
        if (body == null) {
            Responses.plain(resp, 404, path + ": the graph says nothing about this resource");
            return;
        }
        resp.setStatus(200);
        resp.setContentType(format.type + "; charset=utf-8");
        resp.setHeader("Vary", "Accept");
        resp.getOutputStream().write(body);
    }

    private byte[] render(DatasetGraph dsg, String path, Format format, PageRequest request) {
        String iri = links.iri(path);
        Graph union = dsg.getUnionGraph();
        boolean ontology = path.equals("/def");
        Model description = ontology
                ? ModelFactory.createDefaultModel().add(ModelFactory.createModelForGraph(
                        dsg.getGraph(RdfBridge.node(DMM.ONTOLOGY_GRAPH))))
                : Describer.describe(union, iri);
        String kind = path.substring(path.lastIndexOf('/') + 1);
        boolean list = description.isEmpty() && path.startsWith("/id/") && path.indexOf('/', 4) < 0
                && BrowsePage.KINDS.containsKey(kind);
        if (format == Format.html) {
            Page page = html(dsg, path, iri, description, list, request);
            return page == null ? null : page.bytes();
        }
        if (list) {
            description = members(dsg, iri, BrowsePage.KINDS.get(kind));
        }
        if (description.isEmpty()) {
            return null;
        }
        Prefixes.MAP.forEach(description::setNsPrefix);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, description, format.lang);
        return out.toByteArray();
    }

    private Page html(DatasetGraph dsg, String path, String iri, Model description, boolean list, PageRequest request) {
        Sparql sparql = site.sparql(dsg);
        if (path.equals("/def")) {
            return new OntologyPage(description.getGraph(), links).render();
        }
        if (list) {
            String kind = BrowsePage.KINDS.get(path.substring(4));
            Overview.Listing listing = site.overview().get(sparql).listing(kind);
            return new BrowsePage(listing, new Labels(dsg.getUnionGraph()), links)
                    .render(path, request.order(kind), request.page());
        }
        if (description.isEmpty()) {
            return null;
        }
        Node self = NodeFactory.createURI(iri);
        if (dsg.getUnionGraph().contains(self, Terms.TYPE, Terms.LETTER)) {
            return new LetterPage(sparql, links).render(self, request.query());
        }
        return new EntityPage(sparql, links).render(self, path, request.page());
    }

    /** A class's list as data: the list's IRI with an {@code rdfs:member} for each resource letters mention. */
    private Model members(DatasetGraph dsg, String iri, String kind) {
        Model m = ModelFactory.createDefaultModel();
        var list = m.createResource(iri);
        for (Overview.Entry e : site.overview().get(site.sparql(dsg)).listing(kind).entries()) {
            list.addProperty(org.apache.jena.vocabulary.RDFS.member, m.createResource(e.node().getURI()));
        }
        return m;
    }

    /** {@code ?format=} first; else the Accept header; a browser gets HTML, any other client Turtle. */
    public static Format format(HttpServletRequest req) {
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
        return fromAccept(req.getHeader("Accept"));
    }

    private static Format fromAccept(String accept) {
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

    /** The parameters a page takes: {@code page}, {@code sort} and {@code order} of a list, {@code q} of a letter. */
    record PageRequest(int page, String sort, String order, String query) {
        static PageRequest of(HttpServletRequest req, String path) {
            String p = req.getParameter("page");
            int page = 1;
            if (p != null) {
                if (!p.matches("[0-9]{1,6}")) {
                    throw new IllegalArgumentException("page must be a number from 1, got '" + p + "'");
                }
                page = Integer.parseInt(p);
            }
            String sort = req.getParameter("sort");
            if (sort != null && !sort.matches("name|count|date|type|first|last")) {
                throw new IllegalArgumentException("sort must be one of name, count, date, type, first, last");
            }
            String order = req.getParameter("order");
            if (order != null && !order.matches("asc|desc")) {
                throw new IllegalArgumentException("order must be asc or desc");
            }
            String q = req.getParameter("q");
            if (q != null && q.length() > Site.MAX_QUERY_CHARS) {
                throw new IllegalArgumentException("q is longer than " + Site.MAX_QUERY_CHARS + " characters");
            }
            return new PageRequest(page, sort, order, q);
        }

        BrowsePage.Order order(String kind) {
            BrowsePage.Order fallback = BrowsePage.defaultOrder(kind);
            return sort == null ? fallback
                    : new BrowsePage.Order(sort, order == null ? !sort.equals("name") : order.equals("desc"));
        }
    }
}
