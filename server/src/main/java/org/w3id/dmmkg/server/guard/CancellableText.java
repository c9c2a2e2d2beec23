package org.w3id.dmmkg.server.guard;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;

/**
 * A string read by a regular expression engine that stops when its query is cancelled: the
 * engine reads every character through {@link #charAt}, so the query's timeout reaches inside
 * one REGEX or REPLACE call instead of waiting for it to end.
 */
final class CancellableText implements CharSequence {
    /** Characters read between looks at the cancel signal. */
    private static final int STRIDE = 4096;

    private final String text;
    private final AtomicBoolean cancelled;
    private int reads;

    CancellableText(String text, AtomicBoolean cancelled) {
        this.text = text;
        this.cancelled = cancelled;
    }

    @Override
    public char charAt(int index) {
        if (++reads >= STRIDE) {
            reads = 0;
            check(cancelled);
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }

    /** Throws when the query has been cancelled (by its timeout, the heap guard or its client). */
    static void check(AtomicBoolean cancelled) {
        if (cancelled != null && cancelled.get()) {
            throw new QueryCancelledException();
        }
    }
}
