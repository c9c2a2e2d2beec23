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
import java.time.Duration;
import java.util.List;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmmkg.server.ServerSettings;

/**
 * A researcher's first visit, walked in headless Chromium over the seeds: the start page, a
 * search for "Interflex", a result, the letter reader scrolled to the words, the mission's
 * page, a saved query about it, and its CSV download. Each step leaves a screenshot in
 * {@code target/screenshots/frontdoor/}.
 */
class FrontDoorTest {
    static final Path SHOTS = Path.of("target", "screenshots", "frontdoor");

    @TempDir
    static Path downloads;
    @RegisterExtension
    static final SeedServer SEEDS = new SeedServer(ServerSettings.loopback(0));
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static String text(JsonValue v) {
        return v.isString() ? v.getAsString().value() : v.toString();
    }

    @Test
    void researcherGoesFromTheStartPageToACsvOfWhatWasSaidAboutInterflex() throws Exception {
        Assumptions.assumeTrue(WebDriver.available(), "Debian's chromium and chromium-driver are not installed");
        try (WebDriver browser = new WebDriver(downloads)) {
            browser.open(SEEDS.base() + "/");
            browser.find("section#holdings ul.counts");
            browser.find("#letters-per-year canvas");
            String counts = text(browser.script("return document.querySelector('#holdings').innerText;"));
            assertTrue(counts.contains("5\nletter"), counts);
            browser.screenshot(SHOTS.resolve("1-start-page.png"));

            browser.type(browser.find("#search-q"), "Interflex");
            browser.click(browser.find("form.search button"));
            browser.find("#letters article.hit mark");
            String marked = text(browser.script("return document.querySelector('#letters article.hit mark').textContent;"));
            assertEquals("interflex", marked.toLowerCase(java.util.Locale.ROOT));
            browser.screenshot(SHOTS.resolve("2-search-interflex.png"));

            browser.click(browser.find("#letters article.hit ul.kwic a"));
            browser.find(".source mark.hit");
            String url = browser.url();
            String anchor = url.substring(url.indexOf('#') + 1);
            assertTrue(anchor.startsWith("char-"), url);
            JsonValue target = browser.script("const e = document.getElementById('" + anchor + "');"
                    + "const r = e.getBoundingClientRect();"
                    + "return [e.textContent, r.top >= 0 && r.bottom <= window.innerHeight, "
                    + "e.closest('a.m') ? e.closest('a.m').getAttribute('href') : ''];");
            assertEquals("interflex", text(target.getAsArray().get(0)).toLowerCase(java.util.Locale.ROOT));
            assertEquals("true", text(target.getAsArray().get(1)), "the reader is scrolled to the words");
            String mission = text(target.getAsArray().get(2));
            assertTrue(mission.startsWith("/id/mission/"), "the words are marked as a mission: " + mission);
            browser.screenshot(SHOTS.resolve("3-reader-at-the-words.png"));

            browser.click(browser.find("a.m[href='" + mission + "']"));
            browser.find("#mentions ul.kwic mark");
            assertTrue(text(browser.script("return document.querySelector('h1').textContent;")).contains("Interflex"));
            browser.screenshot(SHOTS.resolve("4-mission-page.png"));

            browser.click(browser.find("#data a[href^='/queries/mission-quotes']"));
            browser.find("#results table tbody tr");
            List<String> letters = browser.script("return Array.from(document.querySelectorAll("
                    + "'#results tbody tr td:first-child a')).map(a => a.title);").getAsArray().stream()
                    .map(FrontDoorTest::text).toList();
            assertTrue(!letters.isEmpty() && letters.stream().allMatch(l -> l.startsWith("https://w3id.org/dmm-kg/id/letter/")),
                    letters.toString());
            browser.screenshot(SHOTS.resolve("5-saved-query.png"));

            String csvLink = text(browser.script("return document.querySelector('a.download-csv').href;"));
            browser.click(browser.find("a.download-csv"));
            Path csv = awaitDownload();
            List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertTrue(rows.get(0).startsWith("letter,"), rows.get(0));
            assertEquals(letters.size(), rows.size() - 1, "the CSV has the rows the page shows");
            HttpResponse<String> same = HTTP.send(HttpRequest.newBuilder(URI.create(csvLink)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(Files.readString(csv, StandardCharsets.UTF_8), same.body());
            browser.screenshot(SHOTS.resolve("6-after-csv-download.png"));
        }
    }

    /** The CSV file the browser saved, once it is complete. */
    private static Path awaitDownload() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            try (var files = Files.list(downloads)) {
                var done = files.filter(f -> f.getFileName().toString().endsWith(".csv")).findFirst();
                if (done.isPresent()) {
                    return done.get();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no CSV was downloaded to " + downloads);
    }
}
