package org.w3id.dmmkg.loader.internal.extract;

import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the extraction steps in order, each on its own: a step that fails loses only what it
 * would have added (its statements and mentions are kept back until it ends), and the letter
 * is loaded with the others' facts and a warning naming the step and the reason.
 */
public final class Pipeline {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Pipeline.class);

    private Pipeline() {
    }

    /** Runs {@code steps} on {@code ctx}; {@code warnings} hears of each step that failed. */
    public static void run(List<Extractor> steps, LetterContext ctx, Consumer<String> warnings) {
        for (Extractor step : steps) {
            LetterContext.Checkpoint before = ctx.checkpoint();
            try {
                step.extract(ctx);
                ctx.commit();
            } catch (RuntimeException | StackOverflowError e) {
                ctx.rollback(before);
                LOG.debug("{}: step '{}' failed", ctx.letterId(), step.name(), e);
                warnings.accept("extraction step '" + step.name() + "' failed and its facts were left out: " + reason(e));
            }
        }
    }

    /** The exception's kind, message and where it was thrown. */
    static String reason(Throwable e) {
        StringBuilder b = new StringBuilder(e.getClass().getSimpleName());
        if (e.getMessage() != null) {
            b.append(": ").append(e.getMessage());
        }
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length > 0) {
            b.append(" (at ").append(trace[0].getFileName()).append(':').append(trace[0].getLineNumber()).append(')');
        }
        return b.toString();
    }
}
