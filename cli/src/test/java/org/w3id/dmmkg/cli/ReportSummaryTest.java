package org.w3id.dmmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmmkg.loader.vocab.Prefixes;
import org.w3id.dmmkg.store.Store;
import org.w3id.dmmkg.store.describe.CoverageReport;

/**
 * The coverage report reads per-letter summaries counted at load (defect: counted at request
 * time, its six optional patterns multiplied per letter, and /report failed on a 400-letter
 * store). The summaries must count what the old query counted.
 */
class ReportSummaryTest {
    /** The report's counts as they were defined before summaries: slow, but the reference. */
    static final String REFERENCE = Prefixes.SPARQL + """
            SELECT ?file (COUNT(DISTINCT ?meeting) AS ?meetings) (COUNT(DISTINCT ?mission) AS ?missions)
              (COUNT(DISTINCT ?initiative) AS ?initiatives) (COUNT(DISTINCT ?kst) AS ?kamerstukken)
              (COUNT(DISTINCT ?minister) AS ?ministers) (COUNT(DISTINCT ?c) AS ?commitments)
            WHERE {
              GRAPH ?g { ?g prov:wasDerivedFrom ?l . ?l dmm:sourceFile ?file .
                         OPTIONAL { ?l dmm:cites ?kst }
                         OPTIONAL { ?c dmm:statedIn ?l } }
              OPTIONAL { GRAPH ?g { ?l dmm:mentions ?meeting } GRAPH ?t1 { ?meeting a dmm:Meeting } }
              OPTIONAL { GRAPH ?g { ?l dmm:mentions ?mission } GRAPH ?t2 { ?mission a dmm:Mission } }
              OPTIONAL { GRAPH ?g { ?l dmm:mentions ?initiative } GRAPH ?t3 { ?initiative a dmm:Initiative } }
              OPTIONAL { GRAPH ?g { ?l dmm:mentions ?minister } GRAPH ?t4 { ?minister a dmm:Minister } }
            }
            GROUP BY ?file ORDER BY ?file
            """;

    @TempDir
    Path store;

    @Test
    void summariesCountWhatTheReportCountedBefore() {
        TestSupport.loadSeeds(store);
        try (Store s = TestSupport.openStore(store)) {
            Txn.executeRead(s.dataset(), () -> {
                List<String> expected = new ArrayList<>();
                try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(s.dataset().asDatasetGraph()))
                        .query(REFERENCE).build()) {
                    qe.execSelect().forEachRemaining(r -> expected.add(r.getLiteral("file").getString() + " "
                            + r.getLiteral("meetings").getLong() + " " + r.getLiteral("missions").getLong() + " "
                            + r.getLiteral("initiatives").getLong() + " " + r.getLiteral("kamerstukken").getLong() + " "
                            + r.getLiteral("ministers").getLong() + " " + r.getLiteral("commitments").getLong()));
                }
                List<String> actual = CoverageReport.letters(s.dataset().asDatasetGraph()).stream()
                        .map(l -> l.file() + " " + l.meetings() + " " + l.missions() + " " + l.initiatives() + " "
                                + l.kamerstukken() + " " + l.ministers() + " " + l.commitments()).toList();
                assertEquals(5, actual.size());
                assertEquals(expected, actual);
                assertTrue(actual.stream().anyMatch(a -> !a.endsWith(" 0 0 0 0 0 0")), actual.toString());

                var dsg = s.dataset().asDatasetGraph();
                List<String> window = CoverageReport.letters(dsg, 0, 2, 2).stream()
                        .map(l -> l.file() + " " + l.meetings() + " " + l.missions() + " " + l.initiatives() + " "
                                + l.kamerstukken() + " " + l.ministers() + " " + l.commitments()).toList();
                assertEquals(expected.subList(2, 4), window, "a page of the report: the third and fourth letter by file");
                assertEquals(5, CoverageReport.count(dsg));
            });
        }
    }
}
