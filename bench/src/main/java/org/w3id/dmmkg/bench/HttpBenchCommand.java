package org.w3id.dmmkg.bench;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.w3id.dmmkg.cli.ExitCodes;
import org.w3id.dmmkg.cli.Home;
import org.w3id.dmmkg.server.DmmServer;
import org.w3id.dmmkg.server.ServerSettings;
import org.w3id.dmmkg.server.queries.QueryCatalogue;
import org.w3id.dmmkg.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dmm-kg bench http}: one client's latency of a few requests on loopback, side by side
 * for each store given and each response output buffer (Fuseki's 5 MB, the server's default):
 * the same requests, the same run.
 */
@Command(name = "http", mixinStandardHelpOptions = true,
        description = {"Latency of requests over HTTP, one client, per store and per response output buffer "
            + "(Fuseki's 5 MB and dmm-kg's default), side by side in one run: median and p95 in ms."})
final class HttpBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR",
            description = "A loaded store; repeat to compare stores (e.g. text indexes built two ways).")
    List<Path> stores;

    @Option(names = "--path", paramLabel = "PATH",
            description = "A request path; repeatable. Default: ASK {} at /dmm/sparql, the first page of "
                    + "full-text-search for Interflex, and /search?q=Interflex.")
    List<String> paths = List.of("/dmm/sparql?query=ASK%7B%7D", "/api/queries/full-text-search.csv?q=Interflex",
            "/search?q=Interflex");

    @Option(names = "--requests", defaultValue = "200", description = "Timed requests per path. Default: ${DEFAULT-VALUE}")
    int requests;

    @Option(names = "--warmup", defaultValue = "30", description = "Untimed requests per path first. Default: ${DEFAULT-VALUE}")
    int warmup;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%-28s %-9s %-50s %9s %9s%n", "store", "buffer", "path", "p50 ms", "p95 ms");
        for (Path store : stores) {
            for (int buffer : new int[] {ServerSettings.FUSEKI_OUTPUT_BUFFER_BYTES, ServerSettings.DEFAULT_OUTPUT_BUFFER_BYTES}) {
                FusekiServer server = DmmServer.build(StoreConfig.read(Home.config(), store),
                        ServerSettings.loopback(0).buffering(buffer), QueryCatalogue.read(Home.queries()));
                var dataset = DmmServer.dataset(server);
                server.start();
                try {
                    for (String path : paths) {
                        double[] f = time("http://127.0.0.1:" + server.getHttpPort() + path);
                        out.printf(Locale.ROOT, "%-28s %-9s %-50s %9.2f %9.2f%n", abbreviate(store.toString(), 28),
                                buffer / 1024 + " KB", abbreviate(path, 50), f[0], f[1]);
                        out.flush();
                    }
                } finally {
                    server.stop();
                    // Frees the store (and the text index's lock) for the next server over it.
                    dataset.close();
                }
            }
        }
        return ExitCodes.OK;
    }

    /** Median and p95 in milliseconds; a request that is not 200 fails the benchmark. */
    private double[] time(String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < warmup + requests; i++) {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long t = (System.nanoTime() - t0) / 1_000;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(url + ": " + r.statusCode() + " " + new String(r.body(),
                        java.nio.charset.StandardCharsets.UTF_8).strip());
            }
            if (i >= warmup) {
                micros.add(t);
            }
        }
        Collections.sort(micros);
        return new double[] {LoadBenchmark.percentile(micros, 50) / 1000.0, LoadBenchmark.percentile(micros, 95) / 1000.0};
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : "…" + s.substring(s.length() - max + 1);
    }
}
