package org.w3id.dmmkg.loader.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3id.dmmkg.loader.Snippets;

/**
 * Letter types from what a letter says about itself, on invented snippets: a committee's paper
 * is a brief whatever report words it holds, report and agenda words count when they are about
 * the letter, and an undated letter takes its type from the tense of its meeting's date.
 */
class LetterTypeTest {
    private static String type(String text) throws Exception {
        Set<String> types = Snippets.facts(text).stream().filter(f -> f.startsWith("type ")).collect(Collectors.toSet());
        assertEquals(1, types.size(), types.toString());
        return types.iterator().next().substring(5);
    }

    @Test
    void aCommitteePaperIsABriefWhateverReportWordsItHolds() throws Exception {
        assertEquals("brief", type("Vastgesteld 17 november 2011\n\nDe vaste commissie voor Defensie heeft op 27 oktober "
                + "2011 overleg gevoerd met minister Hillen over de brief inzake het verslag van de informele bijeenkomst "
                + "van de NAVO-ministers van Defensie in Brussel op 5 en 6 oktober 2011.\n\nVan het overleg brengt de "
                + "commissie bijgaand geredigeerd woordelijk verslag uit.\n\nDe voorzitter van de commissie,\nVan Dijk\n\n"
                + "De griffier van de commissie,\nDe Lange\n"));
        assertEquals("brief", type("De algemene commissie voor Europese Zaken heeft de minister vragen gesteld over het "
                + "verslag van de Defensieraad van 14 mei 2013.\n\nHierbij bied ik u het verslag aan.\n"));
    }

    @Test
    void reportWordsCountOnlyWhenTheyAreAboutTheLetter() throws Exception {
        assertEquals("brief", type(Snippets.letter("3 maart 2014", "Hierbij ontvangt u de reactie op het verslag van de "
                + "Algemene Rekenkamer over de uitgaven aan internationale operaties.")));
        assertEquals("verslag", type(Snippets.letter("3 maart 2014", "Hierbij bied ik u, mede namens de minister van "
                + "Buitenlandse Zaken, het verslag aan van de bijeenkomst van de NAVO-ministers van Defensie.")));
        assertEquals("verslag", type(Snippets.letter("3 maart 2014", "De ministers spraken over de missies. In deze "
                + "brief informeer ik u over het verloop van de bijeenkomst van de EU-ministers van Defensie.")));
        assertEquals("verslag", type("Datum 4 maart 2014\nBetreft Verslag informele Defensieraad Athene\n\nDe ministers "
                + "spraken over de missies.\n"));
    }

    @Test
    void anAgendaSaysItInformsOfTheAgendaInOtherWords() throws Exception {
        assertEquals("geannoteerde-agenda", type(Snippets.letter("20 september 2011", "Conform de wens van uw Kamer om "
                + "voor de bijeenkomst te worden geïnformeerd over de agenda en de inzet van het kabinet, bericht ik u dat "
                + "de NAVO-ministers van Defensie op 5 en 6 oktober aanstaande in Brussel bijeenkomen.")));
    }

    @Test
    void anUndatedLetterTakesItsTypeFromTheTenseOfItsMeetingsDate() throws Exception {
        assertEquals("geannoteerde-agenda", type("Op 3 en 4 maart aanstaande komen de NAVO-ministers van Defensie in "
                + "Brussel bijeen. De ministers spreken over de missies.\n"));
        assertEquals("verslag", type("In Brussel kwamen de NAVO-ministers van Defensie op 9 en 10 oktober jl. bijeen. "
                + "De ministers spraken over de missies.\n"));
    }

    @Test
    void answersInTheBodyLeaveAnAgendaAnAgenda() throws Exception {
        assertEquals("geannoteerde-agenda", type(Snippets.letter("2 mei 2013", "Hierbij ontvangt u de geannoteerde agenda "
                + "voor de Defensieraad van 14 mei aanstaande. Deze brief bevat tevens de antwoorden op vragen van de leden "
                + "van de commissie over de EU-missies.")));
    }

    @Test
    void aMentionOfTheAgendaInAReportLeavesItAReport() throws Exception {
        assertEquals("verslag", type(Snippets.letter("25 mei 2013", "Op 14 mei jl. kwamen de EU-ministers van Defensie "
                + "in Brussel bijeen. Zoals gemeld in de geannoteerde agenda van 2 mei spraken zij over de missies.")));
    }
}
