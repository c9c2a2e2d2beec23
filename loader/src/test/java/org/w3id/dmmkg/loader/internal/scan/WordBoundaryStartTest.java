package org.w3id.dmmkg.loader.internal.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class WordBoundaryStartTest {
    @Test
    void anExpressionThatOpensWithABoundaryBeginsAtWords() {
        assertTrue(WordBoundaryStart.of("(?iu)\\b(levert|zet\\b.{0,80}?\\bvoort)\\b"));
        assertTrue(WordBoundaryStart.of("\\b(?:Plan|Fund)\\b"));
        assertTrue(WordBoundaryStart.of("\\b\\Q|\\E[|(]x"), "a bar quoted or in a class is no alternative");
    }

    @Test
    void anythingElseMayBeginAnywhere() {
        assertFalse(WordBoundaryStart.of("\\bNederland|waaronder Nederland"), "an alternative outside groups");
        assertFalse(WordBoundaryStart.of("(?i:de)\\b"));
        assertFalse(WordBoundaryStart.of("x\\b"));
        assertFalse(WordBoundaryStart.of("(?x)\\b a"), "comments mode is not read");
        assertFalse(WordBoundaryStart.of("\\b[]|]"), "a class that begins with ] is not read");
        assertFalse(WordBoundaryStart.of("\\b\\Qab"), "an unclosed quote");
    }

    @Test
    void aSearchForStartsPassesOverPlacesInsideWords() {
        WordSearch anywhere = new WordSearch(Set.of("lever", "zet"));
        WordSearch atWords = new WordSearch(Set.of("lever", "zet"), true);
        String text = "opleveren, voortzetten en leveren; 2zet zet";
        assertEquals(2, anywhere.first(text, 0));
        assertEquals(26, atWords.first(text, 0));
        assertEquals(40, atWords.first(text, 27), "between a digit and a letter is inside a word");
        WordSearch walked = new WordSearch(Set.of("lever", "zet", "aan", "bij", "naast", "naar", "door", "over", "onder"), true);
        assertEquals(26, walked.first(text, 0));
    }
}
