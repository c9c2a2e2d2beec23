package org.w3id.dmmkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvRowsTest {
    private static long rows(String csv) {
        return CsvRows.count(csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void countsRecordsLessTheHeader() {
        assertEquals(0, rows("a,b\r\n"));
        assertEquals(2, rows("a,b\r\n1,2\r\n3,4\r\n"));
        assertEquals(2, rows("a,b\n1,2\n3,4"));
        assertEquals(0, rows(""));
    }

    @Test
    void aQuotedLineBreakIsPartOfItsField() {
        assertEquals(2, rows("quote,letter\r\n\"one line\r\nand the next, \"\"quoted\"\"\",l1\r\nplain,l2\r\n"));
    }
}
