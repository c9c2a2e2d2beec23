package org.w3id.dmmkg.loader.internal.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSearchTest {
    private static final List<String> ALPHABET = List.of("de ", "het ", "minister", "ministers van ", "van ", "e", "d", "h", " ",
            "Het ", "Duitse ", "Franse ", "Noord-", "x");

    @Test
    void aFewWordsEachLookedFor() {
        assertAgreesWithAPlainSearch(Set.of("de ", "het "));
    }

    @Test
    void manyWordsOfFewPrefixesByTheirPrefixes() {
        Set<String> words = new LinkedHashSet<>();
        for (String country : List.of("Duitse", "Franse", "Noord-Macedonische", "Belgische", "Deense", "Poolse", "Zweedse",
                "Finse", "Estse", "Letse")) {
            words.add("de " + country);
            words.add("het " + country);
        }
        assertAgreesWithAPlainSearch(words);
    }

    @Test
    void manyWordsOfManyPrefixesByAWalk() {
        assertAgreesWithAPlainSearch(Set.of("aa", "bb", "cc", "dd", "ee", "ff", "gg", "hh", "ii", "minister", "de D", "het",
                "van ", "Noord-"));
    }

    /** On random texts from every place, the first word found is the first a search of each word finds. */
    private static void assertAgreesWithAPlainSearch(Set<String> words) {
        WordSearch search = new WordSearch(words);
        Random random = new Random(11);
        int found = 0;
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                text.append(ALPHABET.get(random.nextInt(ALPHABET.size())));
            }
            String t = text.toString();
            for (int from = 0; from <= t.length(); from++) {
                int expected = -1;
                for (String w : words) {
                    int at = t.indexOf(w, from);
                    expected = at >= 0 && (expected < 0 || at < expected) ? at : expected;
                }
                assertEquals(expected, search.first(t, from), t + " from " + from);
                assertEquals(expected >= 0, search.occursIn(t, from), t + " from " + from);
                found += expected >= 0 ? 1 : 0;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(found > 5_000, "the texts hold the words: " + found);
    }
}
