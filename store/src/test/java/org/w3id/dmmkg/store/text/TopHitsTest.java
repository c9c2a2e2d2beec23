package org.w3id.dmmkg.store.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.TextHit;
import org.junit.jupiter.api.Test;

class TopHitsTest {
    /**
     * A search that behaves as Lucene's does: best score first, equal scores in the order the
     * documents were added, cut at the limit.
     */
    private static final class Index {
        final List<TextHit> byDocument = new ArrayList<>();
        final AtomicInteger searches = new AtomicInteger();

        List<TextHit> search(int limit) {
            searches.incrementAndGet();
            List<TextHit> ranked = new ArrayList<>(byDocument);
            ranked.sort(Comparator.comparing(TextHit::getScore, Comparator.reverseOrder()));
            return limit < 0 ? ranked : ranked.subList(0, Math.min(limit, ranked.size()));
        }
    }

    private static Index randomIndex(Random random, int size) {
        Index index = new Index();
        for (int i = 0; i < size; i++) {
            // Few distinct scores, subjects added in no particular order: many ties across every cut.
            String subject = "https://example.org/letter/" + random.nextInt(1_000_000);
            index.byDocument.add(new TextHit(NodeFactory.createURI(subject), random.nextInt(4), null));
        }
        return index;
    }

    @Test
    void theBestFewHitsAreTheFirstOfTheWholeListOrderedByScoreThenSubject() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            Index index = randomIndex(random, random.nextInt(60));
            List<TextHit> whole = new ArrayList<>(index.search(-1));
            whole.sort(TopHits.ORDER);
            int limit = 1 + random.nextInt(40);
            List<TextHit> best = TopHits.of(index::search, limit);
            assertEquals(whole.subList(0, Math.min(limit, whole.size())).stream().map(TextHit::getNode).toList(),
                    best.stream().map(TextHit::getNode).toList(), "limit " + limit + ", round " + round);
        }
    }

    @Test
    void withoutTiesAtTheCutOneSearchIsEnough() {
        Index index = new Index();
        for (int i = 0; i < 500; i++) {
            index.byDocument.add(new TextHit(NodeFactory.createURI("https://example.org/l" + i), i, null));
        }
        List<TextHit> best = TopHits.of(index::search, 100);
        assertEquals(1, index.searches.get());
        assertEquals(100, best.size(), "the hits asked for, no more");
        assertEquals(499f, best.get(0).getScore());
    }

    @Test
    void noLimitAsksForEveryHitOnce() {
        Index index = randomIndex(new Random(3), 50);
        assertEquals(50, TopHits.of(index::search, -1).size());
        assertEquals(1, index.searches.get());
    }
}
