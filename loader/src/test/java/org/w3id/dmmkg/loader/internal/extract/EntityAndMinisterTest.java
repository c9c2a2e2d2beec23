package org.w3id.dmmkg.loader.internal.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3id.dmmkg.loader.Snippets;

class EntityAndMinisterTest {
    private static Set<String> facts(String body) throws Exception {
        return Snippets.facts(Snippets.letter("1 maart 2024", body));
    }

    @Test
    void findsVocabularyMissionsByEveryAlias() throws Exception {
        Set<String> f = facts("De NAVO-missie in Irak en KFOR in Kosovo zijn besproken, evenals Operation Inherent Resolve.");
        assertTrue(f.contains("mission mission/nato-mission-iraq") && f.contains("mission mission/kfor")
                && f.contains("mission mission/operation-inherent-resolve"), f.toString());
    }

    @Test
    void completesCoordinatedCompounds() throws Exception {
        Set<String> f = facts("Landen bespraken de voortgang van de ontmijning-, IT- en tank-coalities.");
        assertTrue(f.contains("initiative initiative/demining-coalition") && f.contains("initiative initiative/it-coalition")
                && f.contains("initiative initiative/tank-coalition"), f.toString());
    }

    @Test
    void discoversAnOperationTheVocabularyDoesNotKnow() throws Exception {
        Set<String> f = facts("Nederland levert een bijdrage aan Operatie Noordlicht in de Noordzee.");
        assertTrue(f.contains("mission mission/noordlicht discovered"), f.toString());
    }

    @Test
    void discoversAnInitiativeNamedWithItsAcronym() throws Exception {
        Set<String> f = facts("De bondgenoten namen het Baltic Drone Wall Initiative (BDWI) aan.");
        assertTrue(f.contains("initiative initiative/baltic-drone-wall-initiative discovered"), f.toString());
    }

    @Test
    void acronymOfAnOrganisationIsNoInitiative() throws Exception {
        Set<String> f = facts("De kosten komen uit het Budget Internationale Veiligheid (BIV).");
        assertFalse(f.stream().anyMatch(x -> x.startsWith("initiative")), f.toString());
    }

    @Test
    void ministerByAdjectiveAndPortfolio() throws Exception {
        Set<String> f = facts("Bondgenoten spraken met de Oekraïense Minister van Defensie over de steun.");
        assertTrue(f.contains("minister minister/ua-defensie"), f.toString());
    }

    @Test
    void ministersOfSeveralCountriesAreOneEach() throws Exception {
        Set<String> f = facts("Aanwezig waren de ministers van Defensie van Finland, Zweden en Georgië.");
        assertTrue(f.contains("minister minister/fi-defensie") && f.contains("minister minister/se-defensie")
                && f.contains("minister minister/ge-defensie"), f.toString());
    }

    @Test
    void namedMinisterNotInTheVocabularyGetsAnIriFromTheSurname() throws Exception {
        Set<String> f = facts("De Noorse minister van Defensie Kari Nordmann opende de sessie.");
        assertTrue(f.contains("minister minister/nordmann"), f.toString());
    }

    @Test
    void officialsAreNotMinisters() throws Exception {
        Set<String> f = facts("De SG NAVO, SACEUR en de president van Oekraïne spraken. De EU Hoge Vertegenwoordiger was er ook.");
        assertTrue(f.stream().filter(x -> x.startsWith("minister")).allMatch(x -> x.equals("minister minister/ollongren")),
                f.toString());
    }

    @Test
    void portfoliosAreTheMinistriesOfTheVocabulary() throws Exception {
        Set<String> f = facts("De Franse minister van Binnenlandse Zaken en de minister voor Buitenlandse Handel en "
                + "Ontwikkelingssamenwerking spraken met de Duitse minister van Financiën. De minister van Sport opende het toernooi.");
        assertTrue(f.contains("minister minister/fr-binnenlandse-zaken") && f.contains("minister minister/de-financien"),
                f.toString());
        assertFalse(f.stream().anyMatch(x -> x.contains("sport")), "a portfolio no ministry has: " + f);
    }

    @Test
    void ministersNamedByCountryAloneHoldThePortfolioOfTheirMeeting() throws Exception {
        Set<String> f = facts("Op 20 en 21 februari kwamen de NAVO-ministers van Defensie in Brussel bijeen, in aanwezigheid "
                + "van de ministers van Georgië en Moldavië.");
        assertTrue(f.contains("minister minister/ge-defensie") && f.contains("minister minister/md-defensie"), f.toString());
        Set<String> foreign = facts("Op 4 april vergaderden de NAVO-ministers van Buitenlandse Zaken in Brussel. Ook de "
                + "minister van Japan was aanwezig.");
        assertTrue(foreign.contains("minister minister/jp-buitenlandse-zaken"), foreign.toString());
    }

    @Test
    void ministersNamedByCountryAloneWithoutAMeetingAreLeftOut() throws Exception {
        Set<String> f = facts("De ministers van Noorwegen en Denemarken schreven een gezamenlijk artikel over de Arctis.");
        assertFalse(f.stream().anyMatch(x -> x.startsWith("minister minister/no") || x.startsWith("minister minister/dk")),
                f.toString());
    }

    @Test
    void aShortFormDefinedWithHiernaNamesWhatTheLongFormNamed() throws Exception {
        org.eclipse.rdf4j.model.Model m = Snippets.model(Snippets.letter("3 april 2025", "Op 19 maart presenteerden de "
                + "Commissie en de Hoge Vertegenwoordiger het Witboek van de Commissie over de toekomst van de "
                + "EU-defensiesamenwerking (hierna: Witboek). Het kabinet bestudeert het Witboek. Het witboek gaat over "
                + "paraatheid."));
        var paper = org.eclipse.rdf4j.model.util.Values.iri(org.w3id.dmmkg.loader.vocab.DMM.ID
                + "initiative/white-paper-european-defence");
        assertTrue(m.filter(null, org.w3id.dmmkg.loader.vocab.OA.hasBody, paper).size() == 3, m.toString());
    }

    @Test
    void aShortFormWhoseLongFormNoEntrySpellsOutNamesNothing() throws Exception {
        Set<String> f = facts("De Commissie presenteerde het Witboek over de toekomst van Europa (hierna: Witboek). Het "
                + "Witboek bevat vijf scenario's.");
        assertFalse(f.stream().anyMatch(x -> x.startsWith("initiative")), f.toString());
    }
}
