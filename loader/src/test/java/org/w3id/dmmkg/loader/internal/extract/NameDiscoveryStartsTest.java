package org.w3id.dmmkg.loader.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.w3id.dmmkg.loader.TestFiles;
import org.w3id.dmmkg.loader.internal.scan.Finder;
import org.w3id.dmmkg.loader.internal.scan.GuardedPattern;

/**
 * The patterns of {@link NameDiscovery} that are tried only where code says a match can begin
 * find, on real letters and on texts made of their pieces, what they find tried everywhere.
 */
class NameDiscoveryStartsTest {
    private static final List<GuardedPattern> TRIED_AT = List.of(NameDiscovery.GLOSS, NameDiscovery.OPERATION);
    /** Pieces the patterns turn on: heads, cues, prefixes, parentheses, spaces, a surrogate pair. */
    private static final List<String> PIECES = List.of("missie", "Missie", "operatie", "Operation", "Mission",
            "trainingsmissie", "vredesoperatie", "EU", "EUTM", "-", " ", "  ", "(", ")", "(EPF)", "Atalanta", "Sea Guardian",
            "fonds", "samenwerking", "de", "Smart Defence", "\n", "\uD801\uDC28", "\uD801\uDC00", "x", ",");

    @Test
    void onEveryLineOfTheLettersTheyFindWhatTheyFindEverywhere() throws IOException {
        int found = 0;
        for (Path letter : TestFiles.lettersWithGold()) {
            for (String line : Files.readAllLines(letter)) {
                found += assertSameMatches(line);
            }
        }
        assertTrue(found > 10, "the letters hold glosses and operations: " + found);
    }

    @Test
    void onTextsMadeOfTheirPiecesTheyFindWhatTheyFindEverywhere() {
        Random random = new Random(14);
        int found = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            found += assertSameMatches(text.toString());
        }
        assertTrue(found > 100, "some texts match: " + found);
    }

    private static int assertSameMatches(String text) {
        int found = 0;
        for (GuardedPattern p : TRIED_AT) {
            List<String> everywhere = matches(p.pattern().matcher(text));
            Finder finder = p.finder(text);
            assertEquals(everywhere, matches(finder, finder::find), () -> p + " on " + text);
            assertEquals(!everywhere.isEmpty(), p.finds(text), text);
            found += everywhere.size();
        }
        return found;
    }

    private static List<String> matches(Matcher m) {
        return matches(m, m::find);
    }

    private static List<String> matches(MatchResult m, BooleanSupplier find) {
        List<String> out = new ArrayList<>();
        while (find.getAsBoolean()) {
            StringBuilder b = new StringBuilder(m.start() + "-" + m.end());
            for (int g = 1; g <= m.groupCount(); g++) {
                b.append('|').append(m.group(g)).append('@').append(m.start(g));
            }
            out.add(b.toString());
        }
        return out;
    }
}
