package org.w3id.dmmkg.loader.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FurnitureTest {
    /** The head lines as one expression, before it was split in two: the split must answer as it did. */
    private static final Pattern HEAD = Pattern.compile("(?iu)^("
            + "(aan )?de voorzitter van de (tweede|eerste) kamer( der staten-generaal)?"
            + "|der staten-generaal|tweede kamer der staten-generaal( \\d+)?|eerste kamer der staten-generaal( \\d+)?"
            + "|vergaderjaar \\d{4}\\s?[–-]\\s?\\d{4}"
            + "|(tweede|eerste) kamer, vergaderjaar \\d{4}\\s?[–-]\\s?\\d{4},.*"
            + "|kst-\\d+.*|issn .*|'s-gravenhage \\d{4}|’s-gravenhage \\d{4}"
            + "|(den haag|'s-gravenhage|’s-gravenhage),? \\d{1,2} \\p{L}+ \\d{4}"
            + "|datum:?( \\d{1,2} \\p{L}+ \\d{4})?|vastgesteld \\d{1,2} \\p{L}+ \\d{4}"
            + "|onze referentie\\b.*|uw referentie\\b.*|uw brief\\b.*|kenmerk\\b.*|bijlagen?\\b.{0,40}"
            + "|bij beantwoording\\b.*|.{0,40}\\bvermelden\\.?|contactpersoon\\b.*|e-?mail\\b.*"
            + "|pagina \\d+( van \\d+)?|\\d{1,3}|-\\s*\\d{1,3}\\s*-"
            + "|postbus \\d+.*|(?-i:\\d{4} ?[A-Z]{2} \\p{Lu}.*)|(www\\.|https?://)\\S+"
            + "|ministerie van [\\p{L} -]+|directoraat-generaal [\\p{L} -]+"
            + "|\\p{L}+(weg|straat|plein|laan|kade|gracht|singel) \\d+.*|plein \\d+|mpc \\d+ ?[a-z]?"
            + "|[A-Z]{2,}[0-9]{6,}"
            + ")$");

    private static final List<String> LINES = List.of("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
            "Tweede Kamer der Staten-Generaal 2", "Vergaderjaar 2023–2024", "Tweede Kamer, vergaderjaar 2023-2024, 21 501-28",
            "kst-28676-167", "ISSN 0921 - 7371", "’s-Gravenhage 2024", "Den Haag, 13 juni 2025", "Datum 13 juni 2025",
            "Datum:", "Vastgesteld 3 mei 2023", "Onze referentie BS2025012345", "Bijlagen 2", "Bij beantwoording, datum",
            "Bij beantwoording de datum en ons kenmerk vermelden.", "E-mail info@mindef.nl", "Pagina 2 van 5", "12", "- 3 -",
            "Postbus 20701", "2500 ES Den Haag", "www.defensie.nl", "https://www.rijksoverheid.nl", "Ministerie van Defensie",
            "Directoraat-Generaal Beleid", "Kalvermarkt 32", "Kalverstraat 32", "Plein 4", "MPC 58 B", "BS2025012345", "AB123456",
            "De minister van Defensie,", "Hierbij informeer ik uw Kamer over de NAVO-top.", "Datum 13 juni 2025 en meer",
            "12 juni", "Vermelden", "Kenmerk", "Oranjestraat", "\u212Aenmerk 12", "\u017Ftraat 4", "");

    @Test
    void answersAsTheOneExpressionDid() {
        for (String line : LINES) {
            assertEquals(HEAD.matcher(line).matches(), Furniture.isHead(line), line);
        }
        assertTrue(Furniture.isHead("Datum 13 juni 2025"));
        assertTrue(Furniture.isHead("Kalverstraat 32"));
        assertFalse(Furniture.isHead("Hierbij informeer ik uw Kamer over de NAVO-top."));
    }

    @Test
    void answersAsTheOneExpressionDidOnRandomLines() {
        List<String> tokens = new java.util.ArrayList<>(List.of(" ", "-", "–", ",", ".", ":", "2", "12", "2024", "AB",
                "ES", "\u212A", "\u017F", "'", "’", "/"));
        for (String line : LINES) {
            tokens.addAll(List.of(line.split("(?<=[ ,.:-])")));
        }
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(6); k > 0; k--) {
                String t = tokens.get(random.nextInt(tokens.size()));
                b.append(random.nextInt(4) == 0 ? t.toUpperCase(java.util.Locale.ROOT) : t);
            }
            String line = b.toString();
            assertEquals(HEAD.matcher(line).matches(), Furniture.isHead(line), line);
        }
    }

    /** Every line of the seed and development letters, and each of them stripped: as the one expression answered. */
    @Test
    void answersAsTheOneExpressionDidOnLetterLines() throws java.io.IOException {
        List<java.nio.file.Path> files = org.w3id.dmmkg.loader.TestFiles.lettersWithGold();
        int heads = 0;
        for (java.nio.file.Path f : files) {
            for (String raw : java.nio.file.Files.readAllLines(f)) {
                for (String line : List.of(raw, raw.strip())) {
                    boolean head = HEAD.matcher(line).matches();
                    assertEquals(head, Furniture.isHead(line), line);
                    heads += head ? 1 : 0;
                }
            }
        }
        assertTrue(heads > 10, "the letters have head lines: " + heads);
    }
}
