package org.w3id.dmmkg.loader.internal.text;

import java.util.Locale;

/**
 * Decides whether a hyphen at a line end is a real one ({@code NAVO-verdragsgebied},
 * {@code Euro-Atlantische}, {@code defensie-industrie}) or a word broken for the line
 * ({@code tegenof-fensief}). The letter's own words are the first witness: if it writes the
 * word elsewhere with or without the hyphen, that decides.
 */
final class Hyphenation {
    private static final String VOWELS = "aeiouyáéíóúäëïöüè";

    private final String source;
    /** The source in lower case, made on first need: most lines do not end in a hyphen. */
    private String lower;

    Hyphenation(String source) {
        this.source = source;
    }

    /**
     * Whether the letter writes {@code word} (lower case) as one whole word, as {@link #wordEnd}
     * reads words: its occurrences in the lower-cased source are tried, each taken only where a
     * word begins and ends. Two look-ups per hyphen at a line end; collecting every word of the
     * letter into a set cost more than the rest of the normalising.
     */
    private boolean writes(String word) {
        if (wordEnd(word, 0) != word.length()) {
            return false;
        }
        if (lower == null) {
            lower = source.toLowerCase(Locale.ROOT);
        }
        if (lower.length() != source.length()) {
            return writesAsWritten(word);
        }
        for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
            if (isWordStart(source, at) && wordEnd(source, at) == at + word.length()
                    && source.substring(at, at + word.length()).toLowerCase(Locale.ROOT).equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** The same test word by word, for a source whose lower case is not as long as itself ({@code İ}). */
    private boolean writesAsWritten(String word) {
        for (int start = 0, end; start < source.length(); start = end) {
            end = wordEnd(source, start);
            if (end > start) {
                if (source.substring(start, end).toLowerCase(Locale.ROOT).equals(word)) {
                    return true;
                }
            } else {
                end = start + Character.charCount(source.codePointAt(start));
            }
        }
        return false;
    }

    /**
     * Whether a word of {@link #wordEnd} begins at {@code at}: no letter before it, nor a
     * hyphen that joins it to letters before.
     */
    private static boolean isWordStart(String s, int at) {
        if (at == 0) {
            return true;
        }
        if (Character.isLowSurrogate(s.charAt(at))) {
            return false;
        }
        int before = s.codePointBefore(at);
        if (Character.isLetter(before)) {
            return false;
        }
        return before != '-' || at < 2 || !Character.isLetter(s.codePointBefore(at - 1));
    }

    /**
     * The end of the word at {@code start}: letters, and more letters after each single hyphen
     * ({@code \p{L}+(?:-\p{L}+)*}); {@code start} itself when no letter stands there.
     */
    static int wordEnd(String s, int start) {
        int end = letters(s, start);
        while (end > start && end + 1 < s.length() && s.charAt(end) == '-' && letters(s, end + 1) > end + 1) {
            end = letters(s, end + 1);
        }
        return end;
    }

    private static int letters(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isLetter(s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i));
        }
        return i;
    }

    /** {@code left} ends with the hyphen; {@code right} is the next line. */
    boolean keepsHyphen(CharSequence left, String right) {
        String head = trailingWord(left, left.length() - 1);
        String tail = leadingWord(right);
        if (head.isEmpty() || tail.isEmpty() || Character.isUpperCase(tail.charAt(0))) {
            return true;
        }
        String lastPart = head.substring(head.lastIndexOf('-') + 1);
        if (lastPart.length() >= 2 && lastPart.equals(lastPart.toUpperCase(Locale.ROOT))) {
            return true;
        }
        String joined = (head + tail).toLowerCase(Locale.ROOT);
        String hyphened = (head + "-" + tail).toLowerCase(Locale.ROOT);
        if (writes(joined)) {
            return false;
        }
        if (writes(hyphened)) {
            return true;
        }
        char a = Character.toLowerCase(lastPart.charAt(lastPart.length() - 1));
        char b = Character.toLowerCase(tail.charAt(0));
        return VOWELS.indexOf(a) >= 0 && VOWELS.indexOf(b) >= 0;
    }

    private static String trailingWord(CharSequence s, int end) {
        int i = end;
        while (i > 0 && (Character.isLetter(s.charAt(i - 1)) || s.charAt(i - 1) == '-')) {
            i--;
        }
        return s.subSequence(i, end).toString();
    }

    private static String leadingWord(String s) {
        int i = 0;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i);
    }
}
