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
}
