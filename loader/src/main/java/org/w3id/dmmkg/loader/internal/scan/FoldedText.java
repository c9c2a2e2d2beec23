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
        char[] chars = text.toString().toCharArray();
        return fold(chars, chars.length);
    }

    /** The first {@code length} characters folded in place, as a string: a loop over an array, which the JIT makes tight. */
    private static String fold(char[] chars, int length) {
        for (int i = 0; i < length; i++) {
            chars[i] = Chars.fold(chars[i]);
        }
        return new String(chars, 0, length);
    }

    /** The last strings folded on one thread (the same instance, not an equal string), oldest replaced first. */
    private static final class Recent {
        /** Most sentences are shorter; a longer text gets an array of its own. */
        private static final int BUFFER = 1024;

        private final String[] texts = new String[KEPT];
        private final String[] folds = new String[KEPT];
        /** The characters of the text being folded: copied here, not into a new array for each text. */
        private final char[] buffer = new char[BUFFER];
        private int next;

        String foldOf(String s) {
            for (int i = 0; i < KEPT; i++) {
                if (texts[i] == s) {
                    return folds[i];
                }
            }
            texts[next] = s;
            if (s.length() <= BUFFER) {
                s.getChars(0, s.length(), buffer, 0);
                folds[next] = fold(buffer, s.length());
            } else {
                folds[next] = fold(s);
            }
            String folded = folds[next];
            next = (next + 1) % KEPT;
            return folded;
        }
    }
}
