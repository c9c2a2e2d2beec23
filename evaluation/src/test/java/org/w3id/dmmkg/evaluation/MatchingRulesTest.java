package org.w3id.dmmkg.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The matching rules on a hand-made graph and gold ({@code src/test/resources/fixture}), with
 * the figures counted by hand: allowed items, unscorable Kamerstukken, a letter missing from
 * the graph, null letter fields, lists of accepted values, places, concerns and identity.
 */
class MatchingRulesTest {
    private static Score score;

    @BeforeAll
    static void score() throws Exception {
        Path fixture = Path.of(MatchingRulesTest.class.getResource("/fixture").toURI());
        try (InputStream in = MatchingRulesTest.class.getResourceAsStream("/fixture/graph.trig")) {
            score = Scorer.score(Gold.read(fixture.resolve("gold")), new DatasetSource(union(in)));
        }
    }

    /** The fixture's quads as one default graph, as a store's union graph shows them. */
    private static Dataset union(InputStream trig) {
        Dataset dataset = DatasetFactory.createTxnMem();
        Graph graph = dataset.asDatasetGraph().getDefaultGraph();
        Txn.executeWrite(dataset, () -> RDFParser.source(trig).lang(Lang.TRIG).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                graph.add(quad.asTriple());
            }
        }));
        return dataset;
    }

    private static void assertCounts(String category, int tp, int fp, int fn) {
        Tally t = score.categories().get(category);
        assertEquals(List.of(tp, fp, fn), List.of(t.truePositives(), t.falsePositives(), t.falseNegatives()), category);
    }

    @Test
    void letterFieldsCountEachAndANullDateMustStayUnknown() {
        // a: date and author (a part of the name) and own number right, type wrong; b: missing, its null date right,
        // its type missed, its null author not scored; c: an invented date, its type right.
        assertCounts("letter", 5, 2, 2);
        assertEquals(List.of("b.txt"), score.missingLetters());
    }

    @Test
    void meetingsMatchByTypeAndAcceptedStartOrElseByPlace() {
        assertCounts("primary", 1, 0, 0);
        // fac by one of two accepted starts and dmm by place (case aside) count; other is allowed; udcg is extra;
        // the summit and b's DMM are missed; c's summit is allowed; c's primary is not scored, its gold being null.
        assertCounts("meetings", 2, 1, 2);
    }

    @Test
    void kamerstukkenWithoutNumberAreNotScored() {
        assertCounts("kamerstukken", 1, 1, 1);
        assertTrue(score.notes().stream().anyMatch(n -> n.contains("not scored kamerstuk") && n.contains("motie-boswijk")));
    }

    @Test
    void namesMatchWithoutCaseOrSpacesAndAllowedNamesCostNothing() {
        assertCounts("missions", 1, 1, 0);
        assertCounts("initiatives", 1, 1, 1);
        assertCounts("ministers", 1, 1, 0);
    }

    @Test
    void commitmentsMatchByCueAndConcernsByTheirTargetsLabels() {
        assertCounts("commitments", 2, 1, 1);
        assertCounts("concerns", 1, 0, 1);
    }

    @Test
    void identityNeedsTheThingInEveryLetterUnderOneIri() {
        assertCounts("identity", 1, 0, 2);
        assertTrue(score.notes().stream().anyMatch(n -> n.contains("split over 2 IRIs")));
        assertTrue(score.notes().stream().anyMatch(n -> n.contains("missing in some letters")));
    }

    @Test
    void closingLineGivesTheMicroF1OverAllCounts() {
        // 16 true positives, 8 false positives, 10 false negatives: F1 = 32 / 50.
        assertEquals("score: micro-F1 0.640 over 3 letters (letter 0.71, primary 1.00, meetings 0.57, kamerstukken 0.50, "
                + "missions 0.67, initiatives 0.50, ministers 0.67, commitments 0.67, concerns 0.67, identity 0.50)",
                score.closingLine());
        assertTrue(score.table().startsWith("category            P      R     F1   tp   fp   fn\n"
                + "letter           0.71   0.71   0.71    5    2    2\n"), score.table());
    }

    @Test
    void figuresRoundHalfToEvenOnTheirExactValue() {
        assertEquals("0.12", Tally.fixed(0.125, 2));
        assertEquals("0.38", Tally.fixed(0.375, 2));
        assertEquals("2.67", Tally.fixed(2.675, 2));
        assertEquals("0.68", Tally.fixed(0.675, 2));
    }
}
