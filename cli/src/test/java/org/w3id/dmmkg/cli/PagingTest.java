package org.w3id.dmmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmmkg.server.DmmServer;
import org.w3id.dmmkg.server.ServerSettings;
import org.w3id.dmmkg.server.queries.QueryCatalogue;
import org.w3id.dmmkg.store.StoreConfig;

/**
 * Saved queries a page at a time, over the five seed letters: the project's queries copied to
 * a folder of the test's own with {@code #+ pagination: 2}, so that the seeds fill several
 * pages. Pages over HTTP with their {@code Link} headers, bad and past-the-end pages, the
 * gallery's page links (also in Chromium), and the command line, which
 * gives every row unless asked for a page. Also the response buffer that pages and all pass through.
 */
class PagingTest {
    @TempDir
    static Path store;
    @TempDir
    static Path queries;
    static FusekiServer server;
    static String base;
    static TestSupport cliAll;
    static TestSupport cliPage2;
    static TestSupport cliPage3;
    static TestSupport cliPastTheEnd;
    static TestSupport cliSizeOverride;
    static TestSupport cliUnpaged;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() throws Exception {
        TestSupport.loadSeeds(store);
        for (String name : List.of("letters-overview", "mission-quotes", "letters-per-year", "full-text-search")) {
            String text = Files.readString(Home.queries().resolve(name + ".rq"), StandardCharsets.UTF_8);
            Files.writeString(queries.resolve(name + ".rq"), text.replace("#+ pagination: 100", "#+ pagination: 2"));
        }
        // The command line opens the store itself: before the server, which holds it, starts.
        String file = queries.resolve("letters-overview.rq").toString();
        cliAll = query(file);
        cliPage2 = query(file, "--page", "2");
        cliPage3 = query(file, "--page", "3");
        cliPastTheEnd = query(file, "--page", "4");
        cliSizeOverride = query("letters-overview", "--page", "2", "--page-size", "2");
        cliUnpaged = query("letters-per-year", "--page", "1");
        server = server(ServerSettings.loopback(0));
        base = "http://127.0.0.1:" + server.getHttpPort();
    }

    private static TestSupport query(String... args) {
        List<String> all = new ArrayList<>(List.of("query", "--store", store.toString(), "--format", "csv"));
        all.addAll(List.of(args));
        return TestSupport.run(all.toArray(new String[0]));
    }

    private static FusekiServer server(ServerSettings settings) throws Exception {
        FusekiServer s = DmmServer.build(StoreConfig.read(Home.config(), store), settings, QueryCatalogue.read(queries));
        s.start();
        return s;
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> rows(String csv) {
        return csv.lines().skip(1).toList();
    }

    private static String link(HttpResponse<String> r) {
        return r.headers().firstValue("Link").orElse("");
    }

    @Test
    void pagesOfTwoMakeUpEveryRowInOrderWithLinksToFirstPrevAndNext() throws Exception {
        String api = base + "/api/queries/letters-overview.csv";
        HttpResponse<String> all = get(api + "?page=all");
        assertEquals(200, all.statusCode(), all.body());
        assertEquals(5, rows(all.body()).size(), "the seeds are five letters");
        assertEquals("", link(all), "every row: no pages to link");

        HttpResponse<String> first = get(api);
        HttpResponse<String> page1 = get(api + "?page=1");
        HttpResponse<String> page2 = get(api + "?page=2");
        HttpResponse<String> page3 = get(api + "?page=3");
        assertEquals(page1.body(), first.body(), "no page asked for is the first");
        List<String> joined = new ArrayList<>();
        for (HttpResponse<String> r : List.of(page1, page2, page3)) {
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().startsWith("letter,file,date,"), r.body());
            joined.addAll(rows(r.body()));
        }
        assertEquals(List.of(2, 2, 1), List.of(rows(page1.body()).size(), rows(page2.body()).size(),
                rows(page3.body()).size()));
        assertEquals(rows(all.body()), joined, "the pages, one after another, are every row in the query's order");

        assertEquals("<" + api + "?page=1>; rel=\"first\", <" + api + "?page=2>; rel=\"next\"", link(page1));
        assertEquals("<" + api + "?page=1>; rel=\"first\", <" + api + "?page=1>; rel=\"prev\", <" + api
                + "?page=3>; rel=\"next\"", link(page2));
        assertEquals("<" + api + "?page=1>; rel=\"first\", <" + api + "?page=2>; rel=\"prev\"", link(page3));
        for (HttpResponse<String> r : List.of(page1, page2, page3)) {
            assertFalse(link(r).contains("last"), "a last page would mean counting every row: " + link(r));
        }
    }

    @Test
    void pagesOfAFullTextSearchReadOnlyTheHitsUpToTheirLastAndMakeUpEveryHitInOrder() throws Exception {
        // "defensie" is in every seed letter; its pages are read from the best hits up to each page's last.
        String api = base + "/api/queries/full-text-search.csv?q=defensie";
        List<String> every = rows(get(api + "&page=all").body());
        assertEquals(5, every.size(), "every seed letter has the word");
        List<String> joined = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            HttpResponse<String> r = get(api + "&page=" + page);
            assertEquals(200, r.statusCode(), r.body());
            joined.addAll(rows(r.body()));
        }
        assertEquals(every, joined, "best score first, equal scores by letter, on the pages as in the whole list");
        assertEquals(404, get(api + "&page=4").statusCode());
    }

    @Test
    void linksKeepTheQuerysParametersAndFormat() throws Exception {
        String api = base + "/api/queries/mission-quotes";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(api + "?mission=kfor&page=2"))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        assertEquals(2, org.apache.jena.atlas.json.JSON.parse(r.body()).get("results").getAsObject().get("bindings")
                .getAsArray().size());
        assertTrue(link(r).contains("<" + api + "?mission=kfor&page=3>; rel=\"next\""), link(r));
        assertTrue(link(r).contains("<" + api + "?mission=kfor&page=1>; rel=\"prev\""), link(r));
        HttpResponse<String> crossOrigin = HTTP.send(HttpRequest.newBuilder(URI.create(api + "?page=2"))
                .header("Origin", "https://example.org").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("Link", crossOrigin.headers().firstValue("Access-Control-Expose-Headers").orElse(""),
                "a script on another site can read the links");
    }

    @Test
    void badPagesAre400AndAPagePastTheLastIs404InOneLine() throws Exception {
        String api = base + "/api/queries/letters-overview.csv?page=";
        for (String bad : List.of("0", "-1", "abc", "1.5", "99999999", "2&page=3", "")) {
            HttpResponse<String> r = get(api + bad);
            assertEquals(400, r.statusCode(), bad + ": " + r.body());
            assertEquals(1, r.body().strip().lines().count(), r.body());
            assertTrue(r.body().startsWith("parameter page: "), r.body());
        }
        HttpResponse<String> past = get(api + "4");
        assertEquals(404, past.statusCode(), past.body());
        assertEquals("query letters-overview: page 4 is past the last page of results\n", past.body());
        assertEquals("<" + base + "/api/queries/letters-overview.csv?page=1>; rel=\"first\"", link(past));

        HttpResponse<String> unpaged = get(base + "/api/queries/letters-per-year.csv?page=2");
        assertEquals(400, unpaged.statusCode());
        assertTrue(unpaged.body().contains("is not paged"), unpaged.body());
        assertEquals(200, get(base + "/api/queries/letters-per-year.csv?page=all").statusCode());
        assertEquals("", link(get(base + "/api/queries/letters-per-year.csv")), "one page: no links");
    }

    @Test
    void galleryPagesLinkToTheirNeighboursAndTheDownloadsHaveEveryRow() throws Exception {
        Document page2 = Jsoup.parse(get(base + "/queries/mission-quotes?mission=kfor&page=2").body());
        assertEquals(2, page2.select("#results table tbody tr").size());
        var nav = page2.selectFirst("#results nav.pager[aria-label]");
        assertEquals("/queries/mission-quotes?mission=kfor&page=1", nav.selectFirst("a[rel=prev]").attr("href"));
        assertEquals("/queries/mission-quotes?mission=kfor&page=3", nav.selectFirst("a[rel=next]").attr("href"));
        assertEquals("Next page, page 3", nav.selectFirst("a[rel=next]").attr("aria-label"));
        assertEquals("Page 2", nav.selectFirst("[aria-current=page]").text());
        assertTrue(page2.selectFirst("#results .status").text().startsWith("Page 2: results 3–4; more on the next page"));
        assertEquals("/queries/mission-quotes?mission=kfor&page=2", page2.selectFirst("#permalink").attr("href"));
        String csv = page2.selectFirst("a.download-csv").attr("href");
        assertEquals("/api/queries/mission-quotes.csv?mission=kfor&page=all", csv);
        assertEquals(5, rows(get(base + csv).body()).size());

        Document page3 = Jsoup.parse(get(base + "/queries/mission-quotes?page=3").body());
        assertEquals(1, page3.select("#results table tbody tr").size());
        assertEquals(null, page3.selectFirst("a[rel=next]"));
        assertEquals("/queries/mission-quotes?page=1", page3.selectFirst("a[rel=first]").attr("href"));
        HttpResponse<String> past = get(base + "/queries/mission-quotes?page=9");
        assertEquals(404, past.statusCode());
        assertEquals("query mission-quotes: page 9 is past the last page of results\n", past.body());
        HttpResponse<String> bad = get(base + "/queries/mission-quotes?page=" + URLEncoder.encode("<b>", StandardCharsets.UTF_8));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().startsWith("query mission-quotes: parameter page: '<b>' is not a page number"), bad.body());
    }

    @Test
    void aReaderPagesThroughTheGalleryInChromium() throws Exception {
        Assumptions.assumeTrue(WebDriver.available(), "Debian's chromium and chromium-driver are not installed");
        try (WebDriver browser = new WebDriver()) {
            browser.open(base + "/queries/letters-overview");
            browser.find("#results table tbody tr");
            browser.click(browser.find("#results nav.pager a[rel=next]"));
            browser.find("#results nav.pager a[rel=prev]");
            assertTrue(browser.url().endsWith("/queries/letters-overview?page=2"), browser.url());
            browser.screenshot(Path.of("target", "screenshots", "gallery-page-2.png"));
            browser.click(browser.find("#results nav.pager a[rel=next]"));
            browser.find("#results nav.pager a[rel=first]");
            assertEquals("1", browser.script("return String(document.querySelectorAll('#results tbody tr').length);")
                    .getAsString().value());
            assertEquals("false", browser.script("return String(!!document.querySelector('a[rel=next]'));")
                    .getAsString().value(), "the last page has no next");
        }
    }

    /** Responses are buffered 32 KB at a time (not Fuseki's 5 MB each), and larger ones arrive whole. */
    @Test
    void eachResponseHasA32KbBufferAndLargerOnesArriveWhole() throws Exception {
        for (var connector : server.getJettyServer().getConnectors()) {
            var http = connector.getConnectionFactory(org.eclipse.jetty.server.HttpConnectionFactory.class);
            assertEquals(ServerSettings.DEFAULT_OUTPUT_BUFFER_BYTES, http.getHttpConfiguration().getOutputBufferSize());
        }
        HttpResponse<String> dump = get(base + "/dumps/dmm-kg.nq");
        assertEquals(200, dump.statusCode());
        assertTrue(dump.body().length() > 10 * ServerSettings.DEFAULT_OUTPUT_BUFFER_BYTES, "" + dump.body().length());
        org.apache.jena.sparql.core.DatasetGraph parsed = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        org.apache.jena.riot.RDFParser.fromString(dump.body(), org.apache.jena.riot.Lang.NQUADS).parse(parsed);
        assertTrue(parsed.stream().count() > 5000, "the whole dump, not a buffer's worth");
    }

    @Test
    void theCommandLineGivesEveryRowUnlessAskedForAPage() throws Exception {
        assertEquals(0, cliAll.exitCode, cliAll.err.toString());
        List<String> every = rows(cliAll.out.toString());
        assertEquals(5, every.size(), "the header's pagination is for HTTP: the command line gives every row");
        assertEquals(0, cliPage2.exitCode, cliPage2.err.toString());
        assertEquals(every.subList(2, 4), rows(cliPage2.out.toString()));
        assertTrue(cliPage2.err.toString().contains("more on --page 3"), cliPage2.err.toString());
        assertEquals(every.subList(4, 5), rows(cliPage3.out.toString()));
        assertEquals("", cliPage3.err.toString(), "the last page: nothing more");
        assertEquals(1, cliPastTheEnd.exitCode);
        assertTrue(cliPastTheEnd.err.toString().contains("page 4 is past the last page"), cliPastTheEnd.err.toString());
        assertEquals(0, cliSizeOverride.exitCode, cliSizeOverride.err.toString());
        assertEquals(every.subList(2, 4), rows(cliSizeOverride.out.toString()), "--page-size pages any saved query");
        assertEquals(2, cliUnpaged.exitCode);
        assertTrue(cliUnpaged.err.toString().contains("give --page-size N with --page"), cliUnpaged.err.toString());
    }
}
