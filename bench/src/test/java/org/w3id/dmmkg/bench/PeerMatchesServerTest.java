package org.w3id.dmmkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmmkg.cli.Home;
import org.w3id.dmmkg.cli.Main;
import org.w3id.dmmkg.server.DmmServer;
import org.w3id.dmmkg.server.ServerSettings;
import org.w3id.dmmkg.server.queries.CannedQuery;
import org.w3id.dmmkg.server.queries.QueryCatalogue;
import org.w3id.dmmkg.store.Store;
import org.w3id.dmmkg.store.StoreConfig;
import org.w3id.dmmkg.store.describe.Dumps;

/**
 * The peer is fair only if it answers what dmm-kg answers: on the seed letters, every saved
 * query it runs gives the same rows as the dmm-kg server's API, and the comparison reports them.
 */
class PeerMatchesServerTest {
    @TempDir
    Path dir;

    @Test
    void everySavedQueryThePeerRunsAnswersTheSameRowsAsTheServer() throws Exception {
        Path store = dir.resolve("store");
        StringWriter said = new StringWriter();
        int exit = Main.commandLine().setOut(new PrintWriter(said)).setErr(new PrintWriter(said))
                .execute("load", "--store", store.toString(), Home.seeds().toString());
        assertEquals(0, exit, said.toString());
        Path nq = dir.resolve("all.nq");
        try (Store s = Store.open(StoreConfig.read(Home.config(), store)); OutputStream out = Files.newOutputStream(nq)) {
            Txn.executeRead(s.dataset(), () -> Dumps.write(s.dataset().asDatasetGraph(), RDFFormat.NQUADS, out));
        }
        QueryCatalogue catalogue = QueryCatalogue.read(Home.queries());
        QueryComparison.PeerPlan plan = QueryComparison.plan(catalogue, ServerSettings.DEFAULT_MAX_RESULTS);
        assertTrue(plan.notOffered().get("full-text-search").contains("jena-text"), plan.toString());
        assertEquals(Set.of("meeting-places-coordinates", "countries-wikidata-names"), plan.federated());
        Map<String, LmdbPeer.PeerQuery> queries = plan.queries();
        assertEquals(catalogue.queries().size() - 3, queries.size(), "the peer runs all but those: " + plan);

        FusekiServer server = DmmServer.build(StoreConfig.read(Home.config(), store), ServerSettings.loopback(0), catalogue);
        server.start();
        try (LmdbPeer peer = LmdbPeer.load(dir.resolve("peer"), nq, queries)) {
            String ours = "http://127.0.0.1:" + server.getHttpPort();
            String theirs = peer.serve();
            QueryLatency client = new QueryLatency("text/csv");
            int answered = 0;
            for (CannedQuery q : catalogue.queries()) {
                if (!queries.containsKey(q.name())) {
                    continue;
                }
                QueryLatency.Answer a = client.get(ours + FirstPage.apiPath(q));
                QueryLatency.Answer b = client.get(theirs + "/api/queries/" + q.name() + ".csv");
                assertEquals(200, a.status(), q.name());
                assertEquals(200, b.status(), q.name() + ": " + new String(b.body(), StandardCharsets.UTF_8));
                assertEquals(CsvRows.count(a.body()), CsvRows.count(b.body()), q.name());
                assertEquals(firstColumn(a.body()), firstColumn(b.body()), q.name());
                answered += CsvRows.count(a.body()) > 0 ? 1 : 0;
            }
            assertTrue(answered > queries.size() / 2, "most queries answer rows on the seeds: " + answered);

            StringWriter log = new StringWriter();
            ServerWarmUp.Limits twoPasses = new ServerWarmUp.Limits(2, java.time.Duration.ofMinutes(1), 0.10);
            ServerWarmUp.WarmUp warmed = new ServerWarmUp(new QueryLatency("text/csv"), twoPasses).run(catalogue, plan, ours,
                    theirs, new PrintWriter(log));
            int offline = catalogue.queries().size() - plan.federated().size();
            assertEquals(ServerWarmUp.WARM_UP_ROUNDS * (offline + queries.size()), warmed.answered(),
                    "every saved query but the federated, on both servers, each round: " + log);
            assertTrue(log.toString().contains("warm-up: " + ServerWarmUp.WARM_UP_ROUNDS
                    + " rounds of every saved query on both servers"), log.toString());
            assertTrue(warmed.loadPasses() >= 1 && warmed.loadPasses() <= 2, "at most the passes allowed: " + log);
            assertTrue(log.toString().contains("warm-up pass " + warmed.loadPasses() + " under load (8 clients × 5 requests"
                    + " of each query)"), "each pass under load is logged, with the compiler's share of it: " + log);
            assertTrue(log.toString().matches("(?s).*(settled: no code compiled for 2 s|not settled: still compiling).*"),
                    "the first query is timed once the compiler has settled: " + log);
        } finally {
            server.stop();
        }
    }

    /**
     * What the answer is about: its first column, sorted (ties in ORDER BY may fall either way).
     * The other columns may differ where the engines read SPARQL differently: an aggregate over
     * a group where its variable is sometimes unbound (MIN of the dates of letters some of which
     * have none) is an error, so unbound, in Jena, as the specification says; RDF4J skips the
     * unbound values. The benchmark marks such answers.
     */
    private static List<String> firstColumn(byte[] csv) throws java.io.IOException {
        try (CSVParser parser = CSVParser.parse(new String(csv, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            return parser.stream().skip(1).map(r -> r.get(0)).sorted().toList();
        }
    }
}
