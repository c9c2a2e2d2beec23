package org.w3id.dmmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;


import org.w3id.dmmkg.server.ServerSettings;


/** The public endpoint cannot be written to, overloaded by one request, or made to echo a script. */
class EndpointHardeningTest {
    @RegisterExtension
    static final SeedServer SEEDS = new SeedServer(new ServerSettings(0, false, 5, 2000));
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(SEEDS.base() + path));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void updatesUploadsGraphStoreWritesAndAdminOperationsAreRefused() throws Exception {
        String insert = "update=" + URLEncoder.encode("INSERT DATA { <urn:a> <urn:b> <urn:c> }", StandardCharsets.UTF_8);
        for (String path : new String[] {"/dmm", "/dmm/sparql", "/dmm/query", "/dmm/update"}) {
            int status = send("POST", path, "application/x-www-form-urlencoded", insert).statusCode();
            assertTrue(status >= 400 && status < 500, path + " answered update with " + status);
        }
        for (String method : new String[] {"PUT", "POST", "DELETE"}) {
            int status = send(method, "/dmm/get?default", "text/turtle", "<urn:a> <urn:b> <urn:c> .").statusCode();
            assertTrue(status == 405 || status == 404, method + " on the graph store answered " + status);
        }
        assertTrue(send("POST", "/dmm/upload", "text/turtle", "<urn:a> <urn:b> <urn:c> .").statusCode() >= 400);
        for (String admin : new String[] {"/$/datasets?dbName=x&dbType=mem", "/$/compact/dmm", "/$/backup/dmm",
            "/$/reload", "/$/sleep"}) {
            int status = send("POST", admin, null, null).statusCode();
            assertTrue(status == 404 || status == 405, admin + " answered " + status);
        }
        HttpResponse<String> count = send("GET", "/dmm/sparql?query=" + URLEncoder.encode(
                "ASK { <urn:a> <urn:b> <urn:c> }", StandardCharsets.UTF_8), null, null);
        assertTrue(count.body().contains("false"), count.body());
    }

    @Test
    void resultsAreCutAtTheCeiling() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(SEEDS.base() + "/dmm/sparql?query="
                + URLEncoder.encode("SELECT * { ?s ?p ?o }", StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertEquals(1 + 5, r.body().lines().count());
        HttpResponse<String> api = HTTP.send(HttpRequest.newBuilder(URI.create(SEEDS.base()
                + "/api/queries/mission-initiative-cooccurrence.csv")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(1 + 5, api.body().lines().count());
    }

    @Test
    void requestBodyOverTheLimitIsRefused() throws Exception {
        String big = "query=" + URLEncoder.encode("SELECT * { ?s ?p ?o } #" + "x".repeat(3000), StandardCharsets.UTF_8);
        assertEquals(413, send("POST", "/dmm/sparql", "application/x-www-form-urlencoded", big).statusCode());
    }

    @Test
    void browsersOnOtherSitesMayRead() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(SEEDS.base() + "/dmm/sparql?query="
                + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))).header("Origin", "https://example.org").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        Optional<String> allowed = r.headers().firstValue("Access-Control-Allow-Origin");
        assertTrue(allowed.isPresent() && (allowed.get().equals("*") || allowed.get().equals("https://example.org")),
                r.headers().map().toString());
    }

    @Test
    void pathTraversalIsRejected() throws Exception {
        for (String path : new String[] {"/id/../../etc/passwd", "/static/../../../../etc/passwd",
            "/%2e%2e/%2e%2e/etc/passwd", "/api/queries/..%2F..%2Fetc%2Fpasswd", "/queries/../../etc/passwd"}) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(SEEDS.base() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertFalse(r.body().contains("root:"), path + " served " + r.body());
            assertTrue(r.statusCode() >= 400 || !r.body().contains("root:x:0"), path);
        }
    }

    @Test
    void inputIsNeverEchoedAsHtml() throws Exception {
        String script = "<script>alert(1)</script>";
        String enc = URLEncoder.encode(script, StandardCharsets.UTF_8);
        for (String path : new String[] {"/api/queries/" + enc, "/api/queries/mission-quotes?mission=" + enc,
            "/api/queries/full-text-search?q=" + enc + "%22"}) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(SEEDS.base() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String type = r.headers().firstValue("Content-Type").orElse("");
            assertFalse(type.startsWith("text/html") && r.body().contains(script), path + " echoed the script as HTML");
        }
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        Optional<InetAddress> other = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(i -> !i.getName().startsWith("lo")).flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof java.net.Inet4Address && !a.isLoopbackAddress()).findFirst();
        Assumptions.assumeTrue(other.isPresent(), "this machine has no address besides loopback");
        boolean answered;
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(other.get(), SEEDS.port()), 2000);
            answered = true;
        } catch (java.io.IOException refused) {
            answered = false;
        }
        assertFalse(answered, "the server answered on " + other.get());
    }
}
