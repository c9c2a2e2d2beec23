package org.w3id.dmmkg.loader.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3id.dmmkg.loader.TestFiles;

class NamePrefixTest {
    /** The prefix expression searched before every name, as it was before the test of the last word. */
    private static final Pattern PREFIX = Pattern.compile("(?:" + MeetingNames.EDGE_BEFORE + MeetingNames.GATHERING + ")?"
            + MeetingNames.ADJECTIVE + "\\z", Pattern.UNICODE_CASE);

    private static int searched(String sentence, int name) {
        Matcher before = PREFIX.matcher(sentence).region(Math.max(0, name - 80), name);
        return before.find() ? before.start() : name;
    }

    @Test
    void findsTheGatheringOrAdjectiveBeforeAName() {
        String s = "Tijdens de informele bijeenkomst van de  NAVO-defensieministers en de EXTRA\tRaad.";
        assertEquals(s.indexOf("bijeenkomst"), NamePrefix.start(s, s.indexOf("NAVO")));
        assertEquals(s.indexOf("EXTRA"), NamePrefix.start(s, s.indexOf("Raad")));
        assertEquals(s.indexOf("en de"), NamePrefix.start(s, s.indexOf("en de")));
        String inWord = "xinformele Raad";
        assertEquals(1, NamePrefix.start(inWord, inWord.indexOf("Raad")), "an adjective needs no word start");
    }

    /** However far before the name the 80 characters looked at begin: inside a word, a space, the text's start. */
    @Test
    void agreesWithTheSearchAtEveryReach() {
        for (int pad = 0; pad < 120; pad++) {
            for (String before : List.of("x", " ", "é")) {
                String s = before.repeat(pad) + "de informele videoconferentie van de ministeriële Raad";
                int name = s.indexOf("Raad");
                assertEquals(searched(s, name), NamePrefix.start(s, name), s);
            }
        }
    }

    /** At every word start of every line of the seed and development letters, as the search alone found. */
    @Test
    void agreesWithTheSearchOnLetterLines() throws IOException {
        List<Path> files = TestFiles.lettersWithGold();
        int prefixes = 0;
        for (Path f : files) {
            for (String line : Files.readAllLines(f)) {
                for (int i = 0; i < line.length(); i++) {
                    if (i > 0 && Character.isLetterOrDigit(line.charAt(i - 1)) || !Character.isLetter(line.charAt(i))) {
                        continue;
                    }
                    int expected = searched(line, i);
                    assertEquals(expected, NamePrefix.start(line, i), line + " @" + i);
                    prefixes += expected < i ? 1 : 0;
                }
            }
        }
        assertTrue(prefixes > 20, "the letters have prefixes: " + prefixes);
    }
}
