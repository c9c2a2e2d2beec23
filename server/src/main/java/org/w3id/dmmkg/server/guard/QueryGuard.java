package org.w3id.dmmkg.server.guard;

import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;

/**
 * Bounds every query on a dataset in time and memory where the work happens, not only between
 * result rows: installed into the dataset's context, it rewrites each query's algebra before
 * the optimiser runs ({@link GuardTransform}: REGEX and REPLACE on RE2/J, string results
 * bounded in length, all of it stopping when the query is cancelled), and watches the query's
 * thread for the heap guard ({@link HeapWatchdog}). Every way a query reaches the public
 * dataset passes through here: the SPARQL endpoint, the saved queries, the pages.
 */
public final class QueryGuard {
    private QueryGuard() {
    }

    /** Guards every query that runs on {@code dsg} from now on. */
    public static void install(DatasetGraph dsg, QueryLimits limits) {
        HeapWatchdog.shared().start();
        GuardTransform transform = new GuardTransform(limits);
        RewriteFactory guarded = context -> {
            HeapWatchdog.shared().watch(Context.getOrSetCancelSignal(context), limits.heapFraction());
            var optimiser = Optimize.stdOptimizationFactory.create(context);
            return op -> optimiser.rewrite(transform.apply(op));
        };
        dsg.getContext().set(ARQConstants.sysOptimizerFactory, guarded);
    }

    /** Whether the current thread's latest query was cancelled because the heap ran short. */
    public static boolean cancelledForMemory() {
        return HeapWatchdog.shared().cancelledForMemory();
    }

    /** The answer to a cancelled query, by what cancelled it. */
    public static String cancelledMessage() {
        return cancelledForMemory() ? "query cancelled: the server ran short of memory; ask for less"
                : "query timed out";
    }
}
