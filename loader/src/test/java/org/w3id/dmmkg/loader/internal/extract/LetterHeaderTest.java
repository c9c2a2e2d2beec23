package org.w3id.dmmkg.loader.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3id.dmmkg.loader.Snippets;

class LetterHeaderTest {
    @Test
    void readsDateFromDatumLineAndReferenceFromOnzeReferentie() throws Exception {
        Set<String> f = Snippets.facts("Datum 22 juni 2022\nBetreft Verslag\n\nOnze referentie\nBS2022015117\n\nTekst.\n");
        assertTrue(f.contains("date 2022-06-22"), f.toString());
        var m = Snippets.model("Datum 22 juni 2022\n\nOnze referentie\nBS2022015117\n\nTekst.\n");
        assertTrue(m.toString().contains("BS2022015117"));
    }

    @Test
    void readsOwnNumberFromStackedDossiers() throws Exception {
        Set<String> f = Snippets.facts("36 045 Situatie in Oekraïne\n\n28 676 NAVO\n\n"
                + "Nr. 467 BRIEF VAN DE MINISTER VAN DEFENSIE\n\nDen Haag, 1 maart 2024\n\nTekst.\n");
        assertTrue(f.contains("publishedAs kamerstuk/36045-467"), f.toString());
    }

    @Test
    void readsSignerWithParticleAndTitle() throws Exception {
        Set<String> f = Snippets.facts("Den Haag, 12 juni 2008\n\nTekst.\n\nDe Minister van Defensie,\n\ndrs. E. van Middelkoop\n");
        assertTrue(f.contains("creator E. van Middelkoop"), f.toString());
        assertTrue(f.contains("minister minister/van-middelkoop"), f.toString());
    }

    @Test
    void readsBothSignersOfAJointLetter() throws Exception {
        Set<String> f = Snippets.facts("Den Haag, 1 mei 2023\n\nTekst.\n\nDe Minister van Buitenlandse Zaken,\n\nW.B. Hoekstra\n\n"
                + "De Minister van Defensie,\n\nK.H. Ollongren\n");
        assertTrue(f.contains("creator W.B. Hoekstra") && f.contains("creator K.H. Ollongren"), f.toString());
    }

    @Test
    void officialWithoutMinisterTitleIsNoCreator() throws Exception {
        Set<String> f = Snippets.facts("Aanleiding\nTekst over de DMM.\n\nDE DIRECTEUR-GENERAAL BELEID\n");
        assertFalse(f.stream().anyMatch(x -> x.startsWith("creator")), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.startsWith("date")), f.toString());
    }

    @Test
    void classifiesLetterTypes() throws Exception {
        assertTrue(Snippets.facts(Snippets.letter("30 september 2022", "Op 12 en 13 oktober komen de NAVO-Ministers van "
                + "Defensie in Brussel bijeen. In deze brief informeer ik uw Kamer over de agenda voor deze bijeenkomst."))
                .contains("type geannoteerde-agenda"));
        assertTrue(Snippets.facts(Snippets.letter("25 oktober 2023", "Op 11 en 12 oktober vond in Brussel een bijeenkomst "
                + "plaats van de NAVO-Ministers van Defensie (DMM).")).contains("type verslag"));
        assertTrue(Snippets.facts("Aanleiding\nOp 15 en 16 juni 2023 komen de NAVO-ministers van Defensie bijeen.\n\n"
                + "Geadviseerd besluit\nUw akkoord.\n").contains("type nota"));
        assertEquals(Set.of("type brief"), Snippets.facts(Snippets.letter("1 mei 2023", "Hierbij bied ik u de "
                + "jaarrapportage aan.")).stream().filter(x -> x.startsWith("type")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void readsOwnNumberWhenTheTitleStandsOnTheNextLine() throws Exception {
        Set<String> f = Snippets.facts("Tweede Kamer der Staten-Generaal | 2 |\nVergaderjaar 2016-2017 |\n"
                + "21 501-28 Defensieraad\nNr. 151\nBRIEF VAN DE MINISTERS VAN DEFENSIE EN VAN BUITENLANDSE ZAKEN\n"
                + "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 3 mei 2017\n"
                + "Hierbij bieden wij u de stand van zaken aan.\n");
        assertTrue(f.contains("publishedAs kamerstuk/21501-28-151"), f.toString());
        assertTrue(f.contains("date 2017-05-03"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.startsWith("meeting")), "the dossier's title is no meeting: " + f);
    }

    @Test
    void committeeReportOfAWrittenConsultationIsABriefDatedWhenAdopted() throws Exception {
        Set<String> f = Snippets.facts("21 501-28 Defensieraad\nNr. 240 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n"
                + "Vastgesteld 7 maart 2019\nDe vaste commissie voor Defensie heeft vragen voorgelegd over de brief van "
                + "20 februari 2019 inzake het verslag van de Raad (Kamerstuk 21 501-28, nr. 239).\n"
                + "De voorzitter van de commissie,\nJansen\nAdjunct-griffier van de commissie,\nPieters\n");
        assertTrue(f.contains("type brief"), f.toString());
        assertTrue(f.contains("date 2019-03-07"), f.toString());
        assertTrue(f.contains("cites kamerstuk/21501-28-239"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.startsWith("creator")), "a committee is no minister: " + f);
    }

    @Test
    void answersToQuestionsAreABrief() throws Exception {
        Set<String> f = Snippets.facts(Snippets.letter("4 april 2016", "Hierbij ontvangt u de antwoorden op de "
                + "schriftelijke vragen over de geannoteerde agenda voor de bijeenkomst van de NAVO-ministers van Defensie "
                + "van 14 en 15 juni."));
        assertTrue(f.contains("type brief"), f.toString());
    }

    @Test
    void readsTheOfficeAndNameOnOneLine() throws Exception {
        Set<String> f = Snippets.facts("Den Haag, 2 juni 2010\n\nHierbij bied ik u het verslag aan.\n\n"
                + "De minister van Defensie, E. van Middelkoop\n\nAgenda\n\nDe ministers spraken over de begroting.\n");
        assertTrue(f.contains("creator E. van Middelkoop"), f.toString());
    }

    @Test
    void aLetterThatInformsAboutTheAgendaMedeNamensOthersIsAnAgenda() throws Exception {
        Set<String> f = Snippets.facts("Hierbij informeer ik u, mede namens de minister van Defensie, over de agenda van "
                + "de NAVO-top die op 8 en 9 juli 2016 in Warschau wordt gehouden.\n");
        assertTrue(f.contains("type geannoteerde-agenda"), f.toString());
    }

    @Test
    void aLetterThatNamesItsMeetingOnlyFurtherOnIsABrief() throws Exception {
        Set<String> f = Snippets.facts(Snippets.letter("2 juni 2016", "Het bondgenootschap staat voor grote opgaven.\n\n"
                + "Het kabinet steunt daarom de plannen die op de NAVO-top in Warschau op 8 en 9 juli worden besproken."));
        assertTrue(f.contains("type brief"), f.toString());
        assertTrue(f.contains("reportsOn meeting/summit-2016-07-09"), f.toString());
    }

    @Test
    void readsAnOlderHeaderWithTheDossierAndItsTitleOnTwoLines() throws Exception {
        Set<String> f = Snippets.facts("28 676\nNAVO\n\nnr. 97\nVERSLAG VAN EEN ALGEMEEN OVERLEG\n\nVastgesteld 2 maart 2010\n\n"
                + "De vaste commissie voor Defensie heeft overleg gevoerd over de brief van 6 februari 2010 met de geannoteerde "
                + "agenda voor de formele bijeenkomst van NAVO-ministers van Defensie op 25/26 februari 2010 in Rome.\n");
        assertTrue(f.contains("publishedAs kamerstuk/28676-97"), f.toString());
        assertTrue(f.contains("type brief") && f.contains("date 2010-03-02"), f.toString());
        assertTrue(f.contains("meeting meeting/dmm-2010-02-26"), f.toString());
    }

    @Test
    void readsALetterHeadRenderedAsAPipeTable() throws Exception {
        String letter = "| | |\n|---|---|\n| Datum | 12 oktober 2021 | Onze referentie | BS2021123456 |\n"
                + "| Betreft | Geannoteerde Agenda Informele Defensieraad Ljubljana |\n\nOp 21 en 22 oktober aanstaande komen "
                + "de EU-ministers van Defensie bijeen in Ljubljana.\n\nDe Minister van Defensie,\n\ndrs. A. Bakker\n";
        Set<String> f = Snippets.facts(letter);
        assertTrue(f.contains("date 2021-10-12") && f.contains("type geannoteerde-agenda"), f.toString());
        assertTrue(Snippets.model(letter).toString().contains("\"BS2021123456\""), "the reference from its cell");
        assertFalse(f.stream().anyMatch(x -> x.startsWith("initiative")), "letter structure is no name: " + f);
    }
}
