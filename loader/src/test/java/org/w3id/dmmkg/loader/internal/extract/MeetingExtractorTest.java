package org.w3id.dmmkg.loader.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Values;
import org.junit.jupiter.api.Test;
import org.w3id.dmmkg.loader.Snippets;
import org.w3id.dmmkg.loader.vocab.DMM;

class MeetingExtractorTest {
    private static Set<String> meetings(String date, String body) throws Exception {
        return Snippets.facts(Snippets.letter(date, body)).stream().filter(f -> f.startsWith("meeting ")
                || f.startsWith("reportsOn ")).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test
    void anInformalCouncilInAPresidencysCityTakesItsPlaceFromTheVocabulary() throws Exception {
        Model m = Snippets.model(Snippets.letter("20 augustus 2023", "Op 29 en 30 augustus aanstaande vindt in Toledo de "
                + "informele bijeenkomst van de EU-ministers van Defensie plaats."));
        var place = m.filter(null, DMM.location, null).objects();
        assertTrue(place.contains(Values.iri(DMM.ID + "place/toledo")), m.filter(null, DMM.location, null).toString());
    }

    @Test
    void recognisesDefenceMinistersMeetingWithDatesAndPlace() throws Exception {
        Model m = Snippets.model(Snippets.letter("21 februari 2023",
                "Op 14 en 15 februari jl. vond in Brussel de bijeenkomst van de NAVO-Ministers van Defensie (DMM) plaats."));
        var dmm = Values.iri(DMM.ID + "meeting/dmm-2023-02-15");
        assertTrue(m.contains(dmm, DMM.startDate, Values.literal(java.time.LocalDate.of(2023, 2, 14))), m.toString());
        assertTrue(m.contains(dmm, DMM.location, Values.iri(DMM.ID + "place/brussel")));
        assertTrue(m.contains(null, DMM.reportsOn, dmm));
    }

    @Test
    void aMeetingKnownOnlyAsHeldAtThePrimaryOneIsPartOfIt() throws Exception {
        Model m = Snippets.model(Snippets.letter("21 februari 2023",
                "Op 14 en 15 februari jl. vond in Brussel de bijeenkomst van de NAVO-Ministers van Defensie (DMM) plaats. "
                        + "Tijdens de DMM kwam ook de Nuclear Planning Group bijeen."));
        var dmm = Values.iri(DMM.ID + "meeting/dmm-2023-02-15");
        var npg = Values.iri(DMM.ID + "meeting/npg-at-dmm-2023-02-15");
        assertTrue(m.contains(npg, DMM.partOf, dmm), m.toString());
        assertFalse(m.contains(dmm, DMM.partOf, null), "the primary meeting is part of nothing");
    }

    @Test
    void recognisesNorthAtlanticCouncilInDefenceCompositionAsDmm() throws Exception {
        assertEquals(Set.of("meeting meeting/dmm-2024-06-14", "reportsOn meeting/dmm-2024-06-14"), meetings("1 juni 2024",
                "Op 13 en 14 juni komt de Noord-Atlantische Raad in de samenstelling van ministers van Defensie bijeen."));
    }

    @Test
    void recognisesEachMeetingType() throws Exception {
        Set<String> found = meetings("1 oktober 2023", "De Ukraine Defense Contact Group (UDCG) kwam voor de zesde keer bijeen. "
                + "Ook sprak de Nuclear Planning Group. Daarna volgde de eerste NATO-Ukraine Council. "
                + "Op 20 november vindt de Raad Buitenlandse Zaken (Defensie) plaats. "
                + "De NAVO-top in Vilnius op 11 en 12 juli 2023 was belangrijk. De NAR gaf een verklaring uit.");
        String all = String.join(" ", found);
        for (String type : new String[] {"udcg-6", "npg-", "nuc-", "fac-2023-11-20", "summit-2023-07-12", "nac-"}) {
            assertTrue(all.contains("meeting/" + type), type + " in " + found);
        }
    }

    @Test
    void givesOneIriToOneMeetingWhateverItsFirstDay() throws Exception {
        Set<String> a = meetings("30 september 2022", "Na de NAVO-Top in Madrid op 29 en 30 juni 2022 werd gesproken.");
        Set<String> b = meetings("22 juni 2022", "De bijeenkomst vormde een moment richting de NAVO-Top op 28-30 juni in Madrid.");
        assertTrue(a.contains("meeting meeting/summit-2022-06-30"), a.toString());
        assertTrue(b.contains("meeting meeting/summit-2022-06-30"), b.toString());
    }

    @Test
    void keepsTheYearUnknownWhenNeitherTextNorLetterGivesIt() throws Exception {
        Model m = Snippets.model("Geadviseerd besluit\nUw akkoord op de geannoteerde agenda voor de NAVO DMM van 15-16 juni.\n");
        assertFalse(m.contains(null, DMM.startDate, null), m.toString());
        assertTrue(m.contains(null, DMM.meetingType, Values.iri(DMM.ID + "meeting-type/dmm")));
    }

    @Test
    void readsSequenceNumberFromOrdinal() throws Exception {
        Model m = Snippets.model(Snippets.letter("21 februari 2023",
                "Op uitnodiging van de Amerikaanse Minister van Defensie kwam de UDCG voor de negende keer bijeen."));
        assertTrue(m.contains(Values.iri(DMM.ID + "meeting/udcg-9"), DMM.sequenceNumber, Values.literal(java.math.BigInteger.valueOf(9))));
    }

    @Test
    void mergesALaterDayOfADatedMeeting() throws Exception {
        Set<String> found = meetings("21 februari 2023", "Op 14 en 15 februari jl. vond de DMM plaats. "
                + "Op 15 februari vervolgde de DMM met een formele werksessie.");
        assertEquals(Set.of("meeting meeting/dmm-2023-02-15", "reportsOn meeting/dmm-2023-02-15"), found);
    }

    @Test
    void leavesADebateDateToTheDebate() throws Exception {
        Set<String> found = meetings("1 juni 2023", "Op 15 en 16 juni 2023 komen de NAVO-ministers van Defensie bijeen. "
                + "Op 8 juni 2023 is over de DMM een commissiedebat ingepland.");
        assertEquals(Set.of("meeting meeting/dmm-2023-06-16", "reportsOn meeting/dmm-2023-06-16"), found);
    }

    @Test
    void primaryMeetingIsTheOneTheSubjectLineNames() throws Exception {
        Set<String> found = meetings("22 juni 2022", "Betreft Verslag bijeenkomst NAVO-ministers van Defensie op 15 en 16 juni 2022\n\n"
                + "Eerder, tijdens de DMM van 16 maart 2022, werd besloten.");
        assertTrue(found.contains("reportsOn meeting/dmm-2022-06-16"), found.toString());
        assertTrue(found.contains("meeting meeting/dmm-2022-03-16"), found.toString());
    }
}
