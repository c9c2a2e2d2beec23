package org.w3id.dmmkg.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * Where a {@link LetterImport} puts what it read: batch by batch in write transactions
 * ({@link #transactional}), or, into a store that holds no letter yet, all in one bulk load
 * ({@link BulkWriter}).
 */
interface ImportWriter {
    /**
     * Stores the graphs of some letters whole, replacing what the graphs held; drops
     * {@code dropped}; clears the load-report records of {@code cleared}, files that failed before.
     */
    void write(Map<Node, List<Quad>> graphs, Set<Node> dropped, List<Path> cleared);

    /**
     * The letter graphs that the official records of {@code batch} say are replaced by a new
     * version, to drop (read from the store before the batch is written).
     */
    Set<Node> replaced(List<Outcome> batch);

    /** Records in the store's load report that a file failed. */
    void failed(Path file, String reason);

    /** Whether a failed {@link #write} left the store as it was, so that its letters may be tried again one by one. */
    boolean retriable();

    /** Ends the import: what is still pending is stored. */
    void finish();

    /** Ends an import that failed: what is pending is dropped. */
    void abort(RuntimeException cause);

    /** Each {@link #write} one write transaction of {@code store}. */
    static ImportWriter transactional(Store store) {
        return new ImportWriter() {
            @Override
            public void write(Map<Node, List<Quad>> graphs, Set<Node> dropped, List<Path> cleared) {
                store.replaceGraphs(graphs, dropped, LoadRecord.subjects(cleared));
            }

            @Override
            public Set<Node> replaced(List<Outcome> batch) {
                return OfficialRecords.replacedLetters(store, batch);
            }

            @Override
            public void failed(Path file, String reason) {
                LoadRecord.failed(store, file, reason);
            }

            @Override
            public boolean retriable() {
                return true;
            }

            @Override
            public void finish() {
            }

            @Override
            public void abort(RuntimeException cause) {
            }
        };
    }
}
