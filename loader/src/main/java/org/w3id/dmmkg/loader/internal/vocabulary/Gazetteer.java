package org.w3id.dmmkg.loader.internal.vocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Finds the names of vocabulary entries in text in one pass (Aho-Corasick): whole words
 * only, acronyms ({@code CAP}, {@code eFP}) with their case (and in the capitalised form older
 * letters write, {@code Navo}, see {@link AcronymForms}), other names in any case, and
 * the longest name where names overlap ({@code NAVO-missie in Irak} over {@code NAVO}).
 */
public final class Gazetteer {
    /** A name found: the entry it names and where. */
    public record Hit(Entry entry, int start, int end) {
    }

    private final Trie exactCase;
    private final Trie anyCase;
    private final Map<String, Entry> byExactName = new HashMap<>();
    private final Map<String, Entry> byLowerName = new HashMap<>();

    public Gazetteer(List<Entry> entries) {
        Trie.TrieBuilder exact = Trie.builder();
        Trie.TrieBuilder any = Trie.builder().ignoreCase();
        for (Entry e : entries) {
            for (String name : namesOf(e)) {
                if (name.length() < 2) {
                    continue;
                }
                if (isCaseSensitive(name)) {
                    byExactName.putIfAbsent(name, e);
                    exact.addKeyword(name);
                } else {
                    byLowerName.putIfAbsent(name.toLowerCase(Locale.ROOT), e);
                    any.addKeyword(name);
                }
            }
            for (String name : e.names()) {
                String capitalised = AcronymForms.capitalised(name);
                if (capitalised != null && byExactName.putIfAbsent(capitalised, e) == null) {
                    exact.addKeyword(capitalised);
                }
            }
        }
        this.exactCase = exact.build();
        this.anyCase = any.build();
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
        String s = text.toString();
        List<Hit> all = new ArrayList<>();
        for (Emit emit : exactCase.parseText(s)) {
            add(all, s, emit, byExactName.get(emit.getKeyword()));
        }
        for (Emit emit : anyCase.parseText(s)) {
            add(all, s, emit, byLowerName.get(emit.getKeyword().toLowerCase(Locale.ROOT)));
        }
        return longestFirst(all);
    }

    private static void add(List<Hit> all, String s, Emit emit, Entry entry) {
        int start = emit.getStart();
        int end = emit.getEnd() + 1;
        if (entry != null && isWordEdge(s, start - 1) && (isWordEdge(s, end) || isFootnoteMarker(s, end))) {
            all.add(new Hit(entry, start, end));
        }
    }

    /**
     * A footnote marker glued to a name that ends in a small letter ({@code Pledge7},
     * {@code Oekraïne1}): one or two digits and then the word's end. After a capital the
     * digits may be part of a designation ({@code PG23}), so they stay part of the word.
     */
    private static boolean isFootnoteMarker(String s, int end) {
        int digits = 0;
        while (end + digits < s.length() && Character.isDigit(s.charAt(end + digits))) {
            digits++;
        }
        return digits > 0 && digits <= 2 && Character.isLowerCase(s.charAt(end - 1)) && isWordEdge(s, end + digits);
    }

    private static boolean isWordEdge(String s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    }

    /** Keeps the longest of overlapping hits, then the earliest. */
    private static List<Hit> longestFirst(List<Hit> all) {
        all.sort(Comparator.comparingInt((Hit h) -> h.end() - h.start()).reversed().thenComparingInt(Hit::start));
        java.util.BitSet taken = new java.util.BitSet();
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
