package org.w3id.dmmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmmkg.server.ServerSettings;
import org.w3id.dmmkg.server.queries.CannedQuery;
import org.w3id.dmmkg.server.queries.QueryCatalogue;



/**
 * The saved queries over the seed store: every one returns its expected results
 * ({@code queries/expected/NAME.csv}) from the command line and over HTTP; the OpenAPI
 * document describes them; the gallery, opened in headless Chromium, runs one.
 */
class SavedQueriesEndToEndTest {
    @TempDir
    static Path store;
    static FusekiServer server;
    static String base;
    static QueryCatalogue catalogue;
    static TestSupport cli;
    static TestSupport questWithDefault;
    static TestSupport questForKfor;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() throws Exception {
        TestSupport.loadSeeds(store);
        cli = TestSupport.run("query", "missions-across-meetings", "--store", store.toString(), "--format", "csv");
        // The command line opens the store itself: before the server, which holds it, starts.
        questWithDefault = TestSupport.run("query", "mission-quotes", "--store", store.toString(), "--format", "csv");
        questForKfor = TestSupport.run("query", "mission-quotes", "--store", store.toString(), "--format", "csv",
                "--param", "mission=kfor");
        catalogue = QueryCatalogue.read(Home.queries());
        server = TestSupport.startServer(store, ServerSettings.loopback(0));
        base = "http://127.0.0.1:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> sortedLines(String csv) {
        List<String> lines = new ArrayList<>(csv.lines().toList());
        Collections.sort(lines.subList(Math.min(1, lines.size()), lines.size()));
        return lines;
    }

    private static String expected(String name) throws Exception {
        return Files.readString(Home.queries().resolve("expected").resolve(name + ".csv"), StandardCharsets.UTF_8);
    }

    @Test
    void commandLineListsTheMissionsOfLettersAboutTwoOrMoreMeetings() throws Exception {
        assertEquals(0, cli.exitCode, cli.err.toString());
        assertEquals(sortedLines(expected("missions-across-meetings")), sortedLines(cli.out.toString()));
    }

    @Test
    void everySavedQueryReturnsItsExpectedResultsOverHttp() throws Exception {
        for (CannedQuery q : catalogue.queries()) {
            if (q.tags().contains("federated")) {
                continue; // they call Wikidata; LinkedDataTest runs them against a loopback fixture
            }
            HttpResponse<String> r = get("/api/queries/" + q.name() + ".csv?" + q.defaultsAsQueryString(), "*/*");
            assertEquals(200, r.statusCode(), q.name() + ": " + r.body());
            assertEquals(sortedLines(expected(q.name())), sortedLines(r.body()), q.name());
        }
    }

    @Test
    void resultFormatFollowsTheAcceptHeader() throws Exception {
        HttpResponse<String> json = get("/api/queries/missions-across-meetings", "application/sparql-results+json");
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        JsonObject results = JSON.parse(json.body());
        assertEquals(3, results.get("results").getAsObject().get("bindings").getAsArray().size());
        HttpResponse<String> tsv = get("/api/queries/missions-across-meetings", "text/tab-separated-values");
        assertTrue(tsv.body().startsWith("?mission\t"), tsv.body());
    }

    @Test
    void badParameterIsA400WithThePlainReason() throws Exception {
        HttpResponse<String> r = get("/api/queries/mission-quotes?mission=%3Cscript%3Ealert(1)%3C/script%3E", "*/*");
        assertEquals(400, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertEquals(404, get("/api/queries/no-such-query", "*/*").statusCode());
    }

    @Test
    void catalogueAndOpenApiDescribeEveryQuery() throws Exception {
        JsonArray list = JSON.parseAny(get("/api/queries", "application/json").body()).getAsArray();
        assertEquals(catalogue.queries().size(), list.size());
        JsonObject openapi = JSON.parse(get("/api/openapi.json", "application/json").body());
        assertEquals("3.0.3", openapi.get("openapi").getAsString().value());
        JsonObject paths = openapi.get("paths").getAsObject();
        for (CannedQuery q : catalogue.queries()) {
            JsonObject op = paths.get("/api/queries/" + q.name()).getAsObject().get("get").getAsObject();
            assertEquals(q.summary(), op.get("summary").getAsString().value());
            assertEquals(q.parameters().size() + (q.paged() ? 1 : 0), op.get("parameters").getAsArray().size(), q.name());
            for (JsonValue p : op.get("parameters").getAsArray()) {
                String name = p.getAsObject().get("name").getAsString().value();
                if (name.equals("page")) {
                    assertTrue(q.paged(), q.name() + " has a page parameter: it is paged");
                    assertEquals(false, p.getAsObject().get("required").getAsBoolean().value());
                    continue;
                }
                boolean hasDefault = q.defaults().containsKey(name);
                boolean required = q.parameters().stream().anyMatch(x -> x.name().equals(name) && x.required());
                assertEquals(required && !hasDefault, p.getAsObject().get("required").getAsBoolean().value(),
                        q.name() + " " + name);
                assertEquals(hasDefault, p.getAsObject().get("schema").getAsObject().hasKey("default"), q.name() + " " + name);
            }
            JsonObject content = op.get("responses").getAsObject().get("200").getAsObject().get("content").getAsObject();
            for (String type : List.of("application/sparql-results+json", "text/csv", "text/tab-separated-values",
                "application/sparql-results+xml")) {
                assertTrue(content.get(type).getAsObject().hasKey("schema"), q.name() + " " + type);
            }
        }
        assertEquals(base, openapi.get("servers").getAsArray().get(0).getAsObject().get("url").getAsString().value());
        assertEquals(0, openapi.get("security").getAsArray().size(), "public: no security");
        assertTrue(openapi.get("info").getAsObject().get("license").getAsObject().hasKey("url"));
    }

    @Test
    void catalogueIsInTheStoreAsRdf() throws Exception {
        String q = "PREFIX sh: <http://www.w3.org/ns/shacl#> SELECT (COUNT(?q) AS ?n) WHERE { ?q a sh:SPARQLExecutable }";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/dmm/sparql?query="
                + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("n\r\n" + catalogue.queries().size() + "\r\n", r.body());
    }

    @Test
    void galleryReachedFromTheStartPageRunsAQueryInChromium() throws Exception {
        Assumptions.assumeTrue(WebDriver.available(), "Debian's chromium and chromium-driver are not installed");
        try (WebDriver browser = new WebDriver()) {
            browser.open(base + "/");
            browser.click(browser.find("header nav a[href='/queries']"));
            browser.click(browser.find("#query-missions-across-meetings form.run button[type=submit]"));
            browser.find("#results table tbody tr");
            JsonValue rows = browser.script("return Array.from(document.querySelectorAll('#results table tr'))"
                    + ".map(r => Array.from(r.cells).map(c => { const a = c.querySelector('a[title]');"
                    + " return a ? a.title : c.textContent; }).join(','));");
            List<String> shown = rows.getAsArray().stream().map(v -> v.getAsString().value()).toList();
            assertEquals(sortedLines(expected("missions-across-meetings")), sortedLines(String.join("\n", shown)));
            browser.screenshot(Path.of("target", "screenshots", "gallery.png"));
        }
    }

    /** A string parameter is one value whatever it holds: commas and quotes are part of it. */
    @Test
    void aStringParameterIsOneValueWhateverItHolds() throws Exception {
        String q = "\"Defence Investment Pledge\", ESSI";
        HttpResponse<String> page = get("/queries/full-text-search?q=" + java.net.URLEncoder.encode(q,
                StandardCharsets.UTF_8), "text/html");
        assertEquals(200, page.statusCode(), page.body());
        var doc = org.jsoup.Jsoup.parse(page.body());
        List<String> fields = doc.select("fieldset[data-name=q] input").eachAttr("value");
        assertEquals(List.of(q, ""), fields, "one field holds the value, one more is offered");
        String editor = doc.selectFirst("a.open-editor").attr("href");
        String bound = java.net.URLDecoder.decode(editor.substring(editor.indexOf("query=") + 6), StandardCharsets.UTF_8);
        assertTrue(bound.contains("VALUES ?_q { \"\\\"Defence Investment Pledge\\\", ESSI\" }"), bound);
    }

    @Test
    void galleryFiltersByTagAndRefusesBadParametersInOneLine() throws Exception {
        var doc = org.jsoup.Jsoup.parse(get("/queries?tag=missions", "text/html").body());
        List<String> shown = doc.select("section.query").eachAttr("id");
        List<String> tagged = catalogue.queries().stream().filter(q -> q.tags().contains("missions"))
                .map(q -> "query-" + q.name()).toList();
        assertEquals(tagged, shown);
        assertTrue(shown.size() < catalogue.queries().size());
        HttpResponse<String> bad = get("/queries/mission-quotes?mission=%3Cscript%3E", "text/html");
        assertEquals(400, bad.statusCode());
        assertEquals(1, bad.body().strip().lines().count(), bad.body());
        assertTrue(bad.body().startsWith("query mission-quotes: parameter mission"), bad.body());
    }

    /** A parameter whose header gives a default may be left out, on the command line too. */
    @Test
    void defaultsMakeParametersOptionalOnTheCommandLineAndOverHttp() throws Exception {
        TestSupport withDefault = questWithDefault;
        assertEquals(0, withDefault.exitCode, withDefault.err.toString());
        assertEquals(questForKfor.out.toString(), withDefault.out.toString());
        assertEquals(sortedLines(expected("mission-quotes")), sortedLines(withDefault.out.toString()));
        assertEquals(sortedLines(expected("mission-quotes")),
                sortedLines(get("/api/queries/mission-quotes.csv", "*/*").body()));
    }
}
