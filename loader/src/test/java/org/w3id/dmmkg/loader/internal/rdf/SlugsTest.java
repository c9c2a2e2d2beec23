package org.w3id.dmmkg.loader.internal.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SlugsTest {
    /** The slug as three replacements made it: the definition the scan below keeps. */
    private static String byReplacements(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "x" : slug;
    }

    @Test
    void namesBecomeReadableSegments() {
        assertEquals("navo-missie-in-irak", Slugs.of("NAVO-missie in Irak"));
        assertEquals("oekraine", Slugs.of("Oekraïne"));
        assertEquals("x", Slugs.of(" -- "));
        assertEquals("s-gravenhage-2024", Slugs.of("’s-Gravenhage, 2024."));
    }

    @Test
    void scansAsTheReplacementsDid() {
        String alphabet = "aZé-- .1İ\u0301ßŒ\u00a0\ud835\udc00ÅØ_";
        Random random = new Random(11);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(12);
            while (b.length() < length) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String name = b.toString();
            assertEquals(byReplacements(name), Slugs.of(name), name);
        }
    }
}
