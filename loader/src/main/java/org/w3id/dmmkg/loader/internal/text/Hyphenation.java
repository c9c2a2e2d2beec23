package org.w3id.dmmkg.loader.internal.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a hyphen at a line end is a real one ({@code NAVO-verdragsgebied},
 * {@code Euro-Atlantische}, {@code defensie-industrie}) or a word broken for the line
 * ({@code tegenof-fensief}). The letter's own words are the first witness: if it writes the
 * word elsewhere with or without the hyphen, that decides.
 */
final class Hyphenation {
    private static final String VOWELS = "aeiouyáéíóúäëïöüè";

    private final String source;
    private Set<String> words;

    Hyphenation(String source) {
        this.source = source;
    }

    /** The letter's words, read on first need: most lines do not end in a hyphen. */
    private Set<String> words() {
        if (words == null) {
            words = new HashSet<>();
            for (int start = 0, end; start < source.length(); start = end) {
                end = wordEnd(source, start);
                if (end > start) {
                    words.add(source.substring(start, end).toLowerCase(Locale.ROOT));
                } else {
                    end = start + Character.charCount(source.codePointAt(start));
                }
            }
        }
        return words;
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
        if (words().contains(joined)) {
            return false;
        }
        if (words().contains(hyphened)) {
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
