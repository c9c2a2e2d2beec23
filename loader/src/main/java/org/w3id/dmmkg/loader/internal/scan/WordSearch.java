package org.w3id.dmmkg.loader.internal.scan;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the first of a set of words stands in a text, at or after a place: the search a
 * {@link GuardedPattern} makes for the strings its matches need or begin with. A few words are
 * each looked for with {@link String#indexOf(String, int)}, which scans quickly; many words that
 * begin with a few prefixes ({@code minister van …}, {@code de …}, {@code het …}), by their
 * prefixes so, each place found then walked in a trie of the words; other sets, by one walk of
 * the text with the trie. All three give the same answer.
 */
final class WordSearch {
    /** Up to this many words, or prefixes, each is looked for with {@link String#indexOf(String, int)}. */
    static final int FEW = 8;
    /** Prefixes shorter than this stand too often in a text to spare the walk of the trie. */
    private static final int SHORTEST_PREFIX = 2;

    private final CharTrie trie;
    /** The words, when few; else null. */
    private final String[] words;
    /** The longest prefixes, when there are few of them; else null. */
    private final String[] prefixes;
    /** Whether a word counts only where one of the text begins: not between two ASCII letters or digits. */
    private final boolean atWordStarts;

    WordSearch(Set<String> words) {
        this(words, false);
    }

    /** @param atWordStarts whether {@link #first} passes over places between two ASCII letters or digits */
    WordSearch(Set<String> words, boolean atWordStarts) {
        this.atWordStarts = atWordStarts;
        CharTrie.Builder builder = CharTrie.builder();
        words.forEach(word -> builder.add(word, 0));
        this.trie = builder.build();
        this.words = words.size() <= FEW ? words.toArray(new String[0]) : null;
        this.prefixes = this.words == null ? fewPrefixes(words) : null;
    }

    /** The prefixes of one length, as long as a word and at least {@link #SHORTEST_PREFIX}, that are at most {@link #FEW}; null if none are. */
    private static String[] fewPrefixes(Set<String> words) {
        int shortest = words.stream().mapToInt(String::length).min().orElse(0);
        for (int k = shortest; k >= SHORTEST_PREFIX; k--) {
            Set<String> prefixes = new TreeSet<>();
            for (String w : words) {
                prefixes.add(w.substring(0, k));
            }
            if (prefixes.size() <= FEW) {
                return prefixes.toArray(new String[0]);
            }
        }
        return null;
    }

    /** The words in a trie. */
    CharTrie trie() {
        return trie;
    }

    /** Whether one of the words stands in {@code text} at {@code from} or after. */
    boolean occursIn(String text, int from) {
        if (words != null) {
            for (String word : words) {
                if (text.indexOf(word, from) >= 0) {
                    return true;
                }
            }
            return false;
        }
        return first(text, from) >= 0;
    }

    /**
     * Where the first of the words begins in {@code text} at {@code from} or after (only where a
     * word of the text begins, when so made), or -1.
     */
    int first(String text, int from) {
        if (words == null && prefixes == null) {
            return firstByWalk(text, from);
        }
        for (int start = from; ; start++) {
            start = words != null ? Chars.indexOfAny(text, words, start) : firstByPrefixes(text, start);
            if (start < 0 || !atWordStarts || !insideAWord(text, start)) {
                return start;
            }
        }
    }

    /** Whether {@code at} stands between two ASCII letters or digits. */
    private static boolean insideAWord(String text, int at) {
        return at > 0 && Chars.isAsciiLetterOrDigit(text.charAt(at - 1)) && Chars.isAsciiLetterOrDigit(text.charAt(at));
    }

    /** Each place a prefix stands, nearest first, walked in the trie; each prefix looked for again only once passed. */
    private int firstByPrefixes(String text, int from) {
        int[] next = new int[prefixes.length];
        Arrays.fill(next, -2);
        for (int start = from; ; ) {
            int nearest = -1;
            for (int k = 0; k < prefixes.length; k++) {
                if (next[k] != -1 && next[k] < start) {
                    next[k] = text.indexOf(prefixes[k], start);
                }
                if (next[k] >= 0 && (nearest < 0 || next[k] < nearest)) {
                    nearest = next[k];
                }
            }
            if (nearest < 0 || wordAt(text, nearest)) {
                return nearest;
            }
            start = nearest + 1;
        }
    }

    private int firstByWalk(String text, int from) {
        int n = text.length();
        for (int start = from; start < n; start++) {
            if (start + 1 < n && !trie.mayBegin(text.charAt(start), text.charAt(start + 1))
                    || atWordStarts && insideAWord(text, start)) {
                continue;
            }
            if (wordAt(text, start)) {
                return start;
            }
        }
        return -1;
    }

    /** Whether one of the words begins at {@code start} in {@code text}. */
    private boolean wordAt(String text, int start) {
        int n = text.length();
        int node = trie.next(CharTrie.ROOT, text.charAt(start));
        for (int i = start + 1; node != CharTrie.NONE; i++) {
            if (trie.value(node) != CharTrie.NONE) {
                return true;
            }
            node = i < n ? trie.next(node, text.charAt(i)) : CharTrie.NONE;
        }
        return false;
    }
}
