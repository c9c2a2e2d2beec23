package org.w3id.dmmkg.harvest;

import java.util.List;

/**
 * What one harvest did.
 *
 * @param listed    publications the sources listed
 * @param fetched   keys of the publications fetched (new or changed)
 * @param removed   keys of the publications removed because the source deleted them
 * @param unchanged publications the mirror already held as the sources have them
 * @param failures  how many requests or publications failed
 * @param requests  HTTP requests sent
 */
public record HarvestReport(int listed, List<String> fetched, List<String> removed, int unchanged, int failures,
        int requests) {

    public HarvestReport {
        fetched = List.copyOf(fetched);
        removed = List.copyOf(removed);
    }
}
