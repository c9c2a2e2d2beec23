package org.w3id.dmmkg.loader.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.w3id.dmmkg.loader.Snippets;
import org.w3id.dmmkg.loader.vocab.DMM;

/** Names no list knows, on invented names; and sentences that must yield no discovery. */
class NameDiscoveryTest {
    private static Set<String> discovered(String body) throws Exception {
        return Snippets.facts(Snippets.letter("1 maart 2024", body)).stream().filter(f -> f.endsWith(" discovered"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void anEnglishNameInsideADutchSentenceTypedByItsLastWord() throws Exception {
        assertEquals(Set.of("initiative initiative/arctic-resilience-fund discovered"),
                discovered("De steun loopt via het Arctic Resilience Fund van de bondgenoten."));
        assertEquals(Set.of("mission mission/northern-shield-operation discovered"),
                discovered("Twee fregatten varen mee in de Northern Shield Operation bij Noorwegen."));
    }

    @Test
    void anEnglishNameKeepsTheWordsAfterItsHeadWord() throws Exception {
        assertEquals(Set.of("initiative initiative/roadmap-on-energy-and-climate-security discovered"),
                discovered("Het Roadmap on Energy and Climate Security van 3 maart jl. is aangenomen."));
        assertEquals(Set.of("initiative initiative/baltic-shield-plan discovered"),
                discovered("Het Baltic Shield Plan voor de regio is aangenomen."), "a Dutch word after the name is no part of it");
    }

    @Test
    void aMissionWithItsAcronymAndPlaceAfterADutchCompound() throws Exception {
        Model m = Snippets.model(Snippets.letter("1 maart 2024", "Nederland draagt bij aan de EU-adviesmissie (EUAM) "
                + "Moldavië met drie experts."));
        var mission = Values.iri(DMM.ID + "mission/euam-moldavie");
        assertTrue(m.contains(mission, DMM.discovered, null), m.filter(null, DMM.discovered, null).toString());
        assertTrue(m.contains(mission, SKOS.ALT_LABEL, Values.literal("EU-adviesmissie Moldavië")));
    }

    @Test
    void aLedOperationAndALedInitiative() throws Exception {
        Set<String> found = discovered("Nederland neemt deel aan de VS-geleide Sentinel Guard in de Golf. Ook het door "
                + "Estland geleide Baltic Cyber Initiative krijgt steun.");
        assertTrue(found.contains("mission mission/sentinel-guard discovered"), found.toString());
        assertTrue(found.contains("initiative initiative/baltic-cyber-initiative discovered"), found.toString());
    }

    @Test
    void aNameAndItsAcronymOrADutchGlossWithTheEnglishName() throws Exception {
        assertTrue(discovered("Bondgenoten steunen het Joint Logistics Support Programme (JLSP).")
                .contains("initiative initiative/joint-logistics-support-programme discovered"));
        assertTrue(discovered("Het gaat om gezamenlijke inkoop van munitie via een Europees programma (Ammo Pool Europe).")
                .contains("initiative initiative/ammo-pool-europe discovered"));
    }

    @Test
    void sentencesThatNameNothingNewYieldNoDiscovery() throws Exception {
        assertEquals(Set.of(), discovered("De Raad sprak met de Hoge Vertegenwoordiger (HV) en het European Union "
                + "Satellite Centre (SatCen). Het Trial Run Report van het Europees Defensie Agentschap (EDA) ligt er. "
                + "Nederland zet de missie in het Midden-Oosten voort. De operatie in de regio is afgerond. "
                + "Het Budget Internationale Veiligheid (BIV) dekt de kosten. De Nederlandse inzet (zie bijlage) volgt."));
    }
}
