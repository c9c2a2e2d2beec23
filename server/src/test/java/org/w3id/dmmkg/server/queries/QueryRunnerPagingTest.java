package org.w3id.dmmkg.server.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

/** Pages of a query over seven numbered things, with and without the server's ceiling on rows. */
class QueryRunnerPagingTest {
    private static final String QUERY = "SELECT ?n WHERE { ?s <http://example.org/n> ?n } ORDER BY ?n";

    /** Seven things numbered 1 to 7; the odd ones have a name. */
    private static Dataset sevenThings() {
        Model m = ModelFactory.createDefaultModel();
        for (int i = 1; i <= 7; i++) {
            var thing = m.createResource("http://example.org/thing/" + i);
            m.addLiteral(thing, m.createProperty("http://example.org/n"), i);
            if (i % 2 == 1) {
                thing.addProperty(m.createProperty("http://example.org/name"), "thing " + i);
            }
        }
        return DatasetFactory.wrap(m);
    }

    private static List<Integer> numbers(QueryRunner.Rows rows) {
        return rows.rows().stream().map(s -> s.getLiteral("n").getInt()).toList();
    }

    @Test
    void eachPageHasItsRowsAndKnowsWhetherAnotherFollows() {
        QueryRunner runner = new QueryRunner(sevenThings(), 0);
        QueryRunner.Rows page2 = runner.page("numbers", QueryFactory.create(QUERY), new PageRequest(2), 3);
        assertEquals(List.of(4, 5, 6), numbers(page2));
        assertTrue(page2.truncated(), "row 7 follows");
        QueryRunner.Rows page3 = runner.page("numbers", QueryFactory.create(QUERY), new PageRequest(3), 3);
        assertEquals(List.of(7), numbers(page3));
        assertFalse(page3.truncated());
        QueryRunner.Rows exact = runner.page("numbers", QueryFactory.create(QUERY), new PageRequest(1), 7);
        assertFalse(exact.truncated(), "seven rows on a page of seven: no next page");
        var past = assertThrows(NoSuchPageException.class,
                () -> runner.page("numbers", QueryFactory.create(QUERY), new PageRequest(4), 3));
        assertEquals("query numbers: page 4 is past the last page of results", past.getMessage());
    }

    @Test
    void aQueryThatChoosesItsRowsInAnOrderedSubSelectIsPagedThere() {
        String named = "SELECT ?n ?name WHERE { { SELECT ?s ?n WHERE { ?s <http://example.org/n> ?n } ORDER BY ?n }"
                + " OPTIONAL { ?s <http://example.org/name> ?name } } ORDER BY ?n";
        QueryRunner runner = new QueryRunner(sevenThings(), 0);
        QueryRunner.Rows page2 = runner.page("named", QueryFactory.create(named), new PageRequest(2), 3);
        assertEquals(List.of(4, 5, 6), numbers(page2));
        assertEquals("thing 5", page2.rows().get(1).getLiteral("name").getString(), "details joined to the page's rows");
        assertTrue(page2.truncated(), "row 7 follows");
        assertFalse(runner.page("named", QueryFactory.create(named), new PageRequest(3), 3).truncated());

        var query = QueryFactory.create(named);
        var rows = windowedSubSelect(query, 3, 4);
        assertEquals(List.of(3L, 4L), List.of(rows.getOffset(), rows.getLimit()), "the window is on the sub-select");
        assertFalse(query.hasLimit(), "the outer query keeps every row the sub-select gives");
        assertFalse(QueryRunner.sortsItsPageAsItReadsIt(query), "a page found by sorting every row keeps the top-N sort");
    }

    @Test
    void aPageOfTextHitsIsReadInOrderButEveryHitIsNot() {
        String search = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s ?score WHERE { { SELECT ?s ?score WHERE {"
                + " (?s ?score) text:query (\"x\" ?hits) } ORDER BY DESC(?score) ?s } } ORDER BY DESC(?score) ?s";
        var page = QueryFactory.create(search);
        QueryRunner.window(page, 100, 101);
        assertTrue(QueryRunner.sortsItsPageAsItReadsIt(page), "the search gives the page's hits, best first");
        var every = QueryFactory.create(search);
        PagedPart.bindHits(PagedPart.of(every), -1);
        assertFalse(QueryRunner.sortsItsPageAsItReadsIt(every), "every hit: as many rows as the search finds");
    }

    @Test
    void aSubSelectOrderedByPositionIsPagedByBindingThePositionsOfThePage() {
        String placed = "SELECT ?n ?name WHERE { { SELECT ?s ?position WHERE { ?s <http://example.org/n> ?position } ORDER BY ?position }"
                + " BIND(?position AS ?n) OPTIONAL { ?s <http://example.org/name> ?name } } ORDER BY ?position";
        QueryRunner runner = new QueryRunner(sevenThings(), 0);
        QueryRunner.Rows page2 = runner.page("placed", QueryFactory.create(placed), new PageRequest(2), 3);
        assertEquals(List.of(4, 5, 6), numbers(page2));
        assertEquals("thing 5", page2.rows().get(1).getLiteral("name").getString());
        assertTrue(page2.truncated(), "position 7 follows");
        QueryRunner.Rows page3 = runner.page("placed", QueryFactory.create(placed), new PageRequest(3), 3);
        assertEquals(List.of(7), numbers(page3));
        assertFalse(page3.truncated());
        assertThrows(NoSuchPageException.class, () -> runner.page("placed", QueryFactory.create(placed), new PageRequest(4), 3));

        var part = windowedSubSelect(QueryFactory.create(placed), 3, 4);
        assertFalse(part.hasOffset(), "no rows are sorted and skipped");
        assertTrue(part.toString().contains("VALUES ?position { 4 5 6 7 }"), part.toString());
        var bound = QueryFactory.create(placed);
        QueryRunner.window(bound, 3, 4);
        assertTrue(QueryRunner.sortsItsPageAsItReadsIt(bound), "a page of bound positions is read in order: no top-N sort");
        assertEquals(7, runner.select(QueryFactory.create(placed), 100).rows().size(), "every row when not paged");
    }

    /** The leading sub-select of {@code query} after {@code query} is narrowed to a window. */
    private static org.apache.jena.query.Query windowedSubSelect(org.apache.jena.query.Query query, long offset, long rows) {
        QueryRunner.window(query, offset, rows);
        return ((org.apache.jena.sparql.syntax.ElementSubQuery)
                ((org.apache.jena.sparql.syntax.ElementGroup) query.getQueryPattern()).get(0)).getQuery();
    }

    @Test
    void noPageReachesPastTheCeiling() {
        QueryRunner runner = new QueryRunner(sevenThings(), 0, 5);
        QueryRunner.Rows page2 = runner.page("numbers", QueryFactory.create(QUERY), new PageRequest(2), 3);
        assertEquals(List.of(4, 5), numbers(page2), "rows 4 and 5 of the 5 the server gives");
        assertFalse(page2.truncated(), "rows follow, but past the ceiling: no next page");
        var e = assertThrows(IllegalArgumentException.class,
                () -> runner.page("numbers", QueryFactory.create(QUERY), new PageRequest(3), 3));
        assertEquals("parameter page: page 3 starts after row 5, the most this server gives of one query", e.getMessage());
    }

    @Test
    void aSavedQueryWritesItsPageAndReturnsTheNeighbours() {
        CannedQuery q = QueryCatalogue.parse(java.nio.file.Path.of("numbers.rq"), "#+ summary: n\n#+ pagination: 3\n" + QUERY);
        QueryRunner runner = new QueryRunner(sevenThings(), 0);
        var out = new java.io.ByteArrayOutputStream();
        var links = runner.run(q, java.util.Map.of(), new PageRequest(2), ResultFormat.csv, out);
        assertEquals("n\r\n4\r\n5\r\n6\r\n", out.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(new PageLinks(2, true), links.orElseThrow());
        var all = new java.io.ByteArrayOutputStream();
        assertTrue(runner.run(q, java.util.Map.of(), PageRequest.ALL, ResultFormat.csv, all).isEmpty());
        assertEquals(8, all.toString(java.nio.charset.StandardCharsets.UTF_8).lines().count());
        assertThrows(NoSuchPageException.class,
                () -> runner.run(q, java.util.Map.of(), new PageRequest(4), ResultFormat.csv, new java.io.ByteArrayOutputStream()));
    }
}
