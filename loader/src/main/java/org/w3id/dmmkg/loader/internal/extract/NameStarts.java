package org.w3id.dmmkg.loader.internal.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dmmkg.loader.internal.scan.Chars;

/**
 * The names of meetings to try at a word start: one pattern for the names that begin with the
 * same two letters (lower case), and before it a cheap test that the text there begins with
 * the first word of one of them. Most words begin no name, and the test spares them the
 * pattern; where it passes, the pattern decides, so what is found is what the pattern finds.
 */
final class NameStarts {
    /** The names of one pair of first letters: their pattern, and their first words folded (null: no test). */
    private record Group(Pattern pattern, String[] firstWords) {
    }

    /** The groups' first two letters as {@code first << 16 | second}, sorted, and the groups in the same order. */
    private final int[] starts;
    private final Group[] groups;

    /**
     * @param names the names, grouped here by their first two letters
     * @param pattern the pattern of a group's names
     */
    NameStarts(List<String> names, java.util.function.Function<List<String>, Pattern> pattern) {
        Map<Integer, List<String>> byStart = new HashMap<>();
        for (String name : names) {
            String lower = name.toLowerCase(Locale.ROOT);
            byStart.computeIfAbsent(key(lower, 0), k -> new ArrayList<>()).add(name);
        }
        this.starts = byStart.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        this.groups = new Group[starts.length];
        for (int i = 0; i < starts.length; i++) {
            List<String> group = byStart.get(starts[i]);
            this.groups[i] = new Group(pattern.apply(group), firstWords(group));
        }
    }

    /** The names in one sentence, tried at its word starts: each group's matcher is made once, when first needed. */
    Scan scan(String sentence, String lower) {
        return new Scan(sentence, lower);
    }

    /** One sentence and, in lower case ({@link Locale#ROOT}), the same sentence, which picks the group. */
    final class Scan {
        private final String sentence;
        private final String lower;
        private final Matcher[] matchers = new Matcher[groups.length];

        private Scan(String sentence, String lower) {
            this.sentence = sentence;
            this.lower = lower;
        }

        /** The pattern's match of a name beginning at {@code i}, or null; valid until the next call. */
        Matcher at(int i) {
            int at = java.util.Arrays.binarySearch(starts, key(lower, i));
            Group g = at < 0 ? null : groups[at];
            if (g == null || g.firstWords() != null && !beginsWithAny(sentence, i, g.firstWords())) {
                return null;
            }
            if (matchers[at] == null) {
                matchers[at] = g.pattern().matcher(sentence);
            }
            Matcher m = matchers[at].region(i, sentence.length());
            return m.lookingAt() ? m : null;
        }
    }

    private static int key(String lower, int i) {
        return lower.charAt(i) << 16 | lower.charAt(i + 1);
    }

    /**
     * Each name's first word (as {@link MeetingNames#alternatives} splits it loosely), folded;
     * or null when one is not plain ASCII letters and digits of two or more, for which the
     * test below would not be sure to compare as the pattern does.
     */
    private static String[] firstWords(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            String first = name.split("[\\s\\-]+")[0];
            if (first.length() < 2 || !first.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
                return null;
            }
            out.add(first.toLowerCase(Locale.ROOT));
        }
        return out.stream().distinct().toArray(String[]::new);
    }

    /**
     * Whether {@code text} at {@code i} begins with one of {@code words}, each character compared
     * as a case-insensitive pattern compares a literal: the same, or the same once folded.
     */
    private static boolean beginsWithAny(String text, int i, String[] words) {
        for (String w : words) {
            if (i + w.length() <= text.length() && beginsWith(text, i, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean beginsWith(String text, int i, String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = text.charAt(i + k);
            if (c != word.charAt(k) && Chars.fold(c) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
