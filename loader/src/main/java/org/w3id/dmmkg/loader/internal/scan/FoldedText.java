package org.w3id.dmmkg.loader.internal.scan;

/**
 * A text case-folded character by character ({@link Chars#fold}), so that it keeps its length.
 * The patterns of one sentence are usually tried one after another on the same string, now and
 * then on a part of it in between, so each thread keeps the last few strings it folded.
 */
final class FoldedText {
    /** How many strings each thread keeps with their folds. */
    private static final int KEPT = 4;
    private static final ThreadLocal<Recent> RECENT = ThreadLocal.withInitial(Recent::new);

    private FoldedText() {
    }

    static String of(CharSequence text) {
        if (!(text instanceof String s)) {
            return fold(text);
        }
        return RECENT.get().foldOf(s);
    }

    private static String fold(CharSequence text) {
        // A copy of a string's characters folded in place: a loop over an array, which the JIT makes tight.
        char[] chars = text instanceof String s ? s.toCharArray() : text.toString().toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Chars.fold(chars[i]);
        }
        return new String(chars);
    }

    /** The last strings folded on one thread (the same instance, not an equal string), oldest replaced first. */
    private static final class Recent {
        private final String[] texts = new String[KEPT];
        private final String[] folds = new String[KEPT];
        private int next;

        String foldOf(String s) {
            for (int i = 0; i < KEPT; i++) {
                if (texts[i] == s) {
                    return folds[i];
                }
            }
            texts[next] = s;
            folds[next] = fold(s);
            String folded = folds[next];
            next = (next + 1) % KEPT;
            return folded;
        }
    }
}
