package org.w3id.dmmkg.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A headless Chromium driven through Debian's chromedriver with the W3C WebDriver protocol,
 * on 127.0.0.1, stopped on close. Small on purpose: open, find, click, run a script, screenshot.
 */
final class WebDriver implements AutoCloseable {
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

    private final Process driver;
    private final String base;
    private final String session;
    private final Path profile;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    WebDriver() throws Exception {
        this(null);
    }

    /** @param downloads where the browser saves what it downloads, or null for its default */
    WebDriver(Path downloads) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        driver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port, "--allowed-ips=127.0.0.1")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        base = "http://127.0.0.1:" + port;
        waitUntilReady();
        profile = Files.createTempDirectory("chromium-profile");
        String caps = "{\"capabilities\":{\"alwaysMatch\":{\"browserName\":\"chrome\",\"goog:chromeOptions\":{"
                + "\"binary\":\"" + CHROMIUM + "\",\"args\":[\"--headless\",\"--no-sandbox\",\"--disable-gpu\","
                + "\"--disable-quic\",\"--no-first-run\",\"--disable-background-networking\","
                + "\"--disable-component-update\",\"--disable-sync\",\"--disable-dev-shm-usage\","
                + "\"--window-size=1280,1400\",\"--user-data-dir=" + profile + "\"]"
                + (downloads == null ? "" : ",\"prefs\":{\"download.default_directory\":\"" + downloads
                        + "\",\"download.prompt_for_download\":false}")
                + "}}}}";
        session = call("POST", "/session", caps).getAsObject().get("sessionId").getAsString().value();
    }

    static boolean available() {
        return Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
    }

    private void waitUntilReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/status")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("chromedriver did not start");
    }

    void open(String url) throws Exception {
        call("POST", "/session/" + session + "/url", "{\"url\":\"" + url + "\"}");
    }

    /** The first element for a CSS selector, waiting up to 10 s for it. */
    String find(String css) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try {
                JsonValue v = call("POST", "/session/" + session + "/element",
                        "{\"using\":\"css selector\",\"value\":" + JSON.toStringFlat(new org.apache.jena.atlas.json.JsonString(css)) + "}");
                return v.getAsObject().get(ELEMENT).getAsString().value();
            } catch (IllegalStateException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(100);
            }
        }
    }

    void click(String element) throws Exception {
        call("POST", "/session/" + session + "/element/" + element + "/click", "{}");
    }

    /** Runs a script in the page and returns what it returns, as JSON. */
    JsonValue script(String script) throws Exception {
        return call("POST", "/session/" + session + "/execute/sync",
                "{\"script\":" + JSON.toStringFlat(new org.apache.jena.atlas.json.JsonString(script)) + ",\"args\":[]}");
    }

    /** The address of the page shown. */
    String url() throws Exception {
        return call("GET", "/session/" + session + "/url", null).getAsString().value();
    }

    /** Types {@code text} into an element. */
    void type(String element, String text) throws Exception {
        call("POST", "/session/" + session + "/element/" + element + "/value",
                "{\"text\":" + JSON.toStringFlat(new org.apache.jena.atlas.json.JsonString(text)) + "}");
    }

    void screenshot(Path png) throws Exception {
        String data = call("GET", "/session/" + session + "/screenshot", null).getAsString().value();
        Files.createDirectories(png.getParent());
        Files.write(png, Base64.getDecoder().decode(data));
    }

    private JsonValue call(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.method(method, HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonObject json = JSON.parse(r.body());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("WebDriver " + path + ": " + r.statusCode() + " " + r.body());
        }
        return json.get("value");
    }

    @Override
    public void close() throws Exception {
        try {
            call("DELETE", "/session/" + session, null);
        } finally {
            driver.destroy();
            driver.waitFor();
            IO.deleteAll(profile);
        }
    }
}
