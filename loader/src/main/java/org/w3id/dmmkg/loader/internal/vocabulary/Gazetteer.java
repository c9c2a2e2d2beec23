package org.w3id.dmmkg.loader.internal.vocabulary;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3id.dmmkg.loader.internal.scan.CharTrie;
import org.w3id.dmmkg.loader.internal.scan.Chars;

/**
 * Finds the names of vocabulary entries in text: whole words only, acronyms ({@code CAP},
 * {@code eFP}) with their case (and in the capitalised form older letters write, {@code Navo},
 * see {@link AcronymForms}), other names in any case, and the longest name where names
 * overlap ({@code NAVO-missie in Irak} over {@code NAVO}). Names are walked in two tries, one
 * with case and one lower-cased character by character, from every word start.
 */
public final class Gazetteer {
    /** A name found: the entry it names and where. */
    public record Hit(Entry entry, int start, int end) {
    }

    private final CharTrie exactCase;
    private final CharTrie anyCase;
    /** The entries the tries' values point to. */
    private final List<Entry> named = new ArrayList<>();
    private final Map<String, Entry> byExactName = new HashMap<>();
    private final Map<String, Entry> byLowerName = new HashMap<>();
    /**
     * The names' first words (letters and digits, lower case) as bits of a table by their hash:
     * a word of the text whose bit is not set begins no name, and neither trie is walked there.
     */
    private final long[] firstWords = new long[FIRST_WORD_BITS / 64];
    /** Whether some name begins with a character that is no letter or digit: then those places are walked. */
    private boolean nameBeginsOutsideAWord;
    private static final int FIRST_WORD_BITS = 1 << 16;

    public Gazetteer(List<Entry> entries) {
        CharTrie.Builder exact = CharTrie.builder();
        CharTrie.Builder any = CharTrie.builder();
        for (Entry e : entries) {
            for (String name : namesOf(e)) {
                if (name.length() < 2) {
                    continue;
                }
                if (isCaseSensitive(name)) {
                    byExactName.putIfAbsent(name, e);
                    addName(exact, name, e);
                } else {
                    byLowerName.putIfAbsent(name.toLowerCase(Locale.ROOT), e);
                    addName(any, lowerCase(name), e);
                }
            }
        }
        // After all names: a capitalised acronym form never takes a word another entry names.
        for (Entry e : entries) {
            for (String name : e.names()) {
                String capitalised = AcronymForms.capitalised(name);
                if (capitalised != null && !byLowerName.containsKey(capitalised.toLowerCase(Locale.ROOT))
                        && byExactName.putIfAbsent(capitalised, e) == null) {
                    addName(exact, capitalised, e);
                }
            }
        }
        this.exactCase = exact.build();
        this.anyCase = any.build();
    }

    private void addName(CharTrie.Builder trie, String name, Entry e) {
        if (trie.add(name, named.size())) {
            named.add(e);
        }
        char[] chars = name.toCharArray();
        if (!Chars.isLetterOrDigit(chars[0])) {
            nameBeginsOutsideAWord = true;
            return;
        }
        int hash = 0;
        for (int i = 0; i < chars.length && Chars.isLetterOrDigit(chars[i]); i++) {
            hash = 31 * hash + Chars.toLowerCase(chars[i]);
        }
        int bit = hash & (FIRST_WORD_BITS - 1);
        firstWords[bit >>> 6] |= 1L << bit;
    }

    private boolean isFirstWord(int hash) {
        int bit = hash & (FIRST_WORD_BITS - 1);
        return (firstWords[bit >>> 6] & 1L << bit) != 0;
    }

    /**
     * False where no name can begin: at a word that is no name's first word (compared in lower
     * case, also without the footnote marker a name may end before: {@code Pledge7}), or at a
     * character that is no letter or digit when every name begins with one.
     */
    private boolean mayBeginAName(char[] chars, int start) {
        if (!Chars.isLetterOrDigit(chars[start])) {
            return nameBeginsOutsideAWord;
        }
        int hash = 0;
        for (int i = start; i < chars.length && Chars.isLetterOrDigit(chars[i]); i++) {
            if (i > start && Chars.isDigit(chars[i]) && Character.isLowerCase(chars[i - 1]) && isFirstWord(hash)) {
                return true;
            }
            hash = 31 * hash + Chars.toLowerCase(chars[i]);
        }
        return isFirstWord(hash);
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
        return find(NameText.of(text));
    }

    /**
     * The names in {@code text}, the longest where they overlap, in the order they stand. Both
     * tries are walked from each word start in one pass over the text, the one with case first,
     * so that of two hits on the same words the one with case comes first, as {@link
     * #longestFirst} keeps it.
     */
    public List<Hit> find(NameText text) {
        char[] chars = text.chars;
        List<Hit> all = new ArrayList<>();
        boolean previousIsWord = false;
        for (int start = 0; start < chars.length; start++) {
            if (!previousIsWord && mayBeginAName(chars, start)) {
                walk(exactCase, false, text, start, all);
                walk(anyCase, true, text, start, all);
            }
            previousIsWord = Chars.isLetterOrDigit(chars[start]);
        }
        return longestFirst(all);
    }

    /**
     * Every name of {@code trie} that begins at {@code start} and ends at a word's end, the text
     * read lower-cased character by character ({@link Chars#toLowerCase}) when {@code lowerCase}.
     */
    private void walk(CharTrie trie, boolean lowerCase, NameText text, int start, List<Hit> out) {
        char[] chars = text.chars;
        int n = chars.length;
        if (start + 1 < n && !trie.mayBegin(charAt(chars, start, lowerCase), charAt(chars, start + 1, lowerCase))) {
            return;
        }
        int node = CharTrie.ROOT;
        for (int i = start; i < n; i++) {
            node = trie.next(node, charAt(chars, i, lowerCase));
            if (node == CharTrie.NONE) {
                return;
            }
            if (trie.value(node) != CharTrie.NONE && text.isWordEnd(i + 1)) {
                out.add(new Hit(named.get(trie.value(node)), start, i + 1));
            }
        }
    }

    private static char charAt(char[] chars, int i, boolean lowerCase) {
        return lowerCase ? Chars.toLowerCase(chars[i]) : chars[i];
    }

    /** Lower case character by character, so that a name keeps its length and offsets. */
    private static String lowerCase(String name) {
        char[] chars = name.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /** The longest hit first, then the earliest; the sort is stable, so of two on the same words the first found. */
    private static final Comparator<Hit> LONGEST_THEN_EARLIEST = (a, b) -> {
        int byLength = Integer.compare(b.end() - b.start(), a.end() - a.start());
        return byLength != 0 ? byLength : Integer.compare(a.start(), b.start());
    };
    private static final Comparator<Hit> BY_START = (a, b) -> Integer.compare(a.start(), b.start());

    /** Keeps the longest of overlapping hits, then the earliest; of two on the same words, the one with case. */
    private static List<Hit> longestFirst(List<Hit> all) {
        all.sort(LONGEST_THEN_EARLIEST);
        BitSet taken = new BitSet();
        List<Hit> kept = new ArrayList<>();
        for (Hit h : all) {
            int clash = taken.nextSetBit(h.start());
            if (clash < 0 || clash >= h.end()) {
                taken.set(h.start(), h.end());
                kept.add(h);
            }
        }
        kept.sort(BY_START);
        return kept;
    }
}
