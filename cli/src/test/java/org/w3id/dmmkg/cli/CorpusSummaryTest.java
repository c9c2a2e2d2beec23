package org.w3id.dmmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmmkg.store.Store;
import org.w3id.dmmkg.store.describe.CorpusSummary;

/**
 * After a load of the seed letters, graph/summary holds what counting over every letter gives,
 * and a store that lost its summary gets it back when it is opened.
 */
class CorpusSummaryTest {
    private static final String PREFIX = "PREFIX dmm: <https://w3id.org/dmm-kg/def#>\n"
            + "PREFIX dcterms: <http://purl.org/dc/terms/>\n";
    private static final String SUMMARY = "<" + CorpusSummary.GRAPH.getURI() + ">";

    /** The seeds, loaded once for the tests that only read; a test that changes a store loads its own. */
    @TempDir
    static Path seeds;

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadSeeds() {
        TestSupport.loadSeeds(seeds.resolve("store"));
    }

    @Test
    void theSummaryCountsWhatTheLettersSay() {
        try (Store store = TestSupport.openStore(seeds.resolve("store"))) {
            List<String> counted = rows(store, PREFIX + "SELECT ?x ?n { ?x a dmm:Initiative . "
                    + "{ SELECT ?x (COUNT(DISTINCT ?l) AS ?n) { ?l a dmm:Letter ; dmm:mentions ?x } GROUP BY ?x } } ORDER BY ?x");
            List<String> summed = rows(store, PREFIX + "SELECT ?x ?n { ?x a dmm:Initiative . GRAPH " + SUMMARY
                    + " { ?x dmm:letterCount ?n } } ORDER BY ?x");
            assertTrue(counted.size() > 20, "the seeds mention over twenty initiatives: " + counted);
            assertEquals(counted, summed);

            List<String> pairs = rows(store, PREFIX + "SELECT ?m ?i ?n { GRAPH " + SUMMARY + " { ?p dmm:pairMission ?m ; "
                    + "dmm:pairInitiative ?i ; dmm:letterCount ?n } } ORDER BY ?m ?i");
            List<String> joined = rows(store, PREFIX + "SELECT ?m ?i (COUNT(DISTINCT ?l) AS ?n) { ?m a dmm:Mission . "
                    + "?i a dmm:Initiative . ?l a dmm:Letter ; dmm:mentions ?m , ?i } GROUP BY ?m ?i ORDER BY ?m ?i");
            assertFalse(pairs.isEmpty());
            assertEquals(joined, pairs, "pairs counted from the letters' summaries, as joining their mentions gives");

            List<String> firsts = rows(store, PREFIX + "SELECT ?x ?d { GRAPH " + SUMMARY + " { ?x dmm:firstLetterDate ?d } } "
                    + "ORDER BY ?x");
            assertTrue(firsts.stream().anyMatch(r -> r.contains("2022-06-22")), firsts.toString());
        }
    }

    @Test
    void lettersAndMeetingsHaveTheirPlaceInTheOrderTheirListsShow() {
        try (Store store = TestSupport.openStore(seeds.resolve("store"))) {
            List<String> sorted = rows(store, PREFIX + "SELECT ?l { ?l a dmm:Letter ; dmm:sourceFile ?f "
                    + "OPTIONAL { ?l dcterms:date ?d } } ORDER BY ?d ?f");
            assertEquals(5, sorted.size());
            assertEquals(sorted, itemsByPlace(store, "readingOrder"));

            List<String> meetings = rows(store, PREFIX + "SELECT ?n { GRAPH " + SUMMARY + " { ?m dmm:timelineOrder ?n } } "
                    + "ORDER BY ?n");
            List<String> typed = rows(store, PREFIX + "SELECT DISTINCT ?m { ?m a dmm:Meeting ; dmm:meetingType ?t }");
            assertEquals(typed.size(), meetings.size(), "every meeting with a type has a place on the timeline");
            List<String> starts = rows(store, PREFIX + "SELECT ?n (MIN(?start) AS ?from) { GRAPH " + SUMMARY
                    + " { ?m dmm:timelineOrder ?n } OPTIONAL { ?m dmm:startDate ?start } } GROUP BY ?n ORDER BY ?n").stream()
                    .map(r -> r.split(" ")[1].replace("null", "")).toList();
            assertTrue(starts.stream().anyMatch(String::isEmpty) && starts.stream().anyMatch(d -> !d.isEmpty()), starts.toString());
            List<String> byStart = new ArrayList<>(starts);
            byStart.sort(java.util.Comparator.naturalOrder());
            assertEquals(byStart, starts, "meetings without a start first, then by their earliest start");
        }
    }

    @Test
    void numberedPapersHaveTheirPlaceByTheLettersThatReferToThemMostFirst() {
        try (Store store = TestSupport.openStore(seeds.resolve("store"))) {
            List<String> counted = rows(store, PREFIX + "SELECT ?k { ?k a dmm:Kamerstuk ; dmm:documentNumber ?nr . "
                    + "{ SELECT ?k (COUNT(DISTINCT ?l) AS ?n) { ?l a dmm:Letter ; dmm:cites ?k } GROUP BY ?k } } "
                    + "ORDER BY DESC(?n) ?k");
            assertTrue(counted.size() > 10, "the seeds cite over ten numbered papers: " + counted);
            assertEquals(counted, itemsByPlace(store, "citationOrder"));
        }
    }

    @Test
    void citedMotionsHaveTheirPlaceBySubmitterThenIri() {
        try (Store store = TestSupport.openStore(seeds.resolve("store"))) {
            List<String> sorted = rows(store, PREFIX + "SELECT ?m { { SELECT ?m (MIN(?s) AS ?first) "
                    + "{ ?m a dmm:Motion ; dmm:submittedBy ?s } GROUP BY ?m } } ORDER BY ?first ?m");
            assertTrue(sorted.size() > 2, "the seeds cite more than two motions: " + sorted);
            assertEquals(sorted, itemsByPlace(store, "motionOrder"));
        }
    }

    @Test
    void eachMissionsMentionsAndCommitmentsHaveTheirPlacesFromItsFirstToItsLast() {
        try (Store store = TestSupport.openStore(seeds.resolve("store"))) {
            String oa = "PREFIX oa: <http://www.w3.org/ns/oa#>\n";
            List<String> mentions = rows(store, PREFIX + oa + "SELECT ?m ?a { ?a oa:hasBody ?m ; oa:hasTarget ?t . "
                    + "?m a dmm:Mission . ?t oa:hasSource ?l ; oa:hasSelector/oa:start ?s . ?l dmm:sourceFile ?f "
                    + "OPTIONAL { ?l dcterms:date ?d } } ORDER BY ?m ?d ?f ?s ?a");
            List<String> placed = rows(store, PREFIX + "SELECT ?m ?a { GRAPH " + SUMMARY + " { ?a dmm:mentionOrder ?n . "
                    + "?m dmm:firstMentionPlace ?first ; dmm:lastMentionPlace ?last } FILTER(?first <= ?n && ?n <= ?last) } "
                    + "ORDER BY ?n");
            assertTrue(mentions.stream().map(r -> r.split(" ")[0]).distinct().count() > 3,
                    "the seeds mention more than three missions: " + mentions);
            assertEquals(mentions, placed, "mentions by mission, then as their letters, then by where their words start");
            assertGapless(rows(store, "SELECT ?n { GRAPH " + SUMMARY + " { ?a <https://w3id.org/dmm-kg/def#mentionOrder> ?n } }"
                    + " ORDER BY ?n"), mentions.size());

            List<String> pairs = rows(store, PREFIX + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                    + "SELECT ?m ?c { ?c dmm:concerns ?m ; dmm:committedBy/skos:notation \"NL\" . ?m a dmm:Mission . "
                    + "GRAPH " + SUMMARY + " { ?c dmm:commitmentOrder ?n } } ORDER BY ?m ?n");
            List<String> pairsPlaced = rows(store, PREFIX + "SELECT ?m ?c { GRAPH " + SUMMARY + " { ?c dmm:missionCommitmentOrder ?n . "
                    + "?m dmm:firstCommitmentPlace ?first ; dmm:lastCommitmentPlace ?last } "
                    + "FILTER(?first <= ?n && ?n <= ?last) } ORDER BY ?n");
            assertTrue(pairs.size() > 3, "the seeds' commitments concern missions: " + pairs);
            assertEquals(pairs, pairsPlaced, "pairs by mission, then by the commitment's place");
            assertGapless(rows(store, "SELECT ?n { GRAPH " + SUMMARY + " { ?c <https://w3id.org/dmm-kg/def#missionCommitmentOrder> ?n } }"
                    + " ORDER BY ?n"), pairs.size());
        }
    }

    /** What has {@code dmm:property} in graph/summary, by its place, once the places are seen to count from 1 without gaps. */
    private static List<String> itemsByPlace(Store store, String property) {
        List<String> placed = rows(store, PREFIX + "SELECT ?x ?n { GRAPH " + SUMMARY + " { ?x dmm:" + property + " ?n } } "
                + "ORDER BY ?n");
        assertGapless(placed.stream().map(r -> r.split(" ")[1]).toList(), placed.size());
        return placed.stream().map(r -> r.split(" ")[0]).toList();
    }

    private static void assertGapless(List<String> places, int count) {
        assertEquals(java.util.stream.IntStream.rangeClosed(1, count).mapToObj(Integer::toString).toList(),
                places.stream().map(r -> r.replaceAll("\"|\\^\\^.*", "")).toList(), "places count from 1 without gaps");
    }

    @Test
    void eachYearCountsTheLettersDatedInIt() {
        try (Store store = TestSupport.openStore(seeds.resolve("store"))) {
            List<String> counted = rows(store, PREFIX + "SELECT ?y (COUNT(?l) AS ?n) { ?l a dmm:Letter ; dcterms:date ?d "
                    + "BIND(YEAR(?d) AS ?y) } GROUP BY ?y ORDER BY ?y");
            List<String> summed = rows(store, PREFIX + "SELECT ?y ?n { GRAPH " + SUMMARY + " { ?c dmm:calendarYear ?y ; "
                    + "dmm:letterCount ?n } } ORDER BY ?y");
            assertEquals(2, counted.size(), "the seeds are dated in two years: " + counted);
            assertEquals(counted, summed);
        }
    }

    @Test
    void aStoreWithoutItsSummaryGetsItWhenOpened() {
        Path s = tmp.resolve("store");
        TestSupport.loadSeeds(s);
        long before;
        try (Store store = TestSupport.openStore(s)) {
            before = rows(store, "SELECT * { GRAPH " + SUMMARY + " { ?s ?p ?o } }").size();
            store.replaceGraph(CorpusSummary.GRAPH, List.of());
            assertFalse(CorpusSummary.current(store));
        }
        try (Store store = TestSupport.openStore(s)) {
            assertTrue(before > 100, "the seeds give a summary of hundreds of triples: " + before);
            assertEquals(before, rows(store, "SELECT * { GRAPH " + SUMMARY + " { ?s ?p ?o } }").size());
        }
    }

    @Test
    void aSummaryThatDoesNotPlaceEveryLetterIsMadeAgainWhenTheStoreIsOpened() {
        Path s = tmp.resolve("store");
        TestSupport.loadSeeds(s);
        String positions = "SELECT ?l { GRAPH " + SUMMARY + " { ?l <https://w3id.org/dmm-kg/def#readingOrder> ?n } }";
        try (Store store = TestSupport.openStore(s)) {
            assertEquals(5, rows(store, positions).size());
            String first = rows(store, positions).get(0);
            List<org.apache.jena.sparql.core.Quad> kept = Txn.calculateRead(store.dataset(), () -> store.dataset()
                    .asDatasetGraph().stream(CorpusSummary.GRAPH, null, null, null)
                    .filter(q -> !q.getPredicate().getURI().endsWith("#readingOrder") || !q.getSubject().getURI().equals(first))
                    .toList());
            store.replaceGraph(CorpusSummary.GRAPH, kept);
            assertEquals(4, rows(store, positions).size(), "as a load cut off before its summary leaves it");
            assertFalse(CorpusSummary.current(store));
        }
        try (Store store = TestSupport.openStore(s)) {
            assertEquals(5, rows(store, positions).size(), "every letter placed again");
        }
    }

    private static List<String> rows(Store store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset().asDatasetGraph()))
                    .query(query).build()) {
                var results = qe.execSelect();
                List<String> vars = results.getResultVars();
                results.forEachRemaining(r -> out.add(String.join(" ", vars.stream()
                        .map(v -> String.valueOf(r.get(v))).toList())));
            }
            return out;
        });
    }
}
