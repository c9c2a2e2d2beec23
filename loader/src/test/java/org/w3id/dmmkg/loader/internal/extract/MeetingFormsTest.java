package org.w3id.dmmkg.loader.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3id.dmmkg.loader.Snippets;

/**
 * The ways letters name meetings other than the NATO defence ministers meeting, and their
 * dates, on invented snippets: EU defence councils in every form, side meetings, summits and
 * foreign ministers, several meetings in one sentence, and text that names no meeting.
 */
class MeetingFormsTest {
    private static Set<String> meetings(String date, String body) throws Exception {
        return Snippets.facts(Snippets.letter(date, body)).stream()
                .filter(f -> f.startsWith("meeting ") || f.startsWith("reportsOn "))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> meetingsWithoutHead(String text) throws Exception {
        return Snippets.facts(text).stream().filter(f -> f.startsWith("meeting ") || f.startsWith("reportsOn "))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void formalCouncilWithDefenceInParenthesesAndAanstaande() throws Exception {
        assertEquals(Set.of("meeting meeting/fac-2019-11-12", "reportsOn meeting/fac-2019-11-12"), meetings("30 oktober 2019",
                "Op 12 november aanstaande vindt in Brussel de Raad Buitenlandse Zaken (Defensie) plaats."));
    }

    @Test
    void informalCouncilWithTheDefenceMinistersAfterItsName() throws Exception {
        assertEquals(Set.of("meeting meeting/fac-2022-03-04", "reportsOn meeting/fac-2022-03-04"), meetings("18 februari 2022",
                "Hierbij ontvangt u de geannoteerde agenda voor de informele Raad Buitenlandse Zaken met de Ministers "
                        + "van Defensie die op 3 en 4 maart 2022 in Brussel plaatsvindt."));
    }

    @Test
    void councilNamedByAcronymWhenItsParagraphNamesTheDefenceMinisters() throws Exception {
        Set<String> found = meetings("2 mei 2017", "Hierbij stuur ik u de agenda voor de RBZ van 18 mei aanstaande. "
                + "Die dag spreken de Ministers van Buitenlandse Zaken en van Defensie over de EU-missies.");
        assertEquals(Set.of("meeting meeting/fac-2017-05-18", "reportsOn meeting/fac-2017-05-18"), found);
    }

    @Test
    void councilOfForeignMinistersOnlyIsAnotherMeeting() throws Exception {
        Set<String> found = meetings("20 maart 2015", "Tijdens de Raad Buitenlandse Zaken van 16 maart jl. spraken de "
                + "ministers van Buitenlandse Zaken over sancties.");
        assertEquals(Set.of("meeting meeting/other-raad-buitenlandse-zaken-2015-03-16",
                "reportsOn meeting/other-raad-buitenlandse-zaken-2015-03-16"), found);
    }

    @Test
    void defensieraadVideoConferenceAndJumboCouncil() throws Exception {
        assertTrue(meetings("1 juni 2019", "Tijdens de Defensieraad van 21 mei jl. sprak ik over PESCO.")
                .contains("meeting meeting/fac-2019-05-21"));
        assertTrue(meetings("15 april 2020", "Tijdens de videoconferentie van de EU-ministers van Defensie op 9 april jl. "
                + "is gesproken over de crisis.").contains("meeting meeting/fac-2020-04-09"));
        assertTrue(meetings("2 mei 2016", "De Raad in jumbosamenstelling van 17 mei aanstaande bespreekt de strategie.")
                .contains("meeting meeting/fac-2016-05-17"));
    }

    @Test
    void sideMeetingsAreOtherMeetingsEachByItsName() throws Exception {
        Set<String> found = meetings("5 juni 2023", "Voorafgaand aan de Raad Buitenlandse Zaken (Defensie) van 14 juni "
                + "vindt de Steering Board van het Europees Defensieagentschap plaats. De Europese Raad van 29 en 30 juni "
                + "volgt later.");
        assertTrue(found.contains("meeting meeting/fac-2023-06-14"), found.toString());
        assertTrue(found.contains("meeting meeting/other-europese-raad-2023-06-30"), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("meeting meeting/other-steering-board")), found.toString());
    }

    @Test
    void natoForeignMinistersAndUnqualifiedMinistersByTheLettersOrganisation() throws Exception {
        Set<String> nato = meetingsWithoutHead("Hierbij informeer ik u over de NAVO-top die op 9 en 10 juli 2024 in "
                + "Washington plaatsvindt. Na de bijeenkomst van ministers van Defensie in Brussel op 13 en 14 juni jl. "
                + "en de bijeenkomst van de NAVO-ministers van Buitenlandse Zaken op 30 mei jl. is de agenda bekend.");
        assertTrue(nato.contains("meeting meeting/dmm-2024-06-14"), nato.toString());
        assertTrue(nato.contains("meeting meeting/nac-2024-05-30"), nato.toString());
        assertTrue(nato.contains("reportsOn meeting/summit-2024-07-10"), nato.toString());
        Set<String> eu = meetings("1 februari 2021", "De EU werkt aan een kompas. Tijdens de bijeenkomst van de ministers van "
                + "Defensie op 24 februari aanstaande bespreken de EU-lidstaten dit met de EU-instellingen.");
        assertTrue(eu.contains("meeting meeting/fac-2021-02-24"), eu.toString());
        Set<String> named = meetings("1 december 2011", "De EU en de lidstaten overleggen veel. De geannoteerde agenda van "
                + "de bijeenkomst van ministers van Buitenlandse Zaken van de NAVO van 7 en 8 december ligt bij u.");
        assertTrue(named.contains("meeting meeting/nac-2011-12-08"), named.toString());
    }

    @Test
    void meetingsNamedTogetherShareTheirDayAndEachKeepsItsOwnDate() throws Exception {
        Set<String> shared = meetings("20 februari 2023", "Op 13 februari jl. kwamen de UDCG en de NAVO-Oekraïne Raad bijeen.");
        assertTrue(shared.containsAll(Set.of("meeting meeting/udcg-2023-02-13", "meeting meeting/nuc-2023-02-13")),
                shared.toString());
        Set<String> three = meetings("20 maart 2021", "Op 3 maart 2021 vonden in Brussel bijeenkomsten plaats van de "
                + "NAVO-ministers van Defensie (DMM), de Ukraine Defence Contact Group (UDCG) en de Raad Buitenlandse Zaken "
                + "(RBZ) Defensie.");
        assertTrue(three.containsAll(Set.of("meeting meeting/dmm-2021-03-03", "meeting meeting/udcg-2021-03-03",
                "meeting meeting/fac-2021-03-03")), three.toString());
        Set<String> own = meetings("20 februari 2023", "Op 13 februari jl. vond de UDCG plaats en op 14 en 15 februari de DMM.");
        assertTrue(own.containsAll(Set.of("meeting meeting/udcg-2023-02-13", "meeting meeting/dmm-2023-02-15")), own.toString());
    }

    @Test
    void aSessionOnOneDayOfALongerMeetingIsOnThatDay() throws Exception {
        Set<String> found = meetings("1 juli 2023", "De NAVO-top vindt plaats van 10 tot en met 12 juli in Vilnius. "
                + "Op 12 juli wordt de top afgesloten met een zitting van de NAVO-Oekraïne Raad.");
        assertTrue(found.contains("meeting meeting/nuc-2023-07-12"), found.toString());
        assertTrue(found.contains("reportsOn meeting/summit-2023-07-12"), found.toString());
    }

    @Test
    void theDateOfALetterAboutAMeetingIsNotTheMeetingsDate() throws Exception {
        Set<String> found = meetings("1 december 2022", "Uw commissie vroeg naar de brief van 3 oktober 2022 over de Raad "
                + "Buitenlandse Zaken Defensie van 14 november 2022.");
        assertTrue(found.contains("meeting meeting/fac-2022-11-14"), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.contains("2022-10-03")), found.toString());
    }

    @Test
    void aLetterThatNamesNoMeetingOfItsOwnReportsOnNone() throws Exception {
        Set<String> found = meetings("3 maart 2025", "Hierbij bied ik u de jaarrapportage aan. Sinds de NAVO-top in Wales "
                + "geldt de norm van twee procent.");
        assertEquals(Set.of("meeting meeting/summit-wales"), found);
    }

    @Test
    void olderAndLooserNamesOfTheSameTypes() throws Exception {
        Set<String> nac = meetings("20 juni 2009", "Op 11 en 12 juni jl. kwam de Noord-Atlantische Raad (NAR) in de "
                + "samenstelling van ministers van Defensie bijeen.");
        assertTrue(nac.contains("meeting meeting/dmm-2009-06-12"), nac.toString());
        Set<String> razeb = meetings("2 mei 2008", "Op 13 mei aanstaande komt de RAZEB bijeen, met de ministers van Defensie.");
        assertTrue(razeb.contains("meeting meeting/fac-2008-05-13"), razeb.toString());
        Set<String> ministerial = meetings("30 januari 2026", "De NAVO Defensie Ministeriële van 11 en 12 februari bespreekt "
                + "de plannen.");
        assertTrue(ministerial.contains("meeting meeting/dmm-2026-02-12"), ministerial.toString());
    }

    @Test
    void theTitleOrTheOpeningsMeetingWithADayIsTheLettersOwnEvenWithoutAYear() throws Exception {
        Set<String> titled = meetingsWithoutHead("Verslag bijeenkomst NAVO-ministers van Defensie in Rome\n\n"
                + "De ministers spraken over de missie. De Navo-Raad besprak ook de begroting.");
        assertTrue(titled.contains("reportsOn meeting/dmm-rome"), titled.toString());
        Set<String> opening = meetingsWithoutHead("Zoals gevraagd voor ministeriële bijeenkomsten van de Navo-Raad bericht "
                + "ik u over de agenda: op 3 en 4 mei aanstaande komen de NAVO-ministers van Defensie in Rome bijeen.");
        assertTrue(opening.contains("reportsOn meeting/dmm-rome"), opening.toString());
    }

    @Test
    void textThatNamesNoMeetingYieldsNone() throws Exception {
        assertEquals(Set.of(), meetings("1 mei 2023", "De ministers van Defensie van Finland en Zweden waren aanwezig. "
                + "Dit onderwerp staat aan de top van de agenda. De Raad van State adviseerde positief. "
                + "De minister van Buitenlandse Zaken stuurde een brief. Het kabinet top-3 van prioriteiten is bekend."));
    }

    @Test
    void ministerialNatoMeetingsByTheirShortNames() throws Exception {
        Set<String> before = meetings("2 november 2008", "Tijdens de ministeriële NAVO-bijeenkomst in Brussel op 9 en 10 "
                + "oktober 2008 spraken de ministers over Afghanistan.");
        assertTrue(before.contains("meeting meeting/dmm-2008-10-10"), before.toString());
        Set<String> after = meetings("1 juni 2011", "Op de NAVO-ministeriële te Brussel van 8 en 9 juni wordt gesproken "
                + "over Libië.");
        assertTrue(after.contains("meeting meeting/dmm-2011-06-09"), after.toString());
    }

    @Test
    void aGatheringOfABodyThatMeetsIsAnotherMeetingNamedByIt() throws Exception {
        Set<String> found = meetings("20 april 2019", "Op 3 mei aanstaande vindt in Stockholm de ministeriële bijeenkomst "
                + "van de Joint Expeditionary Force plaats.");
        assertTrue(found.contains("meeting meeting/other-joint-expeditionary-force-2019-05-03"), found.toString());
    }

    @Test
    void anOfficeNamedAfterABodyIsNoMeeting() throws Exception {
        assertEquals(Set.of(), meetings("5 maart 2024", "De minister sprak met de voorzitter van de Europese Raad en met de "
                + "president van de Europese Commissie over de steun aan Oekraïne."));
    }

    @Test
    void anAliasInParenthesesAfterAMeetingIsThatMeeting() throws Exception {
        Set<String> found = meetings("2 mei 2016", "Op 17 mei aanstaande zal de Raad Buitenlandse Zaken (RBZ) met de "
                + "Ministers van Defensie (RBZ Defensie) worden gehouden in Brussel.");
        assertEquals(Set.of("meeting meeting/fac-2016-05-17", "reportsOn meeting/fac-2016-05-17"), found);
    }

    @Test
    void acronymsInTheCapitalisedFormOfOlderLettersCount() throws Exception {
        Set<String> f = Snippets.facts(Snippets.letter("20 oktober 2009", "Op 8 en 9 oktober jl. kwamen de ministers van "
                + "Defensie in Bratislava bijeen. De Navo besprak de voortgang van Isaf en Kfor; de Navo-landen zijn "
                + "het eens. Ook de EU was aanwezig."));
        assertTrue(f.contains("meeting meeting/dmm-2009-10-09"), f.toString());
        assertTrue(f.contains("mission mission/isaf") && f.contains("mission mission/kfor"), f.toString());
    }
}
