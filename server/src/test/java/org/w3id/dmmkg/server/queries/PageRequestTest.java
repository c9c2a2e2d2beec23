package org.w3id.dmmkg.server.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class PageRequestTest {
    private static final CannedQuery PAGED = QueryCatalogue.parse(Path.of("paged.rq"),
            "#+ summary: s\n#+ pagination: 10\nSELECT ?s WHERE { ?s ?p ?_o } ORDER BY ?s");
    private static final CannedQuery WHOLE = QueryCatalogue.parse(Path.of("whole.rq"), "#+ summary: s\nSELECT * {}");

    @Test
    void aPageIsANumberFromOneOrAll() {
        assertEquals(PageRequest.FIRST, PageRequest.parse(null));
        assertEquals(new PageRequest(7), PageRequest.parse("7"));
        assertTrue(PageRequest.parse("all").all());
        assertEquals(60, new PageRequest(7).firstRow(10));
        for (String bad : List.of("0", "-1", "01", "1.5", "abc", "", " 2", "1000001", "99999999999999999999")) {
            var e = assertThrows(IllegalArgumentException.class, () -> PageRequest.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("parameter page: '"), e.getMessage());
        }
    }

    @Test
    void thePageIsTakenOutOfTheQuerysOwnParameters() {
        Map<String, List<String>> values = new LinkedHashMap<>(Map.of("o", List.of("x"), "page", List.of("3")));
        assertEquals(new PageRequest(3), PageRequest.take(PAGED, values));
        assertEquals(Map.of("o", List.of("x")), values);
        Map<String, List<String>> twice = new LinkedHashMap<>(Map.of("page", new ArrayList<>(List.of("1", "2"))));
        assertThrows(IllegalArgumentException.class, () -> PageRequest.take(PAGED, twice));
        assertEquals(PageRequest.ALL, PageRequest.take(WHOLE, new LinkedHashMap<>(Map.of("page", List.of("1")))));
        var e = assertThrows(IllegalArgumentException.class,
                () -> PageRequest.take(WHOLE, new LinkedHashMap<>(Map.of("page", List.of("2")))));
        assertEquals("parameter page: query whole is not paged; its results are one page (page=1 or page=all)",
                e.getMessage());
    }

    @Test
    void aPageNarrowsTheQuerysOwnLimitAndOffset() {
        Query plain = QueryFactory.create("SELECT * { ?s ?p ?o } ORDER BY ?s");
        QueryRunner.window(plain, 20, 11);
        assertEquals(20, plain.getOffset());
        assertEquals(11, plain.getLimit());
        Query own = QueryFactory.create("SELECT * { ?s ?p ?o } ORDER BY ?s LIMIT 25 OFFSET 5");
        QueryRunner.window(own, 20, 11);
        assertEquals(25, own.getOffset(), "its own offset, then the page's");
        assertEquals(5, own.getLimit(), "no further than its own limit");
        Query past = QueryFactory.create("SELECT * { ?s ?p ?o } ORDER BY ?s LIMIT 10");
        QueryRunner.window(past, 20, 11);
        assertEquals(0, past.getLimit());
    }

    @Test
    void linksNameFirstPrevAndNextButNeverLast() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("q", List.of("a b&c"));
        assertEquals("<http://h/api/queries/x?q=a+b%26c&page=1>; rel=\"first\", <http://h/api/queries/x?q=a+b%26c&page=2>;"
                + " rel=\"prev\", <http://h/api/queries/x?q=a+b%26c&page=4>; rel=\"next\"",
                new PageLinks(3, true).header("http://h/api/queries/x", values));
        assertEquals("<u?page=1>; rel=\"first\"", new PageLinks(1, false).header("u", Map.of()));
    }
}
