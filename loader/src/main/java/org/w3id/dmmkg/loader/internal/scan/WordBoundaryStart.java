package org.w3id.dmmkg.loader.internal.scan;

/**
 * Whether every match of an expression begins where a word of the text begins: the expression
 * opens with {@code \b}, after inline flags only, and has no alternative outside its groups,
 * which could begin elsewhere. Read from the syntax, conservatively: what is not plainly so
 * ({@code [] …]}, comments mode, an unclosed {@code \Q}) is taken for no.
 * <p>
 * A search for such an expression's start strings may then pass over every place between two
 * ASCII letters or digits: {@code \b} holds there for no flags, so no match begins there.
 */
final class WordBoundaryStart {
    private WordBoundaryStart() {
    }

    static boolean of(String regex) {
        int at = 0;
        while (regex.startsWith("(?", at)) {
            int close = regex.indexOf(')', at);
            if (close < 0 || !regex.substring(at + 2, close).chars().allMatch(c -> "idmsuU-".indexOf(c) >= 0)) {
                return false;
            }
            at = close + 1;
        }
        return regex.startsWith("\\b", at) && !hasAlternativeOutsideGroups(regex);
    }

    /** Whether a {@code |} stands outside every group; true when the syntax is not plain enough to tell. */
    private static boolean hasAlternativeOutsideGroups(String regex) {
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i = escapeEnd(regex, i);
            } else if (c == '[') {
                i = classEnd(regex, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
            if (i < 0) {
                return true;
            }
        }
        return false;
    }

    /** The last character of the escape at {@code i} ({@code \x}, or {@code \Q…\E}); -1 when unclosed. */
    private static int escapeEnd(String regex, int i) {
        if (regex.startsWith("Q", i + 1)) {
            int end = regex.indexOf("\\E", i + 2);
            return end < 0 ? -1 : end + 1;
        }
        return i + 1;
    }

    /** The {@code ]} that closes the class opened at {@code open}, nested classes inside; -1 when unsure. */
    private static int classEnd(String regex, int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            return -1;
        }
        for (int depth = 1; i >= 0 && i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i = escapeEnd(regex, i);
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
