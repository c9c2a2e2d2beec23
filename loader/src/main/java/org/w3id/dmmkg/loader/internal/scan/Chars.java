package org.w3id.dmmkg.loader.internal.scan;

import java.util.List;
import java.util.regex.Pattern;

/**
 * {@link Character}'s tests and case mapping with a table for ASCII, where nearly every
 * character of a letter falls; other characters go to {@link Character}, so the answers
 * are always the same as its own.
 */
public final class Chars {
    private static final boolean[] ASCII_LETTER_OR_DIGIT = new boolean[128];
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
        }
    }

    private Chars() {
    }

    /** {@link Character#isLetterOrDigit(char)}. */
    public static boolean isLetterOrDigit(char c) {
        return c < 128 ? ASCII_LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
    }

    /** Whether {@code c} is an ASCII letter or digit. */
    public static boolean isAsciiLetterOrDigit(char c) {
        return c < 128 && ASCII_LETTER_OR_DIGIT[c];
    }

    /** {@code text.split("\\s+")}, with the pattern compiled once rather than on every call. */
    public static String[] splitOnWhiteSpace(String text) {
        return WHITE_SPACE.split(text);
    }

    /** Where the first of {@code strings} stands in {@code text} at {@code from} or after, or -1. */
    public static int indexOfAny(String text, String[] strings, int from) {
        int first = -1;
        for (String s : strings) {
            int at = text.indexOf(s, from);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /** {@link Character#isDigit(char)}: below 128 only {@code 0} to {@code 9} are digits. */
    public static boolean isDigit(char c) {
        return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    /**
     * The character's case fold, {@code toLowerCase(toUpperCase(c))}: two characters that a
     * case-insensitive regular expression takes for each other ({@code (?i)} or {@code (?iu)})
     * have the same fold.
     */
    public static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** {@link Character#toLowerCase(char)}. */
    public static char toLowerCase(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }

    /**
     * Whether {@code s} ends at {@code end} with {@code folded}, a word already folded: each
     * character compared as a case-insensitive expression compares a literal ({@link #fold}).
     */
    public static boolean endsWithFolded(CharSequence s, int end, String folded) {
        int from = end - folded.length();
        if (from < 0) {
            return false;
        }
        for (int k = 0; k < folded.length(); k++) {
            if (fold(s.charAt(from + k)) != folded.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** White space as {@code \\s} of {@link java.util.regex.Pattern} reads it without Unicode classes. */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Whether white space ({@link #isRegexSpace}) ends at {@code end} and one of {@code folded}
     * (words already folded) ends where it begins: {@code van de }, before a name.
     */
    public static boolean endsWithWordAndSpace(CharSequence s, int end, List<String> folded) {
        int wordEnd = end;
        while (wordEnd > 0 && isRegexSpace(s.charAt(wordEnd - 1))) {
            wordEnd--;
        }
        if (wordEnd == end) {
            return false;
        }
        for (String word : folded) {
            if (endsWithFolded(s, wordEnd, word)) {
                return true;
            }
        }
        return false;
    }
}
