package org.w3id.dmmkg.loader.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DutchDatesTest {
    private static final LocalDate LETTER = LocalDate.of(2023, 2, 21);

    private static String resolve(String text, LocalDate letterDate) {
        List<DateMention> found = DutchDates.find(text);
        assertEquals(1, found.size(), () -> "one date in: " + text);
        LocalDate[] r = found.get(0).resolve(letterDate);
        return r == null ? null : r[0] + "/" + r[1];
    }

    @Test
    void readsTwoDaysJoinedByEnWithJlAsPast() {
        assertEquals("2023-02-14/2023-02-15", resolve("Op 14 en 15 februari jl. vond", LETTER));
    }

    @Test
    void readsTwoDaysWithYear() {
        assertEquals("2023-07-11/2023-07-12", resolve("op 11 en 12 juli 2023", LETTER));
    }

    @Test
    void readsDayRangeWithHyphen() {
        assertEquals("2023-06-15/2023-06-16", resolve("DMM van 15-16 juni", LocalDate.of(2023, 6, 1)));
        assertEquals("2022-06-28/2022-06-30", resolve("NAVO-Top op 28-30 juni in Madrid", LocalDate.of(2022, 6, 22)));
    }

    @Test
    void readsSingleDayWithYear() {
        assertEquals("2022-03-16/2022-03-16", resolve("tijdens de DMM van 16 maart 2022", LETTER));
    }

    @Test
    void readsSingleDayWithoutYearAgainstLetterDate() {
        assertEquals("2023-06-08/2023-06-08", resolve("op 8 juni", LocalDate.of(2023, 5, 30)));
    }

    @Test
    void readsRangeAcrossMonths() {
        assertEquals("2022-06-30/2022-07-01", resolve("van 30 juni tot 1 juli 2022", LETTER));
    }

    @Test
    void aanstaandeLooksForward() {
        assertEquals("2024-01-10/2024-01-10", resolve("op 10 januari aanstaande", LocalDate.of(2023, 12, 20)));
    }

    @Test
    void jlLooksBackAcrossTheYear() {
        assertEquals("2022-12-20/2022-12-20", resolve("op 20 december jl.", LocalDate.of(2023, 1, 10)));
    }

    @Test
    void yearStaysUnknownWithoutLetterDate() {
        assertNull(resolve("DMM van 15-16 juni", null));
    }

    @Test
    void readsLetterDateFromPlaceLineAndDatumLine() {
        assertEquals(LocalDate.of(2023, 2, 21), DutchDates.letterDate("Den Haag, 21 februari 2023"));
        assertEquals(LocalDate.of(2022, 6, 22), DutchDates.letterDate("Datum 22 juni 2022"));
        assertEquals(LocalDate.of(2010, 3, 12), DutchDates.letterDate("Datum: 12 maart 2010"));
        assertEquals(LocalDate.of(2008, 2, 11), DutchDates.letterDate("’s-Gravenhage, 11 februari 2008"));
        assertNull(DutchDates.letterDate("Op 22 juni 2022 vond"));
    }
}
