package org.w3id.dmmkg.server.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

/** The guard bounds a query where the work happens: inside a function call, and in the heap. */
class QueryGuardTest {
    private static DatasetGraph data(int triples, int literalChars) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (int i = 0; i < triples; i++) {
            dsg.add(Quad.create(Quad.defaultGraphIRI, NodeFactory.createURI("urn:s" + i), NodeFactory.createURI("urn:p"),
                    NodeFactory.createLiteralString(i + "x".repeat(literalChars))));
        }
        return dsg;
    }

    @Test
    void heapGuardCancelsTheQueryThatAllocatesMost() {
        DatasetGraph dsg = data(2000, 100);
        // Cancel above 1% of the heap: always, for any query that has allocated its 1/32nd share.
        QueryGuard.install(dsg, new QueryLimits(100_000, 1_000_000, 10_000, 0.01));
        String hog = "SELECT (STRLEN(GROUP_CONCAT(?o)) AS ?n) { ?s ?p ?o . ?a ?b ?c }";
        QueryCancelledException e = assertThrows(QueryCancelledException.class, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(hog).build()) {
                exec.select().materialize();
            }
        });
        assertTrue(QueryGuard.cancelledForMemory(), "cancelled by the heap guard, not a timeout: " + e);
        try (QueryExec small = QueryExec.dataset(dsg).query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").build()) {
            assertEquals(2000, ((Number) small.select().next().get("n").getLiteralValue()).intValue());
        }
        assertFalse(QueryGuard.cancelledForMemory(), "a small query is left alone");
    }

    @Test
    void regexStopsInsideOneCallWhenItsQueryIsCancelled() {
        SafeRegex regex = new SafeRegex(new ExprList(java.util.List.of(NodeValue.makeString("x"),
                NodeValue.makeString("(a|b)*c"))), QueryLimits.defaults());
        Context cxt = new Context();
        AtomicBoolean cancelled = Context.getOrSetCancelSignal(cxt);
        var env = new org.apache.jena.sparql.engine.ExecutionContext(cxt, null, null, null);
        var text = java.util.List.of(NodeValue.makeString("ab".repeat(5_000_000)), NodeValue.makeString("(a|b)*c"));
        assertEquals(NodeValue.FALSE, regex.eval(text, env));
        cancelled.set(true);
        assertThrows(QueryCancelledException.class, () -> regex.eval(text, env));
    }

    @Test
    void timeoutReachesIntoARegexOverALongString() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        QueryGuard.install(dsg, QueryLimits.defaults());
        // One call of REGEX over three million characters with a pattern of some hundred states:
        // many seconds of matching, while the query's timeout is 300 ms.
        String q = "ASK { VALUES ?t { \"" + "ab".repeat(1_500_000) + "\" } FILTER(REGEX(?t, \"[ab]{0,300}c\")) }";
        QueryCancelledException e = assertThrows(QueryCancelledException.class, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(q).timeout(300, TimeUnit.MILLISECONDS).build()) {
                exec.ask();
            }
        });
        assertTrue(java.util.Arrays.stream(e.getStackTrace()).anyMatch(f -> f.getClassName().equals(CancellableText.class.getName())),
                "the regex itself stopped, inside its one call");
    }

    @Test
    void concatRefusesAResultOverTheLimitBeforeAllocatingIt() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        QueryGuard.install(dsg, new QueryLimits(100_000, 1000, 10_000, 0.8));
        // (CONCAT of constants alone is folded by the parser; its result is no longer than the query.)
        String q = "SELECT (STRLEN(CONCAT(?a, \"" + "b".repeat(600) + "\")) AS ?n) { BIND(\"" + "a".repeat(600) + "\" AS ?a) }";
        QueryLimitException e = assertThrows(QueryLimitException.class, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(q).build()) {
                exec.select().materialize();
            }
        });
        assertEquals("CONCAT would make a string of 1200 characters; the limit is 1000", e.getMessage());
    }
}
