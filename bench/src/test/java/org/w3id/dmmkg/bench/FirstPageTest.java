package org.w3id.dmmkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.Test;
import org.w3id.dmmkg.server.queries.CannedQuery;
import org.w3id.dmmkg.server.queries.QueryCatalogue;

class FirstPageTest {
    private static final String BODY = "PREFIX dmm: <https://w3id.org/dmm-kg/def#>\n"
            + "SELECT ?l WHERE { ?l dmm:mentions ?_mission_iri } ORDER BY ?l\n";

    private static CannedQuery query(String header) {
        return QueryCatalogue.parse(Path.of("letters-of.rq"), "#+ summary: letters\n" + header + BODY);
    }

    @Test
    void aPagedQueryIsAskedForItsFirstPageOnBothServers() {
        CannedQuery q = query("#+ pagination: 50\n#+ defaults:\n#+   - mission: kfor\n");
        assertEquals(50, FirstPage.pageSize(q).getAsInt());
        assertEquals("/api/queries/letters-of.csv?mission=kfor&page=1", FirstPage.apiPath(q));
        Query bound = FirstPage.bound(q, 10_000);
        assertEquals(50, bound.getLimit());
        assertTrue(bound.serialize().contains("<https://w3id.org/dmm-kg/id/mission/kfor>"), bound.serialize());
    }

    @Test
    void anUnpagedQueryIsCutWhereTheServerCutsIt() {
        CannedQuery q = query("#+ defaults:\n#+   - mission: kfor\n");
        assertTrue(FirstPage.pageSize(q).isEmpty());
        assertEquals("/api/queries/letters-of.csv?mission=kfor", FirstPage.apiPath(q));
        assertEquals(10_000, FirstPage.bound(q, 10_000).getLimit());
    }

    @Test
    void aSmallerLimitOfTheQueryItselfStays() {
        CannedQuery q = QueryCatalogue.parse(Path.of("top.rq"),
                "#+ summary: top\n#+ pagination: 100\nSELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 10\n");
        assertEquals(10, FirstPage.bound(q, 10_000).getLimit());
        assertEquals("/api/queries/top.csv?page=1", FirstPage.apiPath(q));
    }
}
