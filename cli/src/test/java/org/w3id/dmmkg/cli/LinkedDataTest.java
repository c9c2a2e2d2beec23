package org.w3id.dmmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmmkg.store.describe.DatasetDescription;

import org.w3id.dmmkg.server.DmmServer;
import org.w3id.dmmkg.server.ServerSettings;


/**
 * Dereferenceable IRIs with content negotiation, the entity and letter pages (also in headless
 * Chromium), the VoID description against counts by SPARQL, dumps, the coverage report, and
 * the federated queries against a loopback fixture shaped like Wikidata.
 */
class LinkedDataTest {
    static final String KFOR = "https://w3id.org/dmm-kg/id/mission/kfor";

    @TempDir
    static Path store;
    @TempDir
    static Path exported;
    static TestSupport export;
    static FusekiServer server;
    static FusekiServer wikidata;
    static String base;
    static String fixtureEndpoint;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() throws Exception {
        TestSupport.loadSeeds(store);
        // The command line opens the store itself: before the server, which holds it, starts.
        export = TestSupport.run("export", "--store", store.toString(), exported.toString());
        DatasetGraph fixture = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(fixture, LinkedDataTest.class.getResource("/wikidata-fixture.ttl").toString());
        wikidata = FusekiServer.create().port(0).loopback(true).add("/wikidata", fixture, false).build().start();
        fixtureEndpoint = "http://127.0.0.1:" + wikidata.getHttpPort() + "/wikidata/sparql";
        server = TestSupport.startServer(store, ServerSettings.loopback(0).allowing(fixtureEndpoint));
        base = "http://127.0.0.1:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() {
        server.stop();
        wikidata.stop();
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void missionIriAnswersTurtleWithItsTriples() throws Exception {
        HttpResponse<String> r = get("/id/mission/kfor", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(r.body())).lang(Lang.TURTLE).parse(m);
        assertTrue(m.contains(m.createResource(KFOR), RDF.type, m.createResource("https://w3id.org/dmm-kg/def#Mission")));
    }

    @Test
    void everyFormatIsOfferedByAcceptAndByFormatParameter() throws Exception {
        for (String[] f : new String[][] {{"application/ld+json", "jsonld"}, {"application/n-triples", "nt"},
            {"application/rdf+xml", "rdf"}, {"text/turtle", "ttl"}}) {
            HttpResponse<String> byAccept = get("/id/mission/kfor", f[0]);
            assertEquals(200, byAccept.statusCode(), f[0]);
            assertTrue(byAccept.headers().firstValue("Content-Type").orElse("").startsWith(f[0]), f[0]);
            HttpResponse<String> byParam = get("/id/mission/kfor?format=" + f[1], "text/html");
            assertTrue(byParam.headers().firstValue("Content-Type").orElse("").startsWith(f[0]), f[1]);
        }
    }

    @Test
    void browserGetsTheHtmlPageAndUnknownIrisAre404() throws Exception {
        HttpResponse<String> html = get("/id/mission/kfor", "text/html,application/xhtml+xml");
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("<h1>Kosovo Force</h1>"), html.body());
        assertTrue(html.body().contains("In the letters"));
        assertEquals(404, get("/id/mission/no-such-mission", "text/html").statusCode());
        assertEquals(404, get("/id/mission/kfor/../../../etc/passwd", "text/html").statusCode());
    }

    @Test
    void ontologyAndConceptSchemesDereference() throws Exception {
        assertTrue(get("/def", "text/turtle").body().contains("dmm:Meeting"));
        assertTrue(get("/id/meeting-type", "text/turtle").body().contains("\"UDCG\""));
        assertTrue(get("/id/letter-type/verslag", "text/turtle").body().contains("verslag"));
    }

    @Test
    void voidCountsEqualCountsBySparql() throws Exception {
        Model v = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(get("/.well-known/void", "text/turtle").body())).lang(Lang.TURTLE).parse(v);
        var ds = v.createResource(DatasetDescription.DATASET);
        var voidNs = DatasetDescription.VOID;
        long triples = ds.getProperty(v.createProperty(voidNs, "triples")).getLong();
        long letters = ds.getProperty(v.createProperty(voidNs, "documents")).getLong();
        DatasetGraph dsg = DmmServer.dataset(server);
        Txn.executeRead(dsg, () -> {
            assertEquals(DatasetDescription.count(dsg, DatasetDescription.TRIPLES), triples);
            assertEquals(5, letters);
            long wikidataLinks = v.createResource("https://w3id.org/dmm-kg/id/linkset/wikidata")
                    .getProperty(v.createProperty(voidNs, "triples")).getLong();
            assertEquals(DatasetDescription.count(dsg, DatasetDescription.WIKIDATA), wikidataLinks);
            assertTrue(wikidataLinks > 0, "the vocabulary links out to Wikidata");
            var partitions = v.listObjectsOfProperty(ds, v.createProperty(voidNs, "classPartition")).toList();
            assertEquals(DatasetDescription.classes(dsg).size(), partitions.size());
        });
        String sparqlLetters = get("/dmm/sparql?query=" + URLEncoder.encode(DatasetDescription.LETTERS,
                StandardCharsets.UTF_8), "text/csv").body();
        assertEquals("n\r\n5\r\n", sparqlLetters);
    }

    /** No one ran export: the dumps are written from the store on request, and read back as the store. */
    @Test
    void dumpsAreThereWithoutAnExportAndParseBack() throws Exception {
        HttpResponse<String> trig = get("/dumps/dmm-kg.trig", null);
        assertEquals(200, trig.statusCode());
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.create().source(new StringReader(trig.body())).lang(Lang.TRIG).parse(back);
        assertTrue(back.listGraphNodes().hasNext());
        String context = get("/dumps/context.jsonld", null).body();
        assertTrue(context.contains("\"reportsOn\": { \"@type\": \"@id\", \"@id\": \"dmm:reportsOn\" }"), context);
        DatasetGraph jsonld = DatasetGraphFactory.create();
        RDFParser.create().source(new StringReader(get("/dumps/dmm-kg.jsonld", null).body())).lang(Lang.JSONLD).parse(jsonld);
        assertEquals(back.stream().count(), jsonld.stream().count());
        DatasetGraph nq = DatasetGraphFactory.create();
        RDFParser.create().source(new StringReader(get("/dumps/dmm-kg.nq", null).body())).lang(Lang.NQUADS).parse(nq);
        assertTrue(org.apache.jena.sparql.util.IsoMatcher.isomorphic(back, nq), "N-Quads and TriG hold the same graphs");
        DatasetGraph stored = DmmServer.dataset(server);
        assertEquals(Txn.calculateRead(stored, () -> stored.stream().count()), back.stream().count());
        String listing = get("/dumps/", "text/html").body();
        for (String name : new String[] {"dmm-kg.trig", "dmm-kg.nq", "dmm-kg.jsonld", "void.ttl", "context.jsonld"}) {
            assertTrue(listing.contains("href=\"/dumps/" + name + "\""), name);
        }
        assertEquals(404, get("/dumps/../tdb2/Data-0001/nodes.dat", null).statusCode());
    }

    @Test
    void exportWritesTheSameDumpsToAFolder() throws Exception {
        assertEquals(0, export.exitCode, export.err.toString());
        DatasetGraph served = DatasetGraphFactory.create();
        RDFParser.create().source(new StringReader(get("/dumps/dmm-kg.nq", null).body())).lang(Lang.NQUADS).parse(served);
        DatasetGraph written = DatasetGraphFactory.create();
        RDFParser.create().source(exported.resolve("dmm-kg.nq")).lang(Lang.NQUADS).parse(written);
        assertTrue(org.apache.jena.sparql.util.IsoMatcher.isomorphic(served, written), "export and /dumps/ agree");
        for (String name : new String[] {"dmm-kg.trig", "dmm-kg.jsonld", "void.ttl", "context.jsonld"}) {
            assertTrue(Files.size(exported.resolve(name)) > 0, name);
        }
    }

    /** Every address the VoID description gives on this server (or under the graph's base) answers 200. */
    @Test
    void everyLinkInVoidAnswers200() throws Exception {
        Model v = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(get("/.well-known/void", "text/turtle").body())).lang(Lang.TURTLE).parse(v);
        java.util.Set<String> links = new java.util.TreeSet<>();
        v.listStatements().forEachRemaining(st -> {
            for (var n : List.of(st.getSubject(), st.getObject())) {
                if (n.isURIResource() && (n.asResource().getURI().startsWith(base)
                        || n.asResource().getURI().startsWith("https://w3id.org/dmm-kg/"))) {
                    links.add(n.asResource().getURI().replaceFirst("#.*$", ""));
                }
            }
        });
        assertTrue(links.size() > 8, links.toString());
        HttpClient follow = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        for (String link : links) {
            String url = link.startsWith(base) ? link : base + "/" + link.substring("https://w3id.org/dmm-kg/".length());
            int status = follow.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/turtle").build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            assertEquals(200, status, link);
        }
    }

    @Test
    void reportListsLettersAndFailures() throws Exception {
        String html = get("/report", "text/html").body();
        for (Path seed : Files.list(TestSupport.seeds()).toList()) {
            assertTrue(html.contains(seed.getFileName().toString()), seed.toString());
        }
        assertTrue(html.contains("Files that failed"));
        assertTrue(!html.contains("class=\"pager\""), "five letters are one page: no pager");
        assertEquals(html, get("/report?page=1", "text/html").body());
        HttpResponse<String> past = get("/report?page=2", "text/html");
        assertEquals(404, past.statusCode());
        assertEquals("/report: page 2 is past the last page, 1", past.body().strip());
        assertEquals(400, get("/report?page=x", "text/html").statusCode());
        assertEquals(400, get("/report?page=0", "text/html").statusCode());
    }

    @Test
    void federatedQueriesJoinRowsFromTheWikidataFixture() throws Exception {
        String enc = URLEncoder.encode(fixtureEndpoint, StandardCharsets.UTF_8);
        List<String> countries = get("/api/queries/countries-wikidata-names.csv?endpoint=" + enc, null).body().lines().toList();
        assertTrue(countries.contains("https://w3id.org/dmm-kg/id/country/ua,http://www.wikidata.org/entity/Q212,Ukraine,5"),
                String.join("\n", countries));
        List<String> places = get("/api/queries/meeting-places-coordinates.csv?endpoint=" + enc, null).body().lines().toList();
        assertTrue(places.stream().anyMatch(l -> l.startsWith("https://w3id.org/dmm-kg/id/place/brussel,"
                + "http://www.wikidata.org/entity/Q239,Point(4.351666666 50.846666666)")), String.join("\n", places));
        assertEquals(400, get("/api/queries/countries-wikidata-names.csv?endpoint="
                + URLEncoder.encode("http://127.0.0.1:9/evil", StandardCharsets.UTF_8), null).statusCode());
    }

    @Test
    void publicEndpointRefusesService() throws Exception {
        String q = "SELECT * { SERVICE <" + fixtureEndpoint + "> { ?s ?p ?o } }";
        int status = get("/dmm/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/csv").statusCode();
        assertTrue(status >= 400, "SERVICE answered " + status);
    }

    /**
     * Every annotation of the seeds can be linked to: the reader of its letter has an element
     * {@code id="char-N"} for its start, and the text before that element is exactly the
     * first N code points of the file.
     */
    @Test
    void everyTextPositionSelectorHasItsAnchorInTheReader() throws Exception {
        String q = "PREFIX oa: <http://www.w3.org/ns/oa#> SELECT DISTINCT ?letter ?start WHERE { "
                + "?t oa:hasSource ?letter ; oa:hasSelector ?p . ?p a oa:TextPositionSelector ; oa:start ?start }";
        List<String> rows = get("/dmm/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/csv").body()
                .lines().skip(1).toList();
        assertTrue(rows.size() > 100, "the seeds have hundreds of annotations: " + rows.size());
        java.util.Map<String, org.jsoup.nodes.Document> readers = new java.util.HashMap<>();
        java.util.Map<String, String> sources = new java.util.HashMap<>();
        for (String row : rows) {
            String letter = row.split(",")[0];
            int start = Integer.parseInt(row.split(",")[1].strip());
            String path = letter.substring("https://w3id.org/dmm-kg".length());
            var doc = readers.computeIfAbsent(path, p -> org.jsoup.Jsoup.parse(body(p, "text/html")));
            String source = sources.computeIfAbsent(path, p -> body("/source/" + p.substring(p.lastIndexOf('/') + 1)
                    + ".txt", "text/plain"));
            var anchor = doc.getElementById("char-" + start);
            assertTrue(anchor != null, path + " has no element char-" + start);
            assertEquals(source.substring(0, source.offsetByCodePoints(0, start)), textBefore(doc.selectFirst(".source"), anchor),
                    path + "#char-" + start + " is not at code point " + start);
        }
    }

    /** The text of {@code root} that comes before {@code anchor} in document order. */
    private static String textBefore(org.jsoup.nodes.Element root, org.jsoup.nodes.Element anchor) {
        StringBuilder b = new StringBuilder();
        boolean[] done = {false};
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node == anchor) {
                done[0] = true;
            }
            if (!done[0] && node instanceof org.jsoup.nodes.TextNode t) {
                b.append(t.getWholeText());
            }
        }, root);
        return b.toString();
    }

    private static String body(String path, String accept) {
        try {
            HttpResponse<String> r = get(path, accept);
            assertEquals(200, r.statusCode(), path);
            return r.body();
        } catch (Exception e) {
            throw new AssertionError(path, e);
        }
    }
}
