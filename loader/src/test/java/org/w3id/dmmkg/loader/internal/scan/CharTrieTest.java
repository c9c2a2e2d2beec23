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
        CharTrie trie = new CharTrie();
        trie.add("navo", 1);
        trie.add("navo-top", 2);
        trie.add("nato", 3);
        assertEquals(1, walk(trie, "navo"));
        assertEquals(2, walk(trie, "navo-top"));
        assertEquals(3, walk(trie, "nato"));
        assertEquals(CharTrie.NONE, walk(trie, "nav"), "a prefix is no word");
        assertEquals(CharTrie.NONE, walk(trie, "navo-"));
        assertEquals(CharTrie.NONE, walk(trie, "navox"));
        assertEquals(8, trie.longestWord());
    }

    @Test
    void theFirstValueOfAWordStays() {
        CharTrie trie = new CharTrie();
        assertTrue(trie.add("dmm", 1));
        assertFalse(trie.add("dmm", 2));
        assertEquals(1, walk(trie, "dmm"));
    }

    @Test
    void keepsEveryCharacterApartAlsoAtTheEndsOfTheRange() {
        CharTrie trie = new CharTrie();
        trie.add("\u0000", 1);
        trie.add("\uffff", 2);
        trie.add("\u0000\uffff", 3);
        assertEquals(1, walk(trie, "\u0000"));
        assertEquals(2, walk(trie, "\uffff"));
        assertEquals(3, walk(trie, "\u0000\uffff"));
        assertEquals(CharTrie.NONE, walk(trie, "\uffff\u0000"));
    }

    @Test
    void holdsManyWordsAndOneVeryLongOne() {
        CharTrie trie = new CharTrie();
        for (int i = 0; i < 20_000; i++) {
            trie.add("w" + i, i);
        }
        String longWord = "a".repeat(100_000);
        trie.add(longWord, 7);
        for (int i = 0; i < 20_000; i += 997) {
            assertEquals(i, walk(trie, "w" + i));
        }
        assertEquals(7, walk(trie, longWord));
        assertEquals(CharTrie.NONE, walk(trie, longWord + "a"));
        assertEquals(100_000, trie.longestWord());
    }
}
