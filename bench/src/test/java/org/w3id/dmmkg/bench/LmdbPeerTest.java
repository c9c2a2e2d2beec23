package org.w3id.dmmkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The peer on invented quads: the union default graph deduplicated, GRAPH over the letters' graphs, timeouts. */
class LmdbPeerTest {
    private static final String DMM = "https://w3id.org/dmm-kg/def#";

    @TempDir
    Path dir;

    /** Two letters mention KFOR; both graphs say what KFOR is, as dmm-kg's letter graphs do. */
    private Path quads(int fillers) throws Exception {
        StringBuilder nq = new StringBuilder();
        for (String letter : new String[] {"l1", "l2"}) {
            String g = " <https://w3id.org/dmm-kg/graph/letter/" + letter + "> .\n";
            nq.append("<https://w3id.org/dmm-kg/id/letter/").append(letter).append("> <").append(DMM)
                    .append("mentions> <https://w3id.org/dmm-kg/id/mission/kfor>").append(g);
            nq.append("<https://w3id.org/dmm-kg/id/mission/kfor> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <")
                    .append(DMM).append("Mission>").append(g);
        }
        for (int i = 0; i < fillers; i++) {
            nq.append("<urn:x:s").append(i).append("> <urn:x:p> \"").append(i).append("\" <urn:x:g> .\n");
        }
        Path file = dir.resolve("all.nq");
        Files.writeString(file, nq, StandardCharsets.UTF_8);
        return file;
    }

    private static String body(QueryLatency.Answer a) {
        return new String(a.body(), StandardCharsets.UTF_8);
    }

    @Test
    void theDefaultGraphIsTheDeduplicatedUnionAndGraphSeesEachLetter() throws Exception {
        Map<String, LmdbPeer.PeerQuery> queries = Map.of(
                "types", new LmdbPeer.PeerQuery("SELECT (COUNT(*) AS ?n) WHERE { ?m a <" + DMM + "Mission> }", false),
                "graphs", new LmdbPeer.PeerQuery("SELECT ?g WHERE { GRAPH ?g { ?m a <" + DMM + "Mission> } } ORDER BY ?g", true),
                "named", new LmdbPeer.PeerQuery("SELECT ?m WHERE { GRAPH <https://w3id.org/dmm-kg/graph/letter/l1> { ?l ?p ?m } "
                        + "?m a <" + DMM + "Mission> }", false, List.of("https://w3id.org/dmm-kg/graph/letter/l1")));
        try (LmdbPeer peer = LmdbPeer.load(dir.resolve("lmdb"), quads(0), queries)) {
            String base = peer.serve();
            QueryLatency client = new QueryLatency("text/csv");
            QueryLatency.Answer types = client.get(base + "/api/queries/types.csv");
            assertEquals(200, types.status());
            assertEquals("n\r\n1\r\n", body(types));
            QueryLatency.Answer graphs = client.get(base + "/api/queries/graphs.csv");
            assertEquals("g\r\nhttps://w3id.org/dmm-kg/graph/letter/l1\r\nhttps://w3id.org/dmm-kg/graph/letter/l2\r\n",
                    body(graphs));
            assertEquals("m\r\nhttps://w3id.org/dmm-kg/id/mission/kfor\r\n", body(client.get(base + "/api/queries/named.csv")),
                    "a named graph beside the deduplicated union: the mission once, not once per letter");
            assertEquals(404, client.get(base + "/api/queries/nothing.csv").status());
            assertTrue(peer.offers("types") && !peer.offers("nothing"));
            assertTrue(peer.loadTimes().quadsSeconds() > 0 && peer.loadTimes().defaultGraphSeconds() > 0);
        }
    }

    @Test
    void aQueryPastTheTimeoutIsA503AndCountedAsATimeout() throws Exception {
        // An aggregate over a cross product of 8,000 million rows: it computes long before its
        // first row, so only a limit checked inside the evaluation stops it.
        String cross = "SELECT (COUNT(*) AS ?n) WHERE { ?a <urn:x:p> ?x . ?b <urn:x:p> ?y . ?c <urn:x:p> ?z }";
        LmdbPeer peer = LmdbPeer.load(dir.resolve("lmdb"), quads(2_000),
                Map.of("cross", new LmdbPeer.PeerQuery(cross, false)), 1);
        long t0 = System.nanoTime();
        QueryLatency.Figures f = new QueryLatency("text/csv").measure(peer.serve() + "/api/queries/cross.csv", 2, 1);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long c0 = System.nanoTime();
        peer.close();
        double closing = (System.nanoTime() - c0) / 1e9;
        assertEquals(2, f.requests(), f::toString);
        assertEquals(2, f.timeouts(), () -> "both requests cut by the peer's 1 s timeout: " + f);
        assertEquals(0, f.errors(), f::toString);
        assertTrue(seconds < 10, "cut near the timeout, not run to the end: " + seconds + " s");
        assertTrue(closing < 10, "the queries had stopped, so the store closed at once: " + closing + " s");
    }
}
