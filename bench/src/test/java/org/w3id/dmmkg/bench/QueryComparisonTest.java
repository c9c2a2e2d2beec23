package org.w3id.dmmkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table's verdicts: the ratio, the target (100 ms or the peer's p95, no timeout), rows marked when they differ. */
class QueryComparisonTest {
    private static QueryLatency.Figures f(double p50, double p95, int timeouts) {
        return new QueryLatency.Figures(p50, p95, p95, 10, timeouts, 0);
    }

    private static QueryComparison.Row row(QueryLatency.Figures ours8, QueryLatency.Figures peer8, boolean same) {
        return new QueryComparison.Row("q", "/api/queries/q.csv", f(5, 8, 0), ours8, 12, peer8 == null ? null : f(4, 6, 0),
                peer8, peer8 == null ? -1 : 12, same, peer8 == null ? "no peer" : null);
    }

    @Test
    void slowButFasterThanThePeerMeetsTheTarget() {
        QueryComparison.Row r = row(f(150, 300, 0), f(400, 600, 0), true);
        assertEquals(0.5, r.ratio(), 1e-9);
        assertTrue(r.met());
        String line = QueryComparison.line(r);
        assertTrue(line.contains("150.0/300.0") && line.contains("0.50") && line.contains("12/12 ") && line.contains(" met"),
                line);
    }

    @Test
    void settlingWaitsForAQuietSpellOfTheCompilerButNoLongerThanItsLimit() throws InterruptedException {
        long quiet = ServerWarmUp.settle(java.time.Duration.ofMillis(300), java.time.Duration.ofSeconds(20));
        assertTrue(quiet >= 300_000_000L, "waited " + quiet + " ns");
        long capped = ServerWarmUp.settle(java.time.Duration.ofSeconds(60), java.time.Duration.ofMillis(400));
        assertTrue(capped >= 400_000_000L && capped < 30_000_000_000L, "waited " + capped + " ns");
    }

    @Test
    void slowerThanBothMissesAndATimeoutAlwaysMisses() {
        assertFalse(row(f(150, 300, 0), f(50, 90, 0), true).met());
        assertFalse(row(f(5, 9, 1), f(50, 90, 0), true).met());
        assertTrue(row(f(5, 90, 0), null, true).met());
        assertNull(row(f(5, 90, 0), null, true).ratio());
    }

    @Test
    void theTableMarksAnAnswerWithOtherValuesAndCountsTheTargetsMet() {
        StringWriter out = new StringWriter();
        QueryComparison.print(List.of(row(f(1, 2, 0), f(1, 2, 0), false), row(f(150, 300, 0), f(50, 90, 0), true)),
                new PrintWriter(out, true));
        assertTrue(out.toString().contains("12/12*"), out.toString());
        assertTrue(out.toString().contains("target met by 1 of 2 saved queries"), out.toString());
        assertTrue(out.toString().contains("MISSED"), out.toString());
    }
}
