package org.w3id.dmmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, run as a researcher who downloaded it would: {@code java -jar dmm-kg.jar}
 * in an empty folder, with no checkout beside it. Runs after {@code package}.
 */
class DistributionIT {
    private static final Pattern ENDPOINT = Pattern.compile("SPARQL endpoint: (http://127\\.0\\.0\\.1:\\d+/dmm/sparql)");

    @TempDir
    Path empty;

    @Test
    void theJarServesTheBundledSeedsFromAnEmptyFolder() throws Exception {
        Process serve = java("serve", "--port", "0").start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
            String endpoint = awaitEndpoint(out);
            String csv = ask(endpoint, "PREFIX dmm: <https://w3id.org/dmm-kg/def#> "
                    + "SELECT (COUNT(?l) AS ?n) { ?l a dmm:Letter }");
            assertEquals("n\r\n5\r\n", csv, "the five bundled seed letters are served");
            assertTrue(Files.isDirectory(empty.resolve("data/tdb2")), "the store is made in the working folder");
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void theJarListsItsBundledQueriesAndKnowsItsVersion() throws Exception {
        Process queries = java("queries").start();
        String listed = new String(queries.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, queries.waitFor());
        assertTrue(listed.contains("missions-across-meetings"), listed);
        Process version = java("--version").start();
        assertTrue(new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8).startsWith("dmm-kg "));
    }

    private ProcessBuilder java(String... args) {
        String jar = System.getProperty("dmmkg.jar");
        String runtime = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(runtime, "-jar", jar));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(empty.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove(Home.ENVIRONMENT);
        return pb;
    }

    private static String awaitEndpoint(BufferedReader out) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        for (String line; System.nanoTime() < deadline && (line = out.readLine()) != null;) {
            Matcher m = ENDPOINT.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("the server never said where it listens");
    }

    private static String ask(String endpoint, String query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }
}
