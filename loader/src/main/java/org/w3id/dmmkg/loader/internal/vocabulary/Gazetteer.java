package org.w3id.dmmkg.loader.internal.vocabulary;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3id.dmmkg.loader.internal.scan.CharTrie;

/**
 * Finds the names of vocabulary entries in text: whole words only, acronyms ({@code CAP},
 * {@code eFP}) with their case, other names in any case, and the longest name where names
 * overlap ({@code NAVO-missie in Irak} over {@code NAVO}). Names are walked in two tries, one
 * with case and one lower-cased character by character, from every word start.
 */
public final class Gazetteer {
    /** A name found: the entry it names and where. */
    public record Hit(Entry entry, int start, int end) {
    }

    private final CharTrie exactCase = new CharTrie();
    private final CharTrie anyCase = new CharTrie();
    /** The entries the tries' values point to. */
    private final List<Entry> named = new ArrayList<>();
    private final Map<String, Entry> byExactName = new HashMap<>();
    private final Map<String, Entry> byLowerName = new HashMap<>();

    public Gazetteer(List<Entry> entries) {
        for (Entry e : entries) {
            for (String name : namesOf(e)) {
                if (name.length() < 2) {
                    continue;
                }
                if (isCaseSensitive(name)) {
                    byExactName.putIfAbsent(name, e);
                    addName(exactCase, name, e);
                } else {
                    byLowerName.putIfAbsent(name.toLowerCase(Locale.ROOT), e);
                    addName(anyCase, lowerCase(name), e);
                }
            }
        }
    }

    private void addName(CharTrie trie, String name, Entry e) {
        if (trie.add(name, named.size())) {
            named.add(e);
        }
    }

    private static List<String> namesOf(Entry e) {
        List<String> names = new ArrayList<>(e.names());
        names.addAll(e.adjectives());
        return names;
    }

    /** Acronyms and short mixed-case tokens keep their case: {@code CAP} is not {@code cap}. */
    static boolean isCaseSensitive(String name) {
        if (name.contains(" ") || name.length() > 8) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            if (Character.isUpperCase(name.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The entry a whole name names, or null: {@code IT-coalitie}, {@code ontmijningscoalitie}. */
    public Entry lookup(String name) {
        Entry exact = byExactName.get(name);
        return exact != null ? exact : byLowerName.get(name.toLowerCase(Locale.ROOT));
    }

    public List<Hit> find(CharSequence text) {
        List<Hit> all = new ArrayList<>();
        collect(exactCase, false, text, all);
        collect(anyCase, true, text, all);
        return longestFirst(all);
    }

    /** Every name of {@code trie} that stands as whole words in {@code text}, overlapping ones included. */
    private void collect(CharTrie trie, boolean lowerCase, CharSequence text, List<Hit> out) {
        int n = text.length();
        for (int start = 0; start < n; start++) {
            if (!isWordEdge(text, start - 1)) {
                continue;
            }
            int node = CharTrie.ROOT;
            for (int i = start; i < n && node != CharTrie.NONE; i++) {
                char c = text.charAt(i);
                node = trie.next(node, lowerCase ? Character.toLowerCase(c) : c);
                if (node != CharTrie.NONE && trie.value(node) != CharTrie.NONE && isWordEdge(text, i + 1)) {
                    out.add(new Hit(named.get(trie.value(node)), start, i + 1));
                }
            }
        }
    }

    /** Lower case character by character, so that a name keeps its length and offsets. */
    private static String lowerCase(String name) {
        char[] chars = name.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    private static boolean isWordEdge(CharSequence s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    }

    /** Keeps the longest of overlapping hits, then the earliest; of two on the same words, the one with case. */
    private static List<Hit> longestFirst(List<Hit> all) {
        all.sort(Comparator.comparingInt((Hit h) -> h.end() - h.start()).reversed().thenComparingInt(Hit::start));
        BitSet taken = new BitSet();
        List<Hit> kept = new ArrayList<>();
        for (Hit h : all) {
            int clash = taken.nextSetBit(h.start());
            if (clash < 0 || clash >= h.end()) {
                taken.set(h.start(), h.end());
                kept.add(h);
            }
        }
        kept.sort(Comparator.comparingInt(Hit::start));
        return kept;
    }
}
