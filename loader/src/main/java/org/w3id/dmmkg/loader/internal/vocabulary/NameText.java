package org.w3id.dmmkg.loader.internal.vocabulary;

import org.w3id.dmmkg.loader.internal.scan.Chars;

/**
 * A text as a {@link Gazetteer} reads it: its characters, and where a name may begin and end. A letter's text is read by more than one
 * gazetteer (the entities', the convening organisations'), so it is made once and shared.
 */
public final class NameText {
    final char[] chars;
    /** Whether a name may begin at {@code i}: no letter or digit before it. */
    final boolean[] wordStart;
    /** Whether a name may end just before {@code i}: a word's end, or a footnote marker glued to it. */
    final boolean[] wordEnd;

    private NameText(CharSequence text) {
        chars = text.toString().toCharArray();
        int n = chars.length;
        wordStart = new boolean[n + 1];
        wordEnd = new boolean[n + 1];
        boolean previousIsWord = false;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            boolean isWord = Chars.isLetterOrDigit(c);
            wordStart[i] = !previousIsWord;
            wordEnd[i] = !isWord || i > 0 && isFootnoteMarker(chars, i);
            previousIsWord = isWord;
        }
        wordEnd[n] = true;
    }

    public static NameText of(CharSequence text) {
        return new NameText(text);
    }

    /**
     * A footnote marker glued to a name that ends in a small letter ({@code Pledge7},
     * {@code Oekraïne1}): one or two digits and then the word's end. After a capital the
     * digits may be part of a designation ({@code PG23}), so they stay part of the word.
     */
    private static boolean isFootnoteMarker(char[] chars, int end) {
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
