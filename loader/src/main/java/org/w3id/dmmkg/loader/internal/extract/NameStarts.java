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
    /**
     * The names of one pair of first letters: their pattern, their first words folded (null: no
     * test), and for each first word the first two letters of the second words that follow it
     * (a null value: a name of that first word has no second word to test).
     */
    private record Group(Pattern pattern, String[] firstWords, Map<String, String[]> secondStarts) {
    }

    /** The groups' first two letters as {@code first << 16 | second}, sorted, and the groups in the same order. */
    private final int[] starts;
    private final Group[] groups;
    /** For two ASCII letters {@code a << 7 | b}, the index of their group plus one (0: none), without a search. */
    private final short[] asciiGroups = new short[128 * 128];
    /**
     * Each thread's matcher of each group, made when first needed and then reset to each
     * sentence: a thread scans one sentence at a time, and most sentences need few groups.
     */
    private final ThreadLocal<Matcher[]> matchers;

    /**
     * @param names the names, grouped here by their first two letters
     * @param pattern the pattern of a group's names
     */
    NameStarts(List<String> names, java.util.function.Function<List<String>, Pattern> pattern) {
        Map<Integer, List<String>> byStart = new HashMap<>();
        for (String name : names) {
            String lower = name.toLowerCase(Locale.ROOT);
            byStart.computeIfAbsent(key(lower.charAt(0), lower.charAt(1)), k -> new ArrayList<>()).add(name);
        }
        this.starts = byStart.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        this.groups = new Group[starts.length];
        this.matchers = ThreadLocal.withInitial(() -> new Matcher[groups.length]);
        if (starts.length >= Short.MAX_VALUE) {
            throw new IllegalArgumentException(starts.length + " pairs of first letters: more than the table of pairs holds");
        }
        for (int i = 0; i < starts.length; i++) {
            List<String> group = byStart.get(starts[i]);
            String[] first = firstWords(group);
            this.groups[i] = new Group(pattern.apply(group), first, first == null ? null : secondStarts(group));
            char a = (char) (starts[i] >>> 16);
            char b = (char) starts[i];
            if (a < 128 && b < 128) {
                asciiGroups[a << 7 | b] = (short) (i + 1);
            }
        }
    }

    /** The index of the group of the names that begin with {@code a} then {@code b} (lower case), or -1. */
    private int groupOf(char a, char b) {
        if (a < 128 && b < 128) {
            return asciiGroups[a << 7 | b] - 1;
        }
        int at = java.util.Arrays.binarySearch(starts, key(a, b));
        return at < 0 ? -1 : at;
    }

    /** The names in one sentence, tried at its word starts: each group's matcher is reset to it once, when first needed. */
    Scan scan(String sentence, String lower) {
        return new Scan(sentence, lower);
    }

    /** One sentence and, in lower case ({@link Locale#ROOT}), the same sentence, which picks the group. */
    final class Scan {
        private final String sentence;
        private final String lower;
        private final Matcher[] matchers = NameStarts.this.matchers.get();
        /** The groups whose matcher has been reset to this sentence. */
        private final java.util.BitSet reset = new java.util.BitSet();

        private Scan(String sentence, String lower) {
            this.sentence = sentence;
            // Lower case that changes a length (İ) would misplace the letters that pick the group: then a copy that keeps it.
            this.lower = lower.length() == sentence.length() ? lower : lower(sentence);
        }

        /** The pattern's match of a name beginning at {@code i}, or null; valid until the next call. */
        Matcher at(int i) {
            int at = groupOf(lower.charAt(i), lower.charAt(i + 1));
            Group g = at < 0 ? null : groups[at];
            if (g == null || g.firstWords() != null && !beginsAName(sentence, i, g)) {
                return null;
            }
            if (matchers[at] == null) {
                matchers[at] = g.pattern().matcher(sentence);
                reset.set(at);
            } else if (!reset.get(at)) {
                matchers[at].reset(sentence);
                reset.set(at);
            }
            Matcher m = matchers[at].region(i, sentence.length());
            return m.lookingAt() ? m : null;
        }
    }

    /**
     * {@code text} in lower case character by character, so that it keeps its length (as
     * {@link String#toLowerCase} does not for a few letters, such as {@code İ}).
     */
    private static String lower(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    private static int key(char a, char b) {
        return a << 16 | b;
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
     * For each first word, the first two letters (folded) of the second words of the names that
     * begin with it; null for a word when one of those names has no second word of two plain letters or digits.
     */
    private static Map<String, String[]> secondStarts(List<String> names) {
        Map<String, java.util.Set<String>> byFirst = new HashMap<>();
        java.util.Set<String> open = new java.util.HashSet<>();
        for (String name : names) {
            String[] words = name.split("[\\s\\-]+");
            String first = words[0].toLowerCase(Locale.ROOT);
            String second = words.length < 2 ? "" : words[1].toLowerCase(Locale.ROOT);
            if (second.length() < 2 || !isPlain(second.charAt(0)) || !isPlain(second.charAt(1))) {
                open.add(first);
            } else {
                byFirst.computeIfAbsent(first, k -> new java.util.TreeSet<>()).add(second.substring(0, 2));
            }
        }
        Map<String, String[]> out = new HashMap<>();
        byFirst.forEach((first, starts) -> out.put(first, starts.toArray(new String[0])));
        open.forEach(first -> out.put(first, null));
        return out;
    }

    private static boolean isPlain(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /**
     * Whether {@code text} at {@code i} begins with a first word of the group followed, where
     * the pattern would take the second word ({@link MeetingNames#alternatives} joins words with
     * spaces or hyphens, perhaps an acronym in parentheses before them), by the first two letters
     * of one of its second words. A test the pattern would pass is never failed.
     */
    private static boolean beginsAName(String text, int i, Group g) {
        for (String w : g.firstWords()) {
            if (i + w.length() <= text.length() && beginsWith(text, i, w)
                    && mayContinue(text, i + w.length(), g.secondStarts().get(w))) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code seconds} can begin after a first word that ends at {@code end}; true when null. */
    private static boolean mayContinue(String text, int end, String[] seconds) {
        if (seconds == null) {
            return true;
        }
        if (beginsWithAny(text, skipSeparators(text, end), seconds)) {
            return true;
        }
        int open = end;
        while (open < text.length() && Chars.isRegexSpace(text.charAt(open))) {
            open++;
        }
        int close = open < text.length() && text.charAt(open) == '(' ? text.indexOf(')', open) : -1;
        return close > open && close - open <= 8 && beginsWithAny(text, skipSeparators(text, close + 1), seconds);
    }

    /** Past the spaces and hyphens at {@code i}. */
    private static int skipSeparators(String text, int i) {
        while (i < text.length() && (Chars.isRegexSpace(text.charAt(i)) || text.charAt(i) == '-')) {
            i++;
        }
        return i;
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
