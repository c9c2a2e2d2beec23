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
    void theSecondWordIsFoundWhereThePatternTakesIt() {
        assertEquals("NAVO-top", at("de NAVO-top", 3));
        assertEquals("NAVOtop", at("de NAVOtop", 3), "words may join without a space");
        assertEquals("NAVO (NATO) - top", at("de NAVO (NATO) - top", 3), "an acronym may stand between the words");
        assertEquals("Raad (RBZ) Buitenlandse Zaken", at("De Raad (RBZ) Buitenlandse Zaken", 3));
        assertNull(at("de NAVO-landen", 3), "the first word of a name, then another word");
        assertNull(at("de NAVO (Brussel) top", 3), "not an acronym");
        assertNull(at("De Raad (RBZ) Bestuur", 3));
    }

    /** On the letters' own sentences, the names found at each word start with the tests before the patterns and without. */
    @Test
    void theTestsBeforeThePatternsRefuseNoName() throws java.io.IOException {
        Pattern all = Pattern.compile("(?<n>" + MeetingNames.alternatives(List.of("Raad Buitenlandse Zaken", "Raad Algemene Zaken",
                "NAVO-top", "Europese Raad", "Eurogroep"), true) + ")(?![\\p{L}\\d])", Pattern.UNICODE_CASE);
        int found = 0;
        for (java.nio.file.Path f : org.w3id.dmmkg.loader.TestFiles.lettersWithGold()) {
            for (String line : java.nio.file.Files.readAllLines(f)) {
                for (int i = 0; i + 1 < line.length(); i++) {
                    Matcher m = all.matcher(line).region(i, line.length());
                    String expected = m.lookingAt() ? m.group("n") : null;
                    assertEquals(expected, at(line, i), line);
                    found += expected == null ? 0 : 1;
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(found > 10, "the letters name these meetings: " + found);
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

    @Test
    void aLowerCaseOfAnotherLengthDoesNotMisplaceTheLetters() {
        String text = "İstanbul en de NAVO-top";
        org.junit.jupiter.api.Assertions.assertNotEquals(text.length(), text.toLowerCase(Locale.ROOT).length(),
                "the capital dotted I lower-cases to two characters");
        assertEquals("NAVO-top", at(text, text.indexOf("NAVO")));
    }

    @Test
    void namesThatBeginWithLettersBeyondAsciiAreFoundBesideTheOthers() {
        NameStarts names = new NameStarts(List.of("Öresundraad", "Ærøforum", "Raad Algemene Zaken", "Raïd-overleg"),
                group -> Pattern.compile("(?<n>" + MeetingNames.alternatives(group, true) + ")(?![\\p{L}\\d])",
                        Pattern.UNICODE_CASE));
        String text = "de Öresundraad, het ærøforum, de Raïd-overleg en de Raad Algemene Zaken";
        for (String name : List.of("Öresundraad", "ærøforum", "Raïd-overleg", "Raad Algemene Zaken")) {
            Matcher m = names.scan(text, text.toLowerCase(Locale.ROOT)).at(text.indexOf(name));
            assertEquals(name, m == null ? null : m.group("n"));
        }
        assertNull(names.scan(text, text.toLowerCase(Locale.ROOT)).at(text.indexOf("het")));
    }

    private static String at(String text, int i) {
        Matcher m = NAMES.scan(text, text.toLowerCase(Locale.ROOT)).at(i);
        return m == null ? null : m.group("n");
    }
}
