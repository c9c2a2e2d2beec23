package org.w3id.dmmkg.loader.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.eclipse.rdf4j.model.util.Values;
import org.junit.jupiter.api.Test;
import org.w3id.dmmkg.loader.internal.vocabulary.MeetingTypeNames;

/** The frames of {@link MeetingNames} on names made up for the test: the names are data, the frames code. */
class MeetingNamesTest {
    private static final MeetingType GATHERING = new MeetingType("GATHERING", Values.iri("urn:t:gathering"),
            Values.iri("urn:org:league"), false);
    private static final MeetingType ASSEMBLY = new MeetingType("ASSEMBLY", Values.iri("urn:t:assembly"),
            Values.iri("urn:org:union"), false);
    private static final MeetingType OTHER = new MeetingType("OTHER", Values.iri("urn:t:other"), null, true);

    private static final MeetingNames NAMES = new MeetingNames(List.of(
            new MeetingTypeNames(GATHERING.concept(), "GATHERING", List.of("Liga-beraad", "LGB"), List.of("kringdag"),
                    List.of("ministers van Havens"), List.of(), GATHERING.convenedBy()),
            new MeetingTypeNames(ASSEMBLY.concept(), "ASSEMBLY", List.of("Unie-Havenraad"), List.of(),
                    List.of("ministers van Havens"), List.of("Grote Raad"), ASSEMBLY.convenedBy()),
            new MeetingTypeNames(OTHER.concept(), "OTHER", List.of("Kustforum"), List.of(), List.of(), List.of(), null)),
            Map.of("GATHERING", GATHERING, "ASSEMBLY", ASSEMBLY, "OTHER", OTHER));

    private static List<String> found(String sentence) {
        return NAMES.find(sentence).stream().map(h -> sentence.substring(h.start(), h.end()) + "=" + h.kind()
                + h.candidates().stream().map(MeetingType::notation).toList() + (h.qualified() ? "+q" : "")).toList();
    }

    @Test
    void namesMatchWithoutCaseAndWithHyphenOrSpaceAlikeAcronymsKeepTheirCase() {
        assertEquals(List.of("liga beraad=NAME[GATHERING]"), found("Tijdens het liga beraad werd gesproken."));
        assertEquals(List.of("LGB (LGB)=NAME[GATHERING]"), found("De LGB (LGB) kwam samen."));
        assertEquals(List.of(), found("Het lgb-rapport en de Lgb zijn iets anders."));
    }

    @Test
    void eventNounsNeedADeterminerOrAPlace() {
        assertEquals(List.of("de kringdag=EVENT_NOUN[GATHERING]"), found("Tijdens de kringdag werd gesproken."));
        assertEquals(List.of("Kringdag in =EVENT_NOUN[GATHERING]"), found("Op de agenda: Kringdag in Lutetia."));
        assertEquals(List.of(), found("Een kringdag is gepland; de kringdag van de leden is iets anders."));
    }

    @Test
    void participantsNeedAGatheringOrAMeetingVerb() {
        assertEquals(List.of("bijeenkomst van de ministers van Havens=PARTICIPANTS[GATHERING, ASSEMBLY]"),
                found("Na de bijeenkomst van de ministers van Havens volgde een diner."));
        assertEquals(List.of("de ministers van Havens=PARTICIPANTS[GATHERING, ASSEMBLY]"),
                found("Op 3 mei kwamen de ministers van Havens in Lutetia bijeen."));
        assertEquals(List.of(), found("De ministers van Havens spraken af."));
        assertEquals(List.of(), found("De ministers van Havens van Thule kwamen bijeen."));
    }

    @Test
    void aCompositionIsQualifiedByItsTypesParticipantsAfterItsName() {
        assertEquals(List.of("Grote Raad (Havens)=COMPOSITION[ASSEMBLY]+q"), found("De Grote Raad (Havens) vergadert."));
        assertEquals(List.of("Grote Raad met de ministers van Havens=COMPOSITION[ASSEMBLY]+q"),
                found("De Grote Raad met de ministers van Havens vergadert."));
        assertEquals(List.of("Grote Raad=COMPOSITION[ASSEMBLY]"), found("De Grote Raad vergadert."));
        assertTrue(NAMES.namesParticipants(ASSEMBLY, "Er spreken de ministers van Visserij en van Havens."));
        assertFalse(NAMES.namesParticipants(ASSEMBLY, "Er spreken de ministers van Visserij."));
    }

    @Test
    void theLongestNameWins() {
        assertEquals(List.of("informele Unie-Havenraad=NAME[ASSEMBLY]", "Kustforum=NAME[OTHER]"),
                found("Na de informele Unie-Havenraad volgt het Kustforum."));
    }
}
