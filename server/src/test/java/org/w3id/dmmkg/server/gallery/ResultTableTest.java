package org.w3id.dmmkg.server.gallery;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResultTableTest {
    @Test
    void aPapersNumberADateAndAFileNameStayWholeButASentenceMayBreak() {
        assertTrue(ResultTable.isShortWord("426"));
        assertTrue(ResultTable.isShortWord("2022-06-22"));
        assertTrue(ResultTable.isShortWord("35925-X"));
        assertFalse(ResultTable.isShortWord("gen-000007-with-a-long-name.txt"), "a long file name may break");
        assertFalse(ResultTable.isShortWord("28676 30806"), "two dossiers may go on two lines");
        assertFalse(ResultTable.isShortWord("Nederland levert F-16's"));
    }
}
