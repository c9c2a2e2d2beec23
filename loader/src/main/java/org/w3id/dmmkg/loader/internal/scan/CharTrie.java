package org.w3id.dmmkg.loader.internal.scan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * A trie of words over {@code char}s, immutable, in primitive arrays: no boxing and no object
 * per character. Nodes are numbered depth first, so that a word's nodes and their edges lie
 * next to each other and a walk reads memory in order; the root's children are a table
 * indexed by character, and so are those of any node with many edges over a short range of
 * characters (the letters after a name's first one), which a walk would otherwise scan. Each
 * word carries an {@code int} value (the first one given for it stays). A walk starts at {@link #ROOT}; a step that leaves the trie gives {@link #NONE}.
 */
public final class CharTrie {
    public static final int ROOT = 0;
    public static final int NONE = -1;
    /** The root's children by character below this: the characters words start with. */
    private static final int ROOT_TABLE = 0x250;
    /** A node with at least this many edges gets a table by character, when they span at most {@link #DENSE_SPAN}. */
    private static final int DENSE_EDGES = 6;
    private static final int DENSE_SPAN = 128;
    private static final int PAIR_CHARS = 256;

    private final int[] rootChildren;
    /** The edges of node {@code n} are {@code [firstEdge[n], firstEdge[n + 1])}, sorted by character. */
    private final int[] firstEdge;
    private final char[] edgeChars;
    private final int[] edgeTargets;
    private final int[] values;
    /** Where a node's table by character begins in {@link #dense}, or {@link #NONE} when it has none. */
    private final int[] denseAt;
    /** The tables: the lowest character and the span, then the child (or {@link #NONE}) of each character. */
    private final int[] dense;
    /**
     * The pairs of characters below {@link #PAIR_CHARS} that begin a word, as bits {@code a << 8 | b};
     * all pairs of {@code a} when {@code a} alone is a word. Most words of a text begin no name, and
     * this tells so from a table small enough to stay in the cache.
     */
    private final long[] firstPairs = new long[PAIR_CHARS * PAIR_CHARS / 64];
    private final int longest;

    private CharTrie(Builder b) {
        int nodeCount = b.count(b.root);
        this.firstEdge = new int[nodeCount + 1];
        this.edgeChars = new char[nodeCount - 1];
        this.edgeTargets = new int[nodeCount - 1];
        this.values = new int[nodeCount];
        this.rootChildren = new int[ROOT_TABLE];
        Arrays.fill(rootChildren, NONE);
        layOut(b.root);
        for (int e = firstEdge[ROOT]; e < firstEdge[ROOT + 1]; e++) {
            if (edgeChars[e] < ROOT_TABLE) {
                rootChildren[edgeChars[e]] = edgeTargets[e];
            }
        }
        this.denseAt = new int[nodeCount];
        this.dense = denseTables();
        markFirstPairs();
        this.longest = b.longest;
    }

    private void markFirstPairs() {
        for (int e = firstEdge[ROOT]; e < firstEdge[ROOT + 1]; e++) {
            char a = edgeChars[e];
            int child = edgeTargets[e];
            if (a >= PAIR_CHARS) {
                continue;
            }
            for (int f = firstEdge[child]; f < firstEdge[child + 1]; f++) {
                if (edgeChars[f] < PAIR_CHARS) {
                    setPair(a << 8 | edgeChars[f]);
                }
            }
            if (values[child] != NONE) {
                for (int b = 0; b < PAIR_CHARS; b++) {
                    setPair(a << 8 | b);
                }
            }
        }
    }

    private void setPair(int pair) {
        firstPairs[pair >>> 6] |= 1L << pair;
    }

    /**
     * False when no walk from the root through {@code a} and then {@code b} reaches a word: no
     * word is {@code a} alone or begins with {@code a b}. True, to be walked, otherwise.
     */
    public boolean mayBegin(char a, char b) {
        if (a >= PAIR_CHARS || b >= PAIR_CHARS) {
            return true;
        }
        int pair = a << 8 | b;
        return (firstPairs[pair >>> 6] & 1L << pair) != 0;
    }

    /** Lays out the table of every node with many edges over a short range; fills {@link #denseAt}. */
    private int[] denseTables() {
        int[] tables = new int[0];
        int size = 0;
        for (int node = 0; node < denseAt.length; node++) {
            int from = firstEdge[node];
            int to = firstEdge[node + 1];
            int span = to > from ? edgeChars[to - 1] - edgeChars[from] + 1 : 0;
            if (node == ROOT || to - from < DENSE_EDGES || span > DENSE_SPAN) {
                denseAt[node] = NONE;
                continue;
            }
            if (size + 2 + span > tables.length) {
                tables = Arrays.copyOf(tables, Math.max(2 * tables.length, size + 2 + span));
            }
            denseAt[node] = size;
            tables[size] = edgeChars[from];
            tables[size + 1] = span;
            Arrays.fill(tables, size + 2, size + 2 + span, NONE);
            for (int e = from; e < to; e++) {
                tables[size + 2 + edgeChars[e] - edgeChars[from]] = edgeTargets[e];
            }
            size += 2 + span;
        }
        return Arrays.copyOf(tables, size);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The node reached from {@code node} by {@code c}, or {@link #NONE}. */
    public int next(int node, char c) {
        if (node == ROOT && c < ROOT_TABLE) {
            return rootChildren[c];
        }
        int table = denseAt[node];
        if (table != NONE) {
            int k = c - dense[table];
            return k >= 0 && k < dense[table + 1] ? dense[table + 2 + k] : NONE;
        }
        for (int e = firstEdge[node], end = firstEdge[node + 1]; e < end; e++) {
            char label = edgeChars[e];
            if (label >= c) {
                return label == c ? edgeTargets[e] : NONE;
            }
        }
        return NONE;
    }

    /** The value of the word that ends at {@code node}, or {@link #NONE} when no word ends there. */
    public int value(int node) {
        return values[node];
    }

    /** The length of the longest word: no walk goes deeper. */
    public int longestWord() {
        return longest;
    }

    /**
     * Numbers the nodes depth first and writes their edges, without recursion (a word may be
     * longer than the stack is deep).
     */
    private void layOut(Builder.Node root) {
        List<Builder.Node> order = new ArrayList<>();
        List<Builder.Node> stack = new ArrayList<>(List.of(root));
        while (!stack.isEmpty()) {
            Builder.Node n = stack.remove(stack.size() - 1);
            n.number = order.size();
            order.add(n);
            List<Builder.Node> children = new ArrayList<>(n.children.values());
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.add(children.get(i));
            }
        }
        int edge = 0;
        for (Builder.Node n : order) {
            values[n.number] = n.value;
            firstEdge[n.number] = edge;
            for (var child : n.children.entrySet()) {
                edgeChars[edge] = child.getKey();
                edgeTargets[edge] = child.getValue().number;
                edge++;
            }
        }
        firstEdge[order.size()] = edge;
    }

    /** Collects words, then lays them out as a {@link CharTrie}. */
    public static final class Builder {
        private final Node root = new Node();
        private int longest;

        private Builder() {
        }

        /** Adds {@code word} with {@code value}; false (and the old value kept) when it was there already. */
        public boolean add(CharSequence word, int value) {
            if (value < 0) {
                throw new IllegalArgumentException("values are not negative: " + value);
            }
            Node node = root;
            for (int i = 0; i < word.length(); i++) {
                node = node.children.computeIfAbsent(word.charAt(i), c -> new Node());
            }
            longest = Math.max(longest, word.length());
            if (node.value != NONE) {
                return false;
            }
            node.value = value;
            return true;
        }

        public CharTrie build() {
            return new CharTrie(this);
        }

        private int count(Node from) {
            int n = 0;
            List<Node> stack = new ArrayList<>(List.of(from));
            while (!stack.isEmpty()) {
                Node node = stack.remove(stack.size() - 1);
                n++;
                stack.addAll(node.children.values());
            }
            return n;
        }

        /** A node while building: its children in character order. */
        private static final class Node {
            final TreeMap<Character, Node> children = new TreeMap<>();
            int value = NONE;
            int number;
        }
    }
}
