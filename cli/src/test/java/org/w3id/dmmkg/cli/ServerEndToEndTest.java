package org.w3id.dmmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmmkg.server.ServerSettings;



/** The seeds loaded, the server started on 127.0.0.1 on a free port, and spoken to over HTTP. */
class ServerEndToEndTest {
    private static final String LETTERS = "SELECT ?f WHERE { ?l a <https://w3id.org/dmm-kg/def#Letter> ; "
            + "<https://w3id.org/dmm-kg/def#sourceFile> ?f } ORDER BY ?f";

    @TempDir
    static Path store;
    static FusekiServer server;
    static String base;
    static TestSupport validate;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        TestSupport.loadSeeds(store);
        // The store is locked while the server has it open: validate first.
        validate = TestSupport.run("validate", "--store", store.toString());
        server = TestSupport.startServer(store, ServerSettings.loopback(0));
        base = "http://127.0.0.1:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> post(String path, String field, String value, String accept) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", accept)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(field + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)))
                .build();
        return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void sparqlEndpointListsTheFiveLettersAsCsv() throws Exception {
        HttpResponse<String> r = post("/dmm/sparql", "query", LETTERS, "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals(6, r.body().lines().count(), r.body());
        assertTrue(r.body().startsWith("f\r\n000_d1c2b747a5e6e0d8.txt"), r.body());
    }

    @Test
    void queryEndpointAnswersJson() throws Exception {
        HttpResponse<String> r = post("/dmm/query", "query", LETTERS, "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"004_d216568b6e9ea552.txt\""), r.body());
    }

    @Test
    void updateIsRefused() throws Exception {
        int status = post("/dmm/sparql", "update", "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "*/*").statusCode();
        assertTrue(status >= 400 && status < 500, "update answered " + status);
        int onDataset = post("/dmm", "update", "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "*/*").statusCode();
        assertTrue(onDataset >= 400 && onDataset < 500, "update on /dmm answered " + onDataset);
    }

    @Test
    void graphStorePutIsRefused() throws Exception {
        HttpRequest put = HttpRequest.newBuilder(URI.create(base + "/dmm/get?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build();
        assertEquals(405, HTTP.send(put, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void adminDatasetsAreNotThere() throws Exception {
        int status = post("/$/datasets", "dbName", "x", "*/*").statusCode();
        assertTrue(status == 404 || status == 405, "/$/datasets answered " + status);
    }

    @Test
    void textIndexFindsTheLetterAboutInterflex() throws Exception {
        String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX dmm: <https://w3id.org/dmm-kg/def#> "
                + "SELECT ?f WHERE { ?l text:query (dmm:text 'Interflex') ; dmm:sourceFile ?f }";
        HttpResponse<String> r = post("/dmm/sparql", "query", q, "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("f\r\n004_d216568b6e9ea552.txt\r\n", r.body());
    }

    @Test
    void startPageAtTheRootAndTheFusekiUiUnderItsOwnPath() throws Exception {
        HttpResponse<String> start = get("/");
        assertEquals(200, start.statusCode());
        assertTrue(start.body().contains("What the graph holds"), start.body());
        HttpResponse<String> ui = get("/fuseki/");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("<div id=\"app\">"), ui.body());
        for (String path : new String[] {"/$/server", "/fuseki/$/server"}) {
            HttpResponse<String> status = get(path);
            assertEquals(200, status.statusCode(), path);
            assertTrue(status.body().contains("/dmm"), status.body());
        }
        HttpResponse<String> viaUi = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/fuseki/dmm/sparql?query="
                + java.net.URLEncoder.encode("SELECT (COUNT(*) AS ?n) { ?l a <https://w3id.org/dmm-kg/def#Letter> }",
                        java.nio.charset.StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("n\r\n5\r\n", viaUi.body(), "the UI's queries reach the dataset");
        assertEquals(404, get("/fuseki/$/datasets").statusCode(), "the UI's admin calls are not passed on");
    }

    @Test
    void theEndpointWithoutAQueryDescribesItselfOrSendsABrowserToTheEditor() throws Exception {
        HttpResponse<String> description = get("/dmm/sparql");
        assertEquals(200, description.statusCode());
        org.apache.jena.rdf.model.Model sd = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.create().fromString(description.body()).lang(org.apache.jena.riot.Lang.TURTLE).parse(sd);
        assertTrue(sd.contains(sd.createResource(base + "/dmm/sparql"), org.apache.jena.vocabulary.RDF.type,
                sd.createResource("http://www.w3.org/ns/sparql-service-description#Service")), description.body());
        HttpResponse<String> browser = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/dmm/sparql"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, browser.statusCode());
        assertEquals("/fuseki/#/dataset/dmm/query", browser.headers().firstValue("Location").orElse(""));
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void crossProductIsCutOffByTheServerTimeoutAndTheServerGoesOn() throws Exception {
        String heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        assertEquals(503, post("/dmm/sparql", "query", heavy, "text/csv").statusCode());
        assertEquals(200, post("/dmm/sparql", "query", "ASK { ?s ?p ?o }", "text/csv").statusCode());
    }

    @Test
    void validateConformsOnTheSeeds() {
        assertEquals(0, validate.exitCode, validate.out + "\n" + validate.err);
        assertTrue(validate.out.toString().startsWith("conforms"), validate.out.toString());
    }
}
