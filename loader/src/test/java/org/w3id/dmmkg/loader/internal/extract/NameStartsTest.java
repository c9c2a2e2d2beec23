package org.w3id.dmmkg.loader.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NameStartsTest {
    private static final NameStarts NAMES = new NameStarts(List.of("Raad Buitenlandse Zaken", "Raad Algemene Zaken",
            "NAVO-top", "Europese Raad", "Eurogroep"),
            group -> Pattern.compile("(?<n>" + MeetingNames.alternatives(group, true) + ")(?![\\p{L}\\d])", Pattern.UNICODE_CASE));

    @Test
    void findsANameAtAWordStartInAnyCase() {
        assertEquals("RAAD buitenlandse  Zaken", at("De RAAD buitenlandse  Zaken komt bijeen.", 3));
        assertEquals("navo top", at("op de navo top in Vilnius", 6));
        assertEquals("Europese Raad", at("De Europese Raad", 3));
        assertEquals("Eurogroep", at("De Eurogroep", 3));
    }

    @Test
    void aWordThatBeginsNoNameGivesNothing() {
        assertNull(at("De Raadgever Zaken", 3), "its first word is not a name's");
        assertNull(at("De Europarlementariër", 3));
        assertNull(at("De Raad van State", 3), "a first word alone is no name");
        assertNull(at("Het Ra", 4), "the text ends before the first word does");
    }

    @Test
    void foldsCaseAsThePatternDoes() {
        // U+212A KELVIN SIGN folds to k, as a case-insensitive pattern takes it; no name here begins with one.
        assertNull(at("\u212Aaad Algemene Zaken", 0));
        NameStarts k = new NameStarts(List.of("Kamer"), group -> Pattern.compile("(?<n>(?i:Kamer))", Pattern.UNICODE_CASE));
        String text = "\u212Aamer";
        Matcher m = k.scan(text, text.toLowerCase(Locale.ROOT)).at(0);
        assertEquals(text, m == null ? null : m.group("n"));
    }

    private static String at(String text, int i) {
        Matcher m = NAMES.scan(text, text.toLowerCase(Locale.ROOT)).at(i);
        return m == null ? null : m.group("n");
    }
}
