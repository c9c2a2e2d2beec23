package org.w3id.dmmkg.server.guard;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import org.apache.jena.sparql.expr.ExprEvalException;

/**
 * SPARQL's regular expressions (XPath syntax, flags {@code s m i q}) compiled with RE2/J, whose
 * matching time grows linearly with the text: no backtracking, so no pattern can take exponential
 * time. What RE2 leaves out (back-references, the {@code x} flag) is an evaluation error.
 */
final class Re2 {
    private Re2() {
    }

    static Pattern compile(String function, String pattern, String flags, int maxProgram) {
        int mask = 0;
        String text = pattern;
        if (flags != null) {
            for (char f : flags.toCharArray()) {
                switch (f) {
                    case 'i' -> mask |= Pattern.CASE_INSENSITIVE;
                    case 's' -> mask |= Pattern.DOTALL;
                    case 'm' -> mask |= Pattern.MULTILINE;
                    case 'q' -> text = Pattern.quote(pattern);
                    default -> throw new ExprEvalException(function + ": flag '" + f + "' is not supported (s, m, i, q are)");
                }
            }
        }
        Pattern compiled;
        try {
            compiled = Pattern.compile(text, mask);
        } catch (PatternSyntaxException e) {
            throw new ExprEvalException(function + ": pattern not supported: " + e.getDescription());
        }
        if (compiled.programSize() > maxProgram) {
            throw new QueryLimitException(function + ": the pattern is too complex (" + compiled.programSize()
                    + " instructions; the limit is " + maxProgram + ")");
        }
        return compiled;
    }
}
