package org.w3id.dmmkg.loader.internal.scan;

/**
 * A text case-folded character by character ({@link Chars#fold}), so that it keeps its length.
 * The patterns of one sentence are usually tried one after another on the same string, so each
 * thread keeps the last string it folded.
 */
final class FoldedText {
    /** The last string folded on this thread and its fold. */
    private static final ThreadLocal<String[]> LAST = ThreadLocal.withInitial(() -> new String[2]);

    private FoldedText() {
    }

    static String of(CharSequence text) {
        if (!(text instanceof String s)) {
            return fold(text);
        }
        String[] last = LAST.get();
        if (last[0] != s) {
            last[1] = fold(s);
            last[0] = s;
        }
        return last[1];
    }

    private static String fold(CharSequence text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Chars.fold(text.charAt(i));
        }
        return new String(chars);
    }
}
