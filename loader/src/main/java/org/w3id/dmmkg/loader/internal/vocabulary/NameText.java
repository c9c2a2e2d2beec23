package org.w3id.dmmkg.loader.internal.vocabulary;

import org.w3id.dmmkg.loader.internal.scan.Chars;

/**
 * A text as a {@link Gazetteer} reads it: its characters, and where a name may end, told from
 * the characters around a place when a walk asks (most places are never asked about). A letter's
 * text is read by more than one gazetteer, so it is made once and shared.
 */
public final class NameText {
    /** The characters in an array: a walk reads them many times, and an array is read fastest. */
    final char[] chars;

    private NameText(CharSequence text) {
        this.chars = text.toString().toCharArray();
    }

    public static NameText of(CharSequence text) {
        return new NameText(text);
    }

    /** Whether a name may end just before {@code i}: a word's end, or a footnote marker glued to it. */
    boolean isWordEnd(int i) {
        return i == chars.length || !Chars.isLetterOrDigit(chars[i]) || i > 0 && isFootnoteMarker(i);
    }

    /**
     * A footnote marker glued to a name that ends in a small letter ({@code Pledge7},
     * {@code Oekraïne1}): one or two digits and then the word's end. After a capital the
     * digits may be part of a designation ({@code PG23}), so they stay part of the word.
     */
    private boolean isFootnoteMarker(int end) {
        if (!Chars.isDigit(chars[end]) || !Character.isLowerCase(chars[end - 1])) {
            return false;
        }
        int digits = 0;
        while (end + digits < chars.length && Chars.isDigit(chars[end + digits])) {
            digits++;
        }
        return digits <= 2 && (end + digits == chars.length || !Chars.isLetterOrDigit(chars[end + digits]));
    }
}
