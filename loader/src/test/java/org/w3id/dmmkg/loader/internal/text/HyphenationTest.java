package org.w3id.dmmkg.loader.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HyphenationTest {
    /** The words as the expression that {@link Hyphenation#wordEnd} reads without a matcher. */
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");

    private static List<String> byExpression(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    private static List<String> byWordEnd(String s) {
        List<String> out = new ArrayList<>();
        for (int start = 0, end; start < s.length(); start = end) {
            end = Hyphenation.wordEnd(s, start);
            if (end > start) {
                out.add(start + ":" + s.substring(start, end));
            } else {
                end = start + Character.charCount(s.codePointAt(start));
            }
        }
        return out;
    }

    @Test
    void readsTheWordsAsTheExpressionDoes() {
        String alphabet = "aZé-- -.1\u00ad\ud835\udc00\ud83d\ude00";
        Random random = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(16);
            while (b.length() < length) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertEquals(byExpression(s), byWordEnd(s), s);
        }
        assertEquals(List.of("0:NAVO-verdragsgebied", "21:de", "25:x"), byWordEnd("NAVO-verdragsgebied, de--x"));
    }

    @Test
    void keepsHyphensBetweenWordsTheLetterWrites() {
        Hyphenation h = new Hyphenation("de defensie-industrie en de NAVO\n");
        assertEquals(true, h.keepsHyphen("de defensie-", "industrie"));
        assertEquals(false, new Hyphenation("het tegenoffensief").keepsHyphen("tegenof-", "fensief"));
    }

    @Test
    void aLongLineOfOneWordFinishes() {
        // A guard against hangs and deep recursion, not a measure of speed.
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            String word = "a-".repeat(50_000) + "a";
            assertEquals(word.length(), Hyphenation.wordEnd(word, 0));
            assertEquals(false, new Hyphenation(word + " " + "b".repeat(100_000)).keepsHyphen("x-", "y"));
        });
    }
}
