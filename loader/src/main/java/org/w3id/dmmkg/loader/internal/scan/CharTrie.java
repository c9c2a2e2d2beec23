package org.w3id.dmmkg.loader.internal.scan;

import java.util.Arrays;

/**
 * A trie of words over {@code char}s whose nodes and edges are primitive arrays: a step is
 * one probe of an open-addressed table, with no boxing and no objects per character. Each
 * word carries an {@code int} value (the first one given for it stays). Nodes are numbered
 * from {@link #ROOT}; a step that leaves the trie gives {@link #NONE}.
 */
public final class CharTrie {
    public static final int ROOT = 0;
    public static final int NONE = -1;

    /** Edge keys: {@code (node << 16 | char) + 1}, so that 0 marks a free slot. */
    private long[] edgeKeys = new long[64];
    private int[] edgeTargets = new int[64];
    private int edges;
    private int[] values = {NONE};
    private int nodes = 1;
    private int longest;

    /** Adds {@code word} with {@code value}; false (and the old value kept) when it was there already. */
    public boolean add(CharSequence word, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("values are not negative: " + value);
        }
        int node = ROOT;
        for (int i = 0; i < word.length(); i++) {
            node = childOrNew(node, word.charAt(i));
        }
        longest = Math.max(longest, word.length());
        if (values[node] != NONE) {
            return false;
        }
        values[node] = value;
        return true;
    }

    /** The node reached from {@code node} by {@code c}, or {@link #NONE}. */
    public int next(int node, char c) {
        long key = key(node, c);
        int mask = edgeKeys.length - 1;
        for (int slot = slot(key, mask);; slot = (slot + 1) & mask) {
            long k = edgeKeys[slot];
            if (k == key) {
                return edgeTargets[slot];
            }
            if (k == 0) {
                return NONE;
            }
        }
    }

    /** The value of the word that ends at {@code node}, or {@link #NONE} when no word ends there. */
    public int value(int node) {
        return values[node];
    }

    /** The length of the longest word: no walk goes deeper. */
    public int longestWord() {
        return longest;
    }

    private int childOrNew(int node, char c) {
        int found = next(node, c);
        if (found != NONE) {
            return found;
        }
        if ((edges + 1) * 2 > edgeKeys.length) {
            grow();
        }
        int child = nodes++;
        if (child == values.length) {
            values = Arrays.copyOf(values, child * 2);
        }
        values[child] = NONE;
        put(key(node, c), child);
        edges++;
        return child;
    }

    private void put(long key, int target) {
        int mask = edgeKeys.length - 1;
        int slot = slot(key, mask);
        while (edgeKeys[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        edgeKeys[slot] = key;
        edgeTargets[slot] = target;
    }

    private void grow() {
        long[] oldKeys = edgeKeys;
        int[] oldTargets = edgeTargets;
        edgeKeys = new long[oldKeys.length * 2];
        edgeTargets = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                put(oldKeys[i], oldTargets[i]);
            }
        }
    }

    private static long key(int node, char c) {
        return ((long) node << 16 | c) + 1;
    }

    private static int slot(long key, int mask) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
    }
}
