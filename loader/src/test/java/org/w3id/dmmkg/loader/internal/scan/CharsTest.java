package org.w3id.dmmkg.loader.internal.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CharsTest {
    @Test
    void answersAsCharacterDoesForEveryChar() {
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertEquals(Character.isLetterOrDigit(c), Chars.isLetterOrDigit(c), "isLetterOrDigit " + i);
            assertEquals(Character.toLowerCase(c), Chars.toLowerCase(c), "toLowerCase " + i);
        }
    }
}
