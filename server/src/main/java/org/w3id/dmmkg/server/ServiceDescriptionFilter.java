package org.w3id.dmmkg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.w3id.dmmkg.server.fuseki.SparqlEditor;
import org.w3id.dmmkg.server.linked.Responses;
import org.w3id.dmmkg.store.describe.DatasetDescription;

/**
 * The SPARQL endpoint asked for without a query ({@code GET /dmm/sparql}): a browser is sent
 * to the SPARQL editor, any other client gets the endpoint's SPARQL 1.1 Service Description,
 * so that the endpoint the VoID description names answers rather than failing.
 */
final class ServiceDescriptionFilter implements Filter {
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    private final Set<String> paths;

    /** @param dataset the dataset's name; its endpoints are {@code /NAME}, {@code /NAME/sparql}, {@code /NAME/query} */
    ServiceDescriptionFilter(String dataset) {
        this.paths = Set.of("/" + dataset, "/" + dataset + "/sparql", "/" + dataset + "/query");
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String path = req.getRequestURI().substring(req.getContextPath().length());
        boolean bare = ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod())) && paths.contains(path)
                && req.getQueryString() == null;
        if (!bare) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse resp = (HttpServletResponse) response;
        String accept = req.getHeader("Accept");
        if (accept != null && accept.contains("text/html")) {
            // Set by hand: the servlet API's redirect refuses the editor's #fragment, which the UI routes by.
            resp.setStatus(303);
            resp.setHeader("Location", SparqlEditor.PATH);
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, description(Responses.base(req) + path, Responses.base(req)), Lang.TURTLE);
        resp.setStatus(200);
        resp.setContentType("text/turtle; charset=utf-8");
        resp.getOutputStream().write(out.toByteArray());
    }

    private static Model description(String endpoint, String server) {
        Model m = ModelFactory.createDefaultModel().setNsPrefix("sd", SD).setNsPrefix("void", DatasetDescription.VOID);
        Resource service = m.createResource(endpoint).addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(m.createProperty(SD, "endpoint"), m.createResource(endpoint))
                .addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "UnionDefaultGraph"));
        for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
            "SPARQL_Results_TSV", "Turtle", "JSON-LD", "N-Triples", "RDF_XML"}) {
            service.addProperty(m.createProperty(SD, "resultFormat"), m.createResource(FORMATS + f));
        }
        service.addProperty(m.createProperty(SD, "defaultDataset"), m.createResource(DatasetDescription.DATASET)
                .addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(m.createProperty(DatasetDescription.VOID, "sparqlEndpoint"), m.createResource(endpoint))
                .addProperty(org.apache.jena.vocabulary.RDFS.seeAlso, m.createResource(server + "/.well-known/void")));
        return m;
    }
}
