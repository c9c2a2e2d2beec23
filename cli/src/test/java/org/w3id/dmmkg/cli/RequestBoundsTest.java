package org.w3id.dmmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.dmmkg.server.ServerSettings;

/**
 * Every request the endpoint accepts is bounded: the second round of hardening, one test per
 * defect, each with the attack that found it.
 */
class RequestBoundsTest {
    @RegisterExtension
    static final SeedServer SEEDS = new SeedServer(ServerSettings.loopback(0));
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** A query of about {@code chars} characters that parses: a long comment. */
    private static String queryOf(int chars) {
        return "ASK {} #" + "x".repeat(chars);
    }

    private static HttpResponse<String> post(String body, String contentType, String encoding, byte[] raw) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(SEEDS.base() + "/dmm/sparql")).header("Content-Type", contentType);
        if (encoding != null) {
            b.header("Content-Encoding", encoding);
        }
        b.POST(HttpRequest.BodyPublishers.ofByteArray(raw != null ? raw : body.getBytes(StandardCharsets.UTF_8)));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> ask(String query) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(SEEDS.base() + "/dmm/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void gzipBombIsRefusedByItsDecodedSize() throws Exception {
        byte[] bomb = gzip(queryOf(5_000_000));
        assertTrue(bomb.length < 10_000, "the bomb is small: " + bomb.length);
        HttpResponse<String> r = post(null, "application/sparql-query", "gzip", bomb);
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(r.body().contains("once decoded"), r.body());
        HttpResponse<String> twice = post(null, "application/sparql-query", "gzip, gzip",
                gzip(new String(java.util.Base64.getEncoder().encode(bomb), StandardCharsets.ISO_8859_1)));
        assertTrue(twice.statusCode() >= 400, twice.body());
    }

    @Test
    void smallGzipBodyIsStillAnswered() throws Exception {
        HttpResponse<String> r = post(null, "application/sparql-query", "gzip", gzip("ASK { ?s ?p ?o }"));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("true"), r.body());
        String form = "query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
        HttpResponse<String> f = post(null, "application/x-www-form-urlencoded", "gzip", gzip(form));
        assertEquals(200, f.statusCode(), f.body());
    }

    /** A raw HTTP/1.1 request with the given framing; returns the status line. */
    private static String raw(String transferEncoding, byte[] body, int chunk) throws Exception {
        try (Socket s = new Socket("127.0.0.1", SEEDS.port())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /dmm/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                    + "Transfer-Encoding: " + transferEncoding + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < body.length; i += chunk) {
                int n = Math.min(chunk, body.length - i);
                out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body, i, n);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            for (int c; (c = in.read()) != -1 && c != '\n';) {
                head.write(c);
            }
            return head.toString(StandardCharsets.US_ASCII).strip();
        } catch (java.net.SocketException closed) {
            return "closed: " + closed.getMessage();
        }
    }

    @Test
    void chunkedBodiesAreBoundedWhateverTheirTransferEncodingSays() throws Exception {
        byte[] big = queryOf(3_000_000).getBytes(StandardCharsets.UTF_8);
        for (String te : new String[] {"chunked", "identity, chunked", "gzip, chunked", "Chunked"}) {
            String status = raw(te, big, 64 * 1024);
            assertFalse(status.contains(" 200"), te + " answered " + status);
        }
        assertTrue(raw("chunked", "ASK {}".getBytes(StandardCharsets.UTF_8), 3).contains(" 200"),
                "a small chunked query is answered");
    }

    @Test
    void queryTextOverTheLimitIsRefusedBeforeParsing() throws Exception {
        HttpResponse<String> r = post(queryOf(200_000), "application/sparql-query", null, null);
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(r.body().startsWith("query of 200008 characters is over the limit of 100000"), r.body());
        HttpResponse<String> deep = post("ASK { FILTER(" + "(".repeat(40_000) + "1" + ")".repeat(40_000) + ") }",
                "application/sparql-query", null, null);
        assertEquals(400, deep.statusCode(), deep.body());
    }

    @Test
    void catastrophicRegexAnswersAtOnce() throws Exception {
        HttpResponse<String> r = ask("ASK { FILTER(REGEX(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"(.*a){12}$\")) }");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("false"), r.body());
        for (String q : new String[] {
            "ASK { FILTER(REGEX(\"" + "a".repeat(5000) + "!\", \"(.*a){40}$\")) }",
            "ASK { FILTER(<http://www.w3.org/2005/xpath-functions#matches>(\"aaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"(.*a){30}$\")) }",
            "ASK { FILTER EXISTS { FILTER(REGEX(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"(.*a){30}$\")) } }",
            "SELECT (REPLACE(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"(.*a){30}$\", \"x\") AS ?r) {}",
            "SELECT ?s { ?s ?p ?o } ORDER BY (REGEX(STR(?o), \"(.*a){25}$\")) LIMIT 1"}) {
            HttpResponse<String> a = ask(q);
            assertEquals(200, a.statusCode(), q + ": " + a.body());
        }
    }

    @Test
    void eightCatastrophicRegexesAtOnceAllAnswer() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> all = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                all.add(pool.submit(() -> ask("ASK { FILTER(REGEX(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"(.*a){12}$\")) }")));
            }
            for (Future<HttpResponse<String>> f : all) {
                assertEquals(200, f.get().statusCode());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The issue's attack: 27 chained CONCAT(?v, ?v), each doubling the string. */
    static String concatChain() {
        StringBuilder q = new StringBuilder("SELECT (STRLEN(?v27) AS ?n) { BIND(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" AS ?v0)");
        for (int i = 1; i <= 27; i++) {
            q.append(" BIND(CONCAT(?v").append(i - 1).append(", ?v").append(i - 1).append(") AS ?v").append(i).append(')');
        }
        return q.append(" }").toString();
    }

    @Test
    void chainedConcatFailsTheQueryInsteadOfFillingTheHeap() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<HttpResponse<String>>> all = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                all.add(pool.submit(() -> ask(concatChain())));
            }
            for (Future<HttpResponse<String>> f : all) {
                HttpResponse<String> r = f.get();
                assertEquals(400, r.statusCode(), r.body());
                assertTrue(r.body().startsWith("CONCAT would make a string of"), r.body());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(200, ask("ASK { ?s ?p ?o }").statusCode(), "the server still answers");
    }

    @Test
    void errorsArePlainTextWithoutClassNames() throws Exception {
        for (String path : new String[] {"/no/such/page", "/static/", "/dmm/sparql?query=SELEC", "/api/queries/nope"}) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(SEEDS.base() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() >= 400, path + " answered " + r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), path + " " + r.headers());
            assertFalse(r.body().contains("<html") || r.body().contains("Exception") || r.body().contains("org."),
                    path + ": " + r.body());
        }
        String raw = exchange("GET /%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        assertTrue(raw.startsWith("HTTP/1.1 400"), raw);
        assertFalse(raw.contains("<html") || raw.contains("Exception"), raw);
    }

    @Test
    void corsIsForReadingOnly() throws Exception {
        HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(URI.create(SEEDS.base() + "/dmm/sparql?query="
                + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))).header("Origin", "https://evil.example").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("*", get.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(get.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), get.headers().toString());
        for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
            HttpResponse<String> pre = preflight(method, "content-type");
            assertEquals(403, pre.statusCode(), method);
            assertTrue(pre.headers().firstValue("Access-Control-Allow-Methods").isEmpty(), method);
        }
        HttpResponse<String> post = preflight("POST", "content-type");
        assertEquals(204, post.statusCode());
        assertEquals("GET, POST, HEAD", post.headers().firstValue("Access-Control-Allow-Methods").orElse(""));
        assertEquals(403, preflight("POST", "authorization").statusCode());
    }

    private static HttpResponse<String> preflight(String method, String headers) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(SEEDS.base() + "/dmm/sparql")).method("OPTIONS",
                HttpRequest.BodyPublishers.noBody()).header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", method).header("Access-Control-Request-Headers", headers).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesAreNosniffWithAContentSecurityPolicyAndStaticHasNoListing() throws Exception {
        for (String path : new String[] {"/", "/queries", "/report", "/id/mission/kfor?format=html"}) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(SEEDS.base() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), path);
        }
        HttpResponse<String> listing = HTTP.send(HttpRequest.newBuilder(URI.create(SEEDS.base() + "/static/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(listing.statusCode() >= 400, "/static/ answered " + listing.statusCode());
        assertFalse(listing.body().contains(".js"), listing.body());
    }

    /** A request written as it is (with headers a client library would not send), and the whole answer. */
    private static String exchange(String head) throws Exception {
        try (Socket s = new Socket("127.0.0.1", SEEDS.port())) {
            s.getOutputStream().write((head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void voidNeverTakesItsAddressesFromTheHostHeader() throws Exception {
        String body = exchange("GET /.well-known/void HTTP/1.1\r\nHost: evil.example:666\r\nAccept: text/turtle\r\n");
        assertTrue(body.startsWith("HTTP/1.1 200"), body);
        assertFalse(body.contains("evil.example"), body);
        assertTrue(body.contains("http://127.0.0.1:" + SEEDS.port() + "/dmm/sparql"), body);
    }
}
