package org.w3id.dmmkg.server.guard;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.function.FunctionEnv;

/** What the guarded functions share. */
final class Guards {
    private Guards() {
    }

    /** The cancel signal of the query evaluating a function, or null outside a query. */
    static AtomicBoolean cancelSignal(FunctionEnv env) {
        return env instanceof ExecutionContext cxt ? cxt.getCancelSignal() : null;
    }

    /** Fails the query when a string result would be longer than the limit. */
    static void checkLength(String function, long length, QueryLimits limits) {
        if (length > limits.maxStringChars()) {
            throw new QueryLimitException(function + " would make a string of " + length
                    + " characters; the limit is " + limits.maxStringChars());
        }
    }
}
