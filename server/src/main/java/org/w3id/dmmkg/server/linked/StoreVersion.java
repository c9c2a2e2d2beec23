package org.w3id.dmmkg.server.linked;

import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Which state of the store a read transaction sees: TDB2 counts its write commits, so that
 * what pages compute from the whole store (counts, timelines, lists) is computed once per
 * load and kept until the next commit.
 */
public final class StoreVersion {
    /** For a store that does not count its commits: whatever is computed is not kept. */
    public static final long UNKNOWN = -1;

    private StoreVersion() {
    }

    /** The version the calling thread's read transaction sees, or {@link #UNKNOWN}. */
    public static long of(DatasetGraph dsg) {
        DatasetGraph base = dsg;
        while (!TDBInternal.isTDB2(base) && base instanceof DatasetGraphWrapper w) {
            base = w.getWrapped();
        }
        DatasetGraphTDB tdb = TDBInternal.isTDB2(base) ? TDBInternal.getDatasetGraphTDB(base) : null;
        Transaction txn = tdb == null ? null : tdb.getTxnSystem().getThreadTransaction();
        return txn == null ? UNKNOWN : txn.getDataVersion();
    }
}
