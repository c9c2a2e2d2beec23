package org.w3id.dmmkg.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.dmmkg.cli.Home;
import org.w3id.dmmkg.server.DmmServer;
import org.w3id.dmmkg.server.ServerSettings;
import org.w3id.dmmkg.server.queries.QueryCatalogue;
import org.w3id.dmmkg.store.StoreConfig;

/**
 * The dmm-kg server on the loaded store, started as {@code serve} starts it: its start to first
 * answer, then the saved queries beside the peer's, then the site's pages, each under load.
 */
final class ServerMeasurement {
    private final Path store;
    private final QueryCatalogue catalogue;
    private final Set<String> skip;
    private final PrintWriter log;

    ServerMeasurement(Path store, QueryCatalogue catalogue, Set<String> skip, PrintWriter log) {
        this.store = store;
        this.catalogue = catalogue;
        this.skip = Set.copyOf(skip);
        this.log = log;
    }

    /** The saved queries' rows and the pages' rows; either empty when skipped. */
    record Tables(List<QueryComparison.Row> queries, List<SitePages.Row> pages) {
    }

    /**
     * Adds the server's start to its first answer over HTTP (an {@code ASK} at the SPARQL
     * endpoint, as a client sees it) to the figures.
     *
     * @param peer null to time dmm-kg alone
     */
    Tables run(LmdbPeer peer, QueryComparison.PeerPlan plan, Map<String, Object> f) throws Exception {
        long t0 = System.nanoTime();
        FusekiServer server = DmmServer.build(StoreConfig.read(Home.config(), store), ServerSettings.loopback(0), catalogue);
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getHttpPort();
            QueryLatency.Answer first = new QueryLatency("application/sparql-results+json")
                    .get(base + "/dmm/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D");
            if (first.status() != 200) {
                throw new IllegalStateException("the server's first answer was " + first.status() + ", not 200");
            }
            f.put("server start to first answer s", (System.nanoTime() - t0) / 1e9);
            DatasetGraph dsg = DmmServer.dataset(server);
            List<QueryComparison.Row> queries = List.of();
            if (!skip.contains("queries")) {
                String peerBase = peer == null ? null : peer.serve();
                log.println("saved queries (" + QueryComparison.HEADER.strip() + "):");
                queries = new QueryComparison().run(catalogue, plan, base, peerBase, log);
            }
            List<SitePages.Row> pages = List.of();
            if (!skip.contains("pages")) {
                log.println("site pages under 8 clients:");
                pages = new SitePages().run(base, SitePages.pick(dsg), log);
            }
            return new Tables(queries, pages);
        } finally {
            server.stop();
        }
    }
}
