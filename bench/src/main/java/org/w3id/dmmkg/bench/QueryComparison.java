package org.w3id.dmmkg.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpService;
import org.w3id.dmmkg.server.queries.CannedQuery;
import org.w3id.dmmkg.server.queries.QueryCatalogue;

/**
 * Every saved query, first page, timed on the dmm-kg server and on the peer over HTTP: p50 and
 * p95 with one client and with eight, the ratio of the 8-client p95s (ours ÷ peer), the rows
 * each answered and the timeouts. Queries the peer cannot run as written are listed with why.
 */
final class QueryComparison {
    /** One saved query's figures; the peer's are null where it does not run the query. */
    record Row(String query, String path, QueryLatency.Figures ours1, QueryLatency.Figures ours8, long oursRows,
            QueryLatency.Figures peer1, QueryLatency.Figures peer8, long peerRows, boolean sameAnswer, String peerNote) {
        Double ratio() {
            return peer8 == null || peer8.p95() == 0 ? null : ours8.p95() / peer8.p95();
        }

        /** The issue's target: no timeout, and the 8-client p95 at most 100 ms or at most the peer's. */
        boolean met() {
            return ours1.timeouts() + ours8.timeouts() == 0
                    && (ours8.p95() <= TARGET_MS || peer8 != null && ours8.p95() <= peer8.p95());
        }
    }

    /** The 8-client p95 every saved query should stay under, where it does not beat the peer. */
    static final double TARGET_MS = 100;

    private static final String FULL_TEXT = "http://jena.apache.org/text#";

    private final QueryLatency client = new QueryLatency("text/csv");
    private final ServerWarmUp.Limits limits;

    /** The load of a timed run, and of a warm-up pass: clients, and requests each. */
    static final int CLIENTS = 8;
    static final int REQUESTS_PER_CLIENT = 5;

    QueryComparison() {
        this(ServerWarmUp.Limits.DEFAULT);
    }

    QueryComparison(ServerWarmUp.Limits limits) {
        this.limits = limits;
    }

    /**
     * The saved queries as the peer runs them, with their defaults bound and LIMIT set as the
     * dmm-kg server sets them.
     *
     * @param queries    by name, those the peer runs as written
     * @param notOffered by name, those it cannot run as written, with why (timed on dmm-kg alone)
     * @param federated  those that call Wikidata (SERVICE): timed on neither, the run stays offline
     */
    record PeerPlan(Map<String, LmdbPeer.PeerQuery> queries, Map<String, String> notOffered, Set<String> federated) {
    }

    static PeerPlan plan(QueryCatalogue catalogue, long maxResults) {
        Map<String, LmdbPeer.PeerQuery> queries = new LinkedHashMap<>();
        Map<String, String> notOffered = new LinkedHashMap<>();
        Set<String> federated = new LinkedHashSet<>();
        for (CannedQuery q : catalogue.queries()) {
            Query query = FirstPage.bound(q, maxResults);
            boolean[] graphOrService = new boolean[2];
            List<String> named = new ArrayList<>();
            OpWalker.walk(Algebra.compile(query), new OpVisitorBase() {
                @Override
                public void visit(OpGraph op) {
                    if (op.getNode().isURI()) {
                        named.add(op.getNode().getURI());
                    } else {
                        graphOrService[0] = true;
                    }
                }

                @Override
                public void visit(OpService op) {
                    graphOrService[1] = true;
                }
            });
            String text = query.serialize();
            if (graphOrService[1]) {
                federated.add(q.name());
            } else if (text.contains(FULL_TEXT)) {
                notOffered.put(q.name(), "jena-text full-text search: no counterpart in the peer");
            } else {
                queries.put(q.name(), new LmdbPeer.PeerQuery(text, graphOrService[0], List.copyOf(named)));
            }
        }
        return new PeerPlan(queries, notOffered, federated);
    }

    /** @param peerBase null to time dmm-kg alone */
    List<Row> run(QueryCatalogue catalogue, PeerPlan plan, String oursBase, String peerBase, PrintWriter log)
            throws Exception {
        new ServerWarmUp(client, limits).run(catalogue, plan, oursBase, peerBase, log);
        List<Row> rows = new ArrayList<>();
        for (CannedQuery q : catalogue.queries()) {
            if (plan.federated().contains(q.name())) {
                continue;
            }
            String note = peerBase == null ? "no peer" : plan.notOffered().get(q.name());
            String path = FirstPage.apiPath(q);
            Side ours = time(oursBase + path);
            Side peer = note != null ? null : time(peerBase + "/api/queries/" + q.name() + ".csv");
            Row row = new Row(q.name(), path, ours.one, ours.eight, ours.rows, peer == null ? null : peer.one,
                    peer == null ? null : peer.eight, peer == null ? -1 : peer.rows,
                    peer != null && ours.answer.equals(peer.answer), note);
            rows.add(row);
            log.println("  " + line(row));
            log.flush();
        }
        return rows;
    }


    /** @param answer the first answer's lines, sorted (ties in ORDER BY may fall either way) */
    private record Side(QueryLatency.Figures one, QueryLatency.Figures eight, long rows, List<String> answer) {
    }

    /** A first answer (its rows; it may fill caches), one more untimed, then 1 client × 10 and 8 clients × 5. */
    private Side time(String url) throws Exception {
        QueryLatency.Answer first = client.get(url);
        client.get(url);
        long rows = first.status() == 200 ? CsvRows.count(first.body()) : -first.status();
        List<String> answer = java.util.Arrays.stream(new String(first.body(), java.nio.charset.StandardCharsets.UTF_8)
                .split("\r?\n")).sorted().toList();
        return new Side(client.measure(url, 1, 10), client.measure(url, CLIENTS, REQUESTS_PER_CLIENT), rows, answer);
    }

    static final String HEADER = String.format(Locale.ROOT, "%-34s %17s %17s %17s %17s %7s %15s %9s %7s",
            "query", "ours 1 p50/p95", "ours 8 p50/p95", "peer 1 p50/p95", "peer 8 p50/p95", "ratio", "rows ours/peer",
            "timeouts", "target");

    /** One line of the table; milliseconds; the ratio is ours ÷ peer of the 8-client p95. */
    static String line(Row r) {
        return String.format(Locale.ROOT, "%-34s %17s %17s %17s %17s %7s %15s %9s %7s%s", r.query(), pair(r.ours1()),
                pair(r.ours8()), pair(r.peer1()), pair(r.peer8()),
                r.ratio() == null ? "-" : String.format(Locale.ROOT, "%.2f", r.ratio()),
                r.oursRows() + "/" + (r.peer8() == null ? "-" : r.peerRows() + (r.sameAnswer() ? "" : "*")),
                timeouts(r.ours1(), r.ours8()) + "/" + (r.peer8() == null ? "-" : timeouts(r.peer1(), r.peer8())),
                r.met() ? "met" : "MISSED",
                r.peerNote() == null ? "" : "  (" + r.peerNote() + ")") + errors(r);
    }

    static void print(List<Row> rows, PrintWriter out) {
        out.println("peer: " + LmdbPeer.DESCRIPTION);
        out.println("saved queries, first page, ms (p50/p95; ratio = ours ÷ peer, 8-client p95; rows and timeouts ours/peer;"
                + " target: no timeout and 8-client p95 ≤ " + (int) TARGET_MS + " ms or ≤ the peer's):");
        out.println("  " + HEADER);
        rows.forEach(r -> out.println("  " + line(r)));
        out.printf(Locale.ROOT, "  target met by %d of %d saved queries%n", rows.stream().filter(Row::met).count(), rows.size());
        out.println("  rows: a negative count is the HTTP status of a failed first answer; * the peer's answer differs "
                + "from ours in its values (see scale.json: 'same answer')");
    }

    private static String pair(QueryLatency.Figures f) {
        return f == null ? "-" : String.format(Locale.ROOT, "%.1f/%.1f", f.p50(), f.p95());
    }

    private static int timeouts(QueryLatency.Figures one, QueryLatency.Figures eight) {
        return one.timeouts() + eight.timeouts();
    }

    /** Failures other than timeouts, named after the line: they make the figures beside them meaningless. */
    private static String errors(Row r) {
        int ours = r.ours1().errors() + r.ours8().errors();
        int peer = r.peer8() == null ? 0 : r.peer1().errors() + r.peer8().errors();
        return ours + peer == 0 ? "" : "  errors ours/peer " + ours + "/" + peer;
    }

    /** The row as JSON-ready values. */
    static Map<String, Object> json(Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", r.query());
        m.put("request", r.path());
        m.put("ours 1 client", figures(r.ours1()));
        m.put("ours 8 clients", figures(r.ours8()));
        m.put("ours rows", r.oursRows());
        m.put("peer 1 client", figures(r.peer1()));
        m.put("peer 8 clients", figures(r.peer8()));
        m.put("peer rows", r.peer8() == null ? null : r.peerRows());
        m.put("same answer", r.peer8() == null ? null : r.sameAnswer());
        m.put("ratio ours/peer p95 8 clients", r.ratio());
        m.put("target met", r.met());
        m.put("peer note", r.peerNote());
        return m;
    }

    static Map<String, Object> figures(QueryLatency.Figures f) {
        if (f == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p50 ms", f.p50());
        m.put("p95 ms", f.p95());
        m.put("max ms", f.max());
        m.put("requests", f.requests());
        m.put("timeouts", f.timeouts());
        m.put("errors", f.errors());
        return m;
    }
}
