package org.w3id.dmmkg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.w3id.dmmkg.server.queries.QueryCatalogue;
import org.w3id.dmmkg.server.DmmServer;
import org.w3id.dmmkg.server.ServerSettings;
import org.w3id.dmmkg.server.guard.QueryLimits;
import org.w3id.dmmkg.store.LetterImport;
import org.w3id.dmmkg.store.Store;
import org.w3id.dmmkg.loader.LetterLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dmm-kg serve}: the pages, the read-only SPARQL endpoint and the SPARQL editor. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store: the pages at /, a read-only SPARQL endpoint at /dmm/sparql and the SPARQL "
                + "editor (the Fuseki UI) at /fuseki/.",
            "An empty store is first loaded with the letters in seeds/."})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--port", defaultValue = "" + ServerSettings.DEFAULT_PORT, description = "Port (0: any free one). Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "127.0.0.1 (default) listens on loopback only; 0.0.0.0 on every interface.")
    String host;

    @Option(names = "--max-results", defaultValue = "" + ServerSettings.DEFAULT_MAX_RESULTS,
            description = "Cut the results of one query at this many rows (0: no ceiling). Default: ${DEFAULT-VALUE}")
    long maxResults;

    @Option(names = "--max-request-bytes", defaultValue = "" + ServerSettings.DEFAULT_MAX_REQUEST_BYTES,
            description = "Refuse request bodies larger than this (413). Default: ${DEFAULT-VALUE}")
    long maxRequestBytes;

    @Option(names = "--public-base", defaultValue = ServerSettings.DEFAULT_PUBLIC_BASE,
            description = "The base of the graph's IRIs; GET /id/… answers for BASE + id/…. Default: ${DEFAULT-VALUE}")
    String publicBase;

    @Option(names = "--max-query-chars", defaultValue = "" + QueryLimits.DEFAULT_MAX_QUERY_CHARS,
            description = "Refuse longer query texts before parsing them (413). Default: ${DEFAULT-VALUE}")
    int maxQueryChars;

    @Option(names = "--max-string-chars", defaultValue = "" + QueryLimits.DEFAULT_MAX_STRING_CHARS,
            description = "Fail a query whose CONCAT, REPLACE or ENCODE_FOR_URI would make a longer string (400). "
                    + "Default: ${DEFAULT-VALUE}")
    int maxStringChars;

    @Option(names = "--heap-guard", defaultValue = "" + QueryLimits.DEFAULT_HEAP_FRACTION, paramLabel = "FRACTION",
            description = "Above this share of the heap in use, cancel the query that allocated most (503). "
                    + "Default: ${DEFAULT-VALUE}")
    double heapGuard;

    @Option(names = "--federation-endpoint", paramLabel = "URL",
            description = "A SPARQL endpoint saved federated queries may call; repeatable. Always allowed: "
                    + ServerSettings.WIKIDATA)
    List<String> federationEndpoints = new java.util.ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        boolean publicHost = switch (host) {
            case "127.0.0.1", "localhost" -> false;
            case "0.0.0.0" -> true;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--host takes 127.0.0.1 or 0.0.0.0");
        };
        DmmServer.checkPortFree(port, publicHost);
        prepareStore(out);
        FusekiServer server = DmmServer.build(storeOptions.config(), settings(), QueryCatalogue.read(Home.queries()));
        Store store = Store.over(DmmServer.dataset(server));
        int reindexed = store.repairTextIndex();
        if (reindexed > 0) {
            out.println("text index: re-indexed " + reindexed + " graphs that an interrupted load had left out");
        }
        DmmServer.start(server, port);
        String base = "http://" + (publicHost ? "0.0.0.0" : "127.0.0.1") + ":" + server.getHttpPort();
        out.println("dmm-kg is serving " + storeOptions.store().toAbsolutePath().normalize());
        out.println("  Start page:      " + base + "/");
        out.println("  SPARQL endpoint: " + base + "/dmm/sparql");
        out.println("  SPARQL editor:   " + base + "/fuseki/");
        out.flush();
        server.join();
        return ExitCodes.OK;
    }

    private ServerSettings settings() {
        java.util.Set<String> endpoints = new java.util.HashSet<>(federationEndpoints);
        endpoints.add(ServerSettings.WIKIDATA);
        return new ServerSettings(port, !"127.0.0.1".equals(host) && !"localhost".equals(host), maxResults,
                maxRequestBytes, publicBase, endpoints, limits());
    }

    private QueryLimits limits() {
        try {
            return new QueryLimits(maxQueryChars, maxStringChars, QueryLimits.DEFAULT_MAX_REGEX_PROGRAM, heapGuard);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * Before the server opens the store: an empty store is loaded with the seeds, and a store
     * without statistics for the query planner gets them (opening it does that), since TDB2
     * reads them only when it opens a store.
     */
    private void prepareStore(PrintWriter out) throws Exception {
        try (Store store = storeOptions.create()) {
            if (store.isEmpty()) {
                seed(store, out);
            }
        }
    }

    private void seed(Store store, PrintWriter out) throws Exception {
        out.println("empty store: loading " + Home.seeds());
        LetterLoader loader = Loaders.create(LetterLoader.DEFAULT_MAX_BYTES);
        LetterImport importer = StoreLoad.run(store, loader, List.of(Home.seeds()), ImportPrinter.on(spec.commandLine().getErr()),
                false, LetterImport.DEFAULT_BATCH);
        out.println("loaded " + importer.loaded() + " letters, " + importer.triples() + " triples");
    }
}
