package org.w3id.dmmkg.server.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class QueryBinderTest {
    private static final CannedQuery SEARCH = QueryCatalogue.parse(Path.of("search.rq"),
            "#+ summary: s\nSELECT ?s WHERE { ?s <urn:label> ?_q . OPTIONAL { ?s <urn:n> ?__n_integer } }");
    private static final CannedQuery MISSION = QueryCatalogue.parse(Path.of("m.rq"),
            "#+ summary: m\nSELECT ?s WHERE { ?s <urn:about> ?_mission_iri }");

    private static List<Node> boundValues(Query q) {
        ElementData data = (ElementData) ((ElementGroup) q.getQueryPattern()).getElements().get(0);
        return data.getRows().stream().map(b -> b.get(data.getVars().get(0))).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"x\" } ; DROP ALL ; #", "' } INSERT DATA { <a:b> <a:c> <a:d> } #", "\\\" . ?s ?p ?o",
        "<urn:x> } UNION { ?s ?p ?o"})
    void injectionStringsStayOneLiteral(String attack) {
        Query q = QueryBinder.bind(SEARCH, Map.of("q", List.of(attack)));
        assertEquals(List.of(attack), boundValues(q).stream().map(Node::getLiteralLexicalForm).toList());
        Query again = QueryFactory.create(q.serialize());
        assertEquals(List.of(attack), boundValues(again).stream().map(Node::getLiteralLexicalForm).toList());
        assertTrue(again.isSelectType());
    }

    @Test
    void shortNameBecomesTheResourceIriOfItsKind() {
        Query q = QueryBinder.bind(MISSION, Map.of("mission", List.of("kfor")));
        assertEquals(List.of("https://w3id.org/dmm-kg/id/mission/kfor"), boundValues(q).stream().map(Node::getURI).toList());
    }

    @Test
    void aParameterIsBoundInsideTheSubSelectThatChoosesTheRows() {
        CannedQuery quotes = QueryCatalogue.parse(Path.of("q.rq"), "#+ summary: q\nSELECT ?s ?quote WHERE {"
                + " { SELECT ?s WHERE { ?s <urn:about> ?_mission_iri } ORDER BY ?s } OPTIONAL { ?s <urn:quote> ?quote } }"
                + " ORDER BY ?s");
        Query q = QueryBinder.bind(quotes, Map.of("mission", List.of("kfor")));
        Query rows = ((org.apache.jena.sparql.syntax.ElementSubQuery) ((ElementGroup) q.getQueryPattern()).get(0)).getQuery();
        assertEquals(List.of("https://w3id.org/dmm-kg/id/mission/kfor"), boundValues(rows).stream().map(Node::getURI).toList());
    }

    @Test
    void eachBindingIsACopyThatPagesAndValuesDoNotCarryOver() {
        CannedQuery paged = QueryCatalogue.parse(Path.of("p.rq"), "#+ summary: p\nSELECT ?s ?quote WHERE {"
                + " { SELECT ?s WHERE { ?s <urn:about> ?_mission_iri } ORDER BY ?s } OPTIONAL { ?s <urn:quote> ?quote } }"
                + " ORDER BY ?s");
        String fresh = QueryBinder.bind(paged, Map.of("mission", List.of("kfor"))).serialize();
        Query page3 = QueryBinder.bind(paged, Map.of("mission", List.of("eufor-althea")));
        QueryRunner.window(page3, 200, 101);
        assertTrue(page3.serialize().matches("(?s).*OFFSET +200.*"), page3.serialize());
        assertEquals(fresh, QueryBinder.bind(paged, Map.of("mission", List.of("kfor"))).serialize(),
                "the next request starts from the saved text");
    }

    @Test
    void severalValuesGiveSeveralRows() {
        Query q = QueryBinder.bind(MISSION, Map.of("mission", List.of("kfor", "https://w3id.org/dmm-kg/id/mission/eufor-althea")));
        assertEquals(2, boundValues(q).size());
    }

    @Test
    void valueNotOfItsTypeIsRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> QueryBinder.bind(SEARCH, Map.of("q", List.of("x"), "n", List.of("twelve"))));
        assertEquals("parameter n: 'twelve' is not integer", e.getMessage());
        var iri = assertThrows(IllegalArgumentException.class,
                () -> QueryBinder.bind(MISSION, Map.of("mission", List.of("kfor> } #"))));
        assertTrue(iri.getMessage().startsWith("parameter mission: 'kfor> } #' is neither"));
    }

    @Test
    void missingRequiredAndUnknownParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> QueryBinder.bind(MISSION, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> QueryBinder.bind(MISSION, Map.of("colour", List.of("x"))));
    }
}
