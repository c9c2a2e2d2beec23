package org.w3id.dmmkg.loader.internal.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CharTrieTest {
    private static int walk(CharTrie trie, String word) {
        int node = CharTrie.ROOT;
        for (int i = 0; i < word.length() && node != CharTrie.NONE; i++) {
            node = trie.next(node, word.charAt(i));
        }
        return node == CharTrie.NONE ? CharTrie.NONE : trie.value(node);
    }

    @Test
    void findsEachWordWithItsValueAndNoOther() {
        CharTrie.Builder trie = CharTrie.builder();
        trie.add("navo", 1);
        trie.add("navo-top", 2);
        trie.add("nato", 3);
        assertEquals(1, walk(trie.build(), "navo"));
        assertEquals(2, walk(trie.build(), "navo-top"));
        assertEquals(3, walk(trie.build(), "nato"));
        assertEquals(CharTrie.NONE, walk(trie.build(), "nav"), "a prefix is no word");
        assertEquals(CharTrie.NONE, walk(trie.build(), "navo-"));
        assertEquals(CharTrie.NONE, walk(trie.build(), "navox"));
        assertEquals(8, trie.build().longestWord());
    }

    @Test
    void theFirstValueOfAWordStays() {
        CharTrie.Builder trie = CharTrie.builder();
        assertTrue(trie.add("dmm", 1));
        assertFalse(trie.add("dmm", 2));
        assertEquals(1, walk(trie.build(), "dmm"));
    }

    @Test
    void keepsEveryCharacterApartAlsoAtTheEndsOfTheRange() {
        CharTrie.Builder trie = CharTrie.builder();
        trie.add("\u0000", 1);
        trie.add("\uffff", 2);
        trie.add("\u0000\uffff", 3);
        assertEquals(1, walk(trie.build(), "\u0000"));
        assertEquals(2, walk(trie.build(), "\uffff"));
        assertEquals(3, walk(trie.build(), "\u0000\uffff"));
        assertEquals(CharTrie.NONE, walk(trie.build(), "\uffff\u0000"));
    }

    @Test
    void holdsManyWordsAndOneVeryLongOne() {
        CharTrie.Builder trie = CharTrie.builder();
        for (int i = 0; i < 20_000; i++) {
            trie.add("w" + i, i);
        }
        String longWord = "a".repeat(100_000);
        trie.add(longWord, 7);
        for (int i = 0; i < 20_000; i += 997) {
            assertEquals(i, walk(trie.build(), "w" + i));
        }
        assertEquals(7, walk(trie.build(), longWord));
        assertEquals(CharTrie.NONE, walk(trie.build(), longWord + "a"));
        assertEquals(100_000, trie.build().longestWord());
    }

    /** Nodes with many edges, over a short range (read by table) and a wide one (scanned): every step as added. */
    @Test
    void stepsByManyEdgesAsAdded() {
        CharTrie.Builder builder = CharTrie.builder();
        String wide = "az\u00e9\u0130\u212a\uffff";
        for (char c = 'b'; c <= 'y'; c += 2) {
            builder.add("na" + c, c);
        }
        for (int i = 0; i < wide.length(); i++) {
            builder.add("x" + wide.charAt(i), 1000 + i);
            builder.add("na" + wide.charAt(i) + "o", 2000 + i);
        }
        CharTrie trie = builder.build();
        for (char c = 0; c < 0x300; c++) {
            int expected = c >= 'b' && c <= 'y' && (c - 'b') % 2 == 0 ? c : CharTrie.NONE;
            assertEquals(expected, walk(trie, "na" + c), "na" + c);
            assertEquals(wide.indexOf(c) >= 0 ? 1000 + wide.indexOf(c) : CharTrie.NONE, walk(trie, "x" + c), "x" + c);
        }
        for (int i = 0; i < wide.length(); i++) {
            assertEquals(2000 + i, walk(trie, "na" + wide.charAt(i) + "o"));
            assertEquals(CharTrie.NONE, walk(trie, "na" + wide.charAt(i)));
        }
    }

    /** {@code mayBegin} is false only where a walk through the two characters reaches no word. */
    @Test
    void mayBeginIsFalseOnlyWhereNoWordBegins() {
        CharTrie.Builder builder = CharTrie.builder();
        for (String w : new String[] {"navo", "na", "x", "\u00ebu", "e\u0130", "\u0130k", "de navo"}) {
            builder.add(w, 1);
        }
        CharTrie trie = builder.build();
        int refused = 0;
        for (char a = 0; a < 0x140; a++) {
            for (char b = 0; b < 0x140; b++) {
                int node = trie.next(CharTrie.ROOT, a);
                boolean reachesAWord = node != CharTrie.NONE
                        && (trie.value(node) != CharTrie.NONE || trie.next(node, b) != CharTrie.NONE);
                if (!trie.mayBegin(a, b)) {
                    refused++;
                    assertFalse(reachesAWord, (int) a + " " + (int) b);
                }
            }
        }
        assertTrue(trie.mayBegin('x', 'q'), "x alone is a word");
        assertTrue(trie.mayBegin('e', '\u0130'));
        assertFalse(trie.mayBegin('n', 'o'));
        assertTrue(refused > 60_000, "most pairs begin nothing: " + refused);
    }
}
