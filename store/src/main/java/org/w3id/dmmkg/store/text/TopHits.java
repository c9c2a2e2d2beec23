package org.w3id.dmmkg.store.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.sparql.util.NodeCmp;

/**
 * The best hits of a text query when only the first few are wanted, chosen as a query ordered
 * by {@code DESC(?score) ?subject} chooses them.
 *
 * <p>Why: Lucene cuts a limited search among equal scores by its own document numbers, so the
 * first {@code n} hits it gives need not be the first {@code n} of that order, and a page of
 * results could leave out a hit that the same query without a limit puts on it. Here the
 * search is asked for more hits until the last one scores below the {@code n}-th (or there are
 * no more); every hit that ties with the {@code n}-th is then among them, and the first
 * {@code n} of them by score, then subject, are given.
 */
final class TopHits {
    /** Best score first; equal scores by subject, as SPARQL orders terms. */
    static final Comparator<TextHit> ORDER = Comparator.comparing(TextHit::getScore, Comparator.reverseOrder())
            .thenComparing(TextHit::getNode, NodeCmp::compareRDFTerms);

    private TopHits() {
    }

    /**
     * @param search runs the query with a limit on its hits (negative: every hit)
     * @param limit  how many hits are wanted; negative or zero: every hit, as the search gives them
     * @return the best {@code limit} hits (all, when there are fewer) in {@link #ORDER}
     */
    static List<TextHit> of(IntFunction<List<TextHit>> search, int limit) {
        if (limit <= 0) {
            return search.apply(limit);
        }
        long asked = limit + 1L;
        while (true) {
            int ask = asked > Integer.MAX_VALUE ? -1 : (int) asked;
            List<TextHit> hits = search.apply(ask);
            if (ask < 0 || hits.size() < ask || hits.get(ask - 1).getScore() < hits.get(limit - 1).getScore()) {
                List<TextHit> sorted = new ArrayList<>(hits);
                sorted.sort(ORDER);
                // No more than asked for: text:query cuts what it is given in no particular order.
                return sorted.subList(0, Math.min(limit, sorted.size()));
            }
            asked *= 4;
        }
    }
}
