package org.w3id.dmmkg.loader.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.rdf4j.model.util.Values;
import org.junit.jupiter.api.Test;
import org.w3id.dmmkg.loader.TestFiles;

class BodyMeetingsTest {
    private static final MeetingType OTHER = new MeetingType("OTHER", Values.iri("urn:t:other"), null, true);
    private static final List<String> BODIES = List.of("Ukraine Defence Contact Group", "NATO-Ukraine Commission",
            "Noord Atlantische Raad", "NAVO-Raad", "Northern Group", "European Intervention Initiative", "Raad",
            "de Coalitie");
    private static final BodyMeetings FINDER = new BodyMeetings(BODIES, OTHER);
    /** The one pattern the two steps read: what they must find. */
    private static final Pattern ONE = Pattern.compile(MeetingNames.EDGE_BEFORE + MeetingNames.ADJECTIVE + MeetingNames.GATHERING
            + "(?<n>" + MeetingNames.alternatives(BODIES, true) + ")" + MeetingNames.EDGE_AFTER, Pattern.UNICODE_CASE);

    @Test
    void findsAGatheringOfABodyWithItsAdjective() {
        assertEquals(List.of("informele bijeenkomst van de Ukraine Defence Contact Group"),
                found("Tijdens de informele bijeenkomst van de Ukraine Defence Contact Group is gesproken."));
        assertEquals(List.of("vergadering van de NAVO-Raad"), found("In de vergadering van de NAVO-Raad."));
    }

    @Test
    void aGatheringOfSomethingElseIsNoBodysMeeting() {
        assertEquals(List.of(), found("De bijeenkomst van de ministers van Defensie in Vilnius."));
        assertEquals(List.of(), found("Het overleg van de Raadgevers."), "a body's name must end where a word does");
    }

    @Test
    void aBodyWhoseNameBeginsWithTheArticleIsFoundWithoutIt() {
        assertEquals(List.of("overleg van de Coalitie"), found("Het overleg van de Coalitie."));
    }

    /** On every line of the letters with gold, and on lines stitched from their words, the two steps find what the one pattern finds. */
    @Test
    void findsWhatTheOnePatternFinds() throws java.io.IOException {
        List<String> lines = new ArrayList<>();
        for (Path f : TestFiles.lettersWithGold()) {
            lines.addAll(Files.readAllLines(f));
        }
        List<String> pieces = List.of("bijeenkomst van ", "Bijeenkomsten van de ", "informele ", "overleg van het ",
                "sessie  van DE ", "van ", "de ", "NAVO-Raad", "NAVO Raad", "Raad", "Raadgever", "Northern Group", "Northern",
                "Coalitie", "Noord (NAR) Atlantische Raad", "- ", " ", ". ", "x");
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder line = new StringBuilder();
            for (int w = random.nextInt(10); w >= 0; w--) {
                line.append(pieces.get(random.nextInt(pieces.size())));
            }
            lines.add(line.toString());
        }
        int hits = 0;
        for (String line : lines) {
            List<String> expected = new ArrayList<>();
            Matcher m = ONE.matcher(line);
            while (m.find()) {
                expected.add(m.group() + "|" + m.group("n"));
            }
            List<String> actual = new ArrayList<>();
            for (MeetingNames.Hit h : FINDER.find(line, line.toLowerCase(Locale.ROOT))) {
                actual.add(line.substring(h.start(), h.end()) + "|" + h.name());
            }
            assertEquals(expected, actual, line);
            hits += expected.size();
        }
        assertTrue(hits > 1000, "the lines hold gatherings of bodies: " + hits);
    }

    private static List<String> found(String sentence) {
        return FINDER.find(sentence, sentence.toLowerCase(Locale.ROOT)).stream()
                .map(h -> sentence.substring(h.start(), h.end())).toList();
    }
}
