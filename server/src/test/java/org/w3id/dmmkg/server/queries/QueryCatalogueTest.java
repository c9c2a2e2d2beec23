package org.w3id.dmmkg.server.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryFactory;
import org.eclipse.rdf4j.query.parser.sparql.SPARQLParser;
import org.junit.jupiter.api.Test;

class QueryCatalogueTest {
    @Test
    void catalogueHoldsAtLeastFifteenQueriesThatParseWithJenaAndRdf4j() throws Exception {
        QueryCatalogue catalogue = QueryCatalogue.bundled();
        assertTrue(catalogue.queries().size() >= 15, "queries: " + catalogue.queries().size());
        for (CannedQuery q : catalogue.queries()) {
            QueryFactory.create(q.text());
            new SPARQLParser().parseQuery(q.text(), null);
            assertTrue(!q.summary().isBlank() && !q.description().isBlank() && !q.tags().isEmpty(), q.name());
        }
    }

    @Test
    void readsHeaderTagsDefaultsAndTypedParameters() {
        CannedQuery q = QueryCatalogue.parse(Path.of("x.rq"), """
                #+ summary: A question
                #+ description: Longer.
                #+ tags:
                #+   - missions
                #+ defaults:
                #+   - mission: kfor
                SELECT * WHERE { ?s ?p ?_mission_iri . OPTIONAL { ?s ?q ?__year_integer } ?s ?r ?_label_en }
                """);
        assertEquals("A question", q.summary());
        assertEquals(List.of("missions"), q.tags());
        assertEquals(List.of("kfor"), q.defaults().get("mission"));
        assertEquals(List.of(
                new Parameter("mission", "_mission_iri", Parameter.Type.IRI, null, true),
                new Parameter("year", "__year_integer", Parameter.Type.INTEGER, null, false),
                new Parameter("label", "_label_en", Parameter.Type.LANG_STRING, "en", true)), q.parameters());
    }

    @Test
    void malformedHeaderNamesFileAndLine() {
        var e = assertThrows(IllegalArgumentException.class, () -> QueryCatalogue.parse(Path.of("queries/bad.rq"),
                "#+ summary: fine\n#+ this is not a decorator\nSELECT * {}"));
        assertEquals("queries/bad.rq:2: not a decorator ('#+ key: value') nor a list item ('#+   - item')", e.getMessage());
        var unknown = assertThrows(IllegalArgumentException.class, () -> QueryCatalogue.parse(Path.of("q.rq"),
                "#+ summary: fine\n#+ colour: blue\nSELECT * {}"));
        assertEquals("q.rq:2: unknown decorator 'colour'", unknown.getMessage());
        var none = assertThrows(IllegalArgumentException.class, () -> QueryCatalogue.parse(Path.of("q.rq"), "SELECT * {}"));
        assertEquals("q.rq:1: no '#+ summary:' line", none.getMessage());
    }

    @Test
    void paginationIsARowCountOnAnOrderedSelect() {
        CannedQuery q = QueryCatalogue.parse(Path.of("q.rq"),
                "#+ summary: fine\n#+ pagination: 50\nSELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s");
        assertEquals(50, q.pagination());
        assertTrue(q.paged());
        assertEquals(0, QueryCatalogue.parse(Path.of("q.rq"), "#+ summary: fine\nSELECT * {}").pagination());
        for (String bad : List.of("0", "-3", "ten", "10001", "1e3", "")) {
            var e = assertThrows(IllegalArgumentException.class, () -> QueryCatalogue.parse(Path.of("q.rq"),
                    "#+ summary: fine\n#+ pagination: " + bad + "\nSELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s"), bad);
            assertEquals("q.rq:2: pagination is a number of rows from 1 to 10000, got '" + bad + "'", e.getMessage());
        }
        var unordered = assertThrows(IllegalArgumentException.class, () -> QueryCatalogue.parse(Path.of("q.rq"),
                "#+ summary: fine\n#+ tags:\n#+   - x\n#+ pagination: 5\nSELECT ?s WHERE { ?s ?p ?o }"));
        assertEquals("q.rq:4: a paged query is a SELECT with ORDER BY, so that its pages are stable", unordered.getMessage());
        assertThrows(IllegalArgumentException.class, () -> QueryCatalogue.parse(Path.of("q.rq"),
                "#+ summary: fine\n#+ pagination: 5\nCONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } ORDER BY ?s"));
        var clash = assertThrows(IllegalArgumentException.class, () -> QueryCatalogue.parse(Path.of("q.rq"),
                "#+ summary: fine\n#+ pagination: 5\nSELECT ?s WHERE { ?s ?p ?_page_integer } ORDER BY ?s"));
        assertEquals("q.rq:1: a paged query cannot have a parameter named 'page'", clash.getMessage());
    }

    @Test
    void theQueriesThatListManyRowsArePaged() throws Exception {
        QueryCatalogue catalogue = QueryCatalogue.bundled();
        for (String name : List.of("commitments-by-year", "letters-overview", "mission-quotes", "discovered-entities",
            "full-text-search")) {
            assertTrue(catalogue.find(name).orElseThrow().paged(), name);
        }
        assertTrue(!catalogue.find("letters-per-year").orElseThrow().paged(), "a handful of rows: one page");
    }
}
