package org.w3id.dmmkg.loader.internal.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.util.Values;
import org.junit.jupiter.api.Test;
import org.w3id.dmmkg.loader.Snippets;
import org.w3id.dmmkg.loader.vocab.DMM;

/**
 * Commitments as letters phrase them beyond "Nederland levert": contributions past and future,
 * as nouns, deployments, pledges with amounts, the cabinet or the minister as agent; and the
 * sentences that look alike but commit to nothing.
 */
class CommitmentFormsTest {
    @Test
    void contributionsPastAndFutureAndDeployments() {
        assertTrue(CommitmentLanguage.isCommitment("Nederland leverde in 2019 een fregat aan de Standing NATO Maritime Group."));
        assertTrue(CommitmentLanguage.isCommitment("Vorig jaar heeft Nederland vier F-35's ingezet voor de luchtverdediging."));
        assertTrue(CommitmentLanguage.isCommitment("Nederland nam met een mijnenjager deel aan de oefening."));
        assertTrue(CommitmentLanguage.isCommitment("Nederland zal in 2027 ruim 3 miljard euro aan Defensie besteden."));
        assertTrue(CommitmentLanguage.isCommitment("Het kabinet heeft 150 miljoen euro gereserveerd voor munitie."));
        assertTrue(CommitmentLanguage.isCommitment("Nederland sloot zich in maart aan bij het drone-initiatief van Letland."));
        assertTrue(CommitmentLanguage.isCommitment("Ik heb een intentieverklaring ondertekend over gezamenlijke inkoop."));
        assertTrue(CommitmentLanguage.isCommitment("In het laatste kwartaal maakte Nederland 400 miljoen euro vrij voor drones."));
        assertTrue(CommitmentLanguage.isCommitment("Nederland heeft inmiddels voor 300 miljoen euro aan munitie geregeld."));
        assertTrue(CommitmentLanguage.isCommitment("Het kabinet zendt in mei een team van twintig militairen uit."));
        assertFalse(CommitmentLanguage.isCommitment("Nederland maakt het voor bondgenoten vrij eenvoudig om aan te sluiten."),
                "'vrij' as 'quite' frees no money");
    }

    @Test
    void theCabinetWithAnAdjectiveAndAProposalItFollows() {
        assertTrue(CommitmentLanguage.isCommitment("Het nieuwe kabinet volgt het advies van de commissie om de reservisten uit te breiden."));
        assertTrue(CommitmentLanguage.isCommitment("Het huidige kabinet geeft in 2027 2,4% van het bbp uit aan Defensie."));
    }

    @Test
    void aDutchContributionNamedAsANoun() {
        assertTrue(CommitmentLanguage.isCommitment("De Kamer ontvangt bericht over de afgeronde inzet van drie Nederlandse "
                + "mariniers in de haven van Beira."));
        assertTrue(CommitmentLanguage.isCommitment("Ook de Nederlandse bijdrage aan de missie in de Rode Zee loopt door."));
        assertFalse(CommitmentLanguage.isCommitment("Het kabinet wil eerst duidelijkheid over de wenselijkheid van een "
                + "Nederlandse bijdrage aan de operatie."), "an indefinite contribution may be only considered");
        assertFalse(CommitmentLanguage.isCommitment("Uw Kamer vroeg naar de Nederlandse inzet voor de top."),
                "the Dutch position for a meeting is no contribution");
    }

    @Test
    void thanksStressWishesAndTheLetterItselfCommitToNothing() {
        assertFalse(CommitmentLanguage.isCommitment("Nederland bedankte Polen voor de geleverde steun."));
        assertFalse(CommitmentLanguage.isCommitment("Nederland ziet graag dat meer landen munitie leveren."));
        assertFalse(CommitmentLanguage.isCommitment("Het kabinet verwelkomde de besluiten over de levering van luchtverdediging."));
        assertFalse(CommitmentLanguage.isCommitment("Deze brief sluit aan bij de toezegging aan uw Kamer over de steun."));
        assertFalse(CommitmentLanguage.isCommitment("In deze geannoteerde agenda wordt ingegaan op de Nederlandse bijdrage aan "
                + "de operatie."));
        assertFalse(CommitmentLanguage.isCommitment("Tevens informeer ik u over de Nederlandse bijdrage aan de trainingsmissie."));
    }

    @Test
    void theWriterAnnouncingWhatTheLetterTreatsCommitsToNothing() {
        assertFalse(CommitmentLanguage.isCommitment("Verder zal ik ook aandacht besteden aan de punten die in juni op de "
                + "agenda van de top staan."));
        assertFalse(CommitmentLanguage.isCommitment("Tot slot zal ik in deze brief ingaan op de plannen voor het komende "
                + "voorzitterschap."));
        assertFalse(CommitmentLanguage.isCommitment("Hieronder ga ik eerst in op de stand van zaken rond de missie."));
        assertTrue(CommitmentLanguage.isCommitment("Nederland zal in 2026 vijftig miljoen euro besteden aan de inkoop van munitie."),
                "spending money is no announcement of the text");
    }

    @Test
    void aDecisionNamedAsANounIsNoAct() {
        assertFalse(CommitmentLanguage.isCommitment("Wij zien het besluit over de hervorming van de agentschappen als een "
                + "belangrijk resultaat."));
        assertFalse(CommitmentLanguage.isCommitment("Ik verwacht een formeel besluit over het pakket in het voorjaar."));
        assertTrue(CommitmentLanguage.isCommitment("Het kabinet besluit de bijdrage aan de missie met een jaar te verlengen."));
        assertTrue(CommitmentLanguage.isCommitment("Nederland besluit om twee helikopters uit te zenden."));
    }

    @Test
    void theLetterInformingOfADecisionToContributeReportsACommitment() {
        assertTrue(CommitmentLanguage.isCommitment("Ook informeer ik u over het besluit een Nederlandse bijdrage te leveren "
                + "aan de maritieme coalitie in de Golf."));
        assertTrue(CommitmentLanguage.isCommitment("Met deze brief informeer ik u over het besluit om een Nederlandse "
                + "bijdrage te leveren aan de trainingsmissie."));
        assertFalse(CommitmentLanguage.isCommitment("In deze brief informeer ik u over het besluit van de Raad over de "
                + "sancties."), "a decision of others to nothing the Netherlands does");
    }

    @Test
    void aDutchContributionWithTheMeansItTakes() {
        assertTrue(CommitmentLanguage.isCommitment("Daarnaast meld ik de Nederlandse bijdrage met een fregat aan de "
                + "oefening in de Oostzee."));
    }

    @Test
    void aSentenceAboutTheLetterMayReportACommitmentInAClauseOfItsOwn() {
        assertTrue(CommitmentLanguage.isCommitment("Deze brief bouwt voort op eerdere brieven, waarin is gemeld dat Nederland "
                + "in 2026 twee fregatten levert."));
    }

    @Test
    void aCommitmentConcernsTheCountryItIsForAndItsAmountIsTyped() throws Exception {
        Model m = Snippets.model(Snippets.letter("2 februari 2024", "Nederland stelt in 2024 nog eens 250 miljoen euro "
                + "beschikbaar voor militaire steun aan Oekraïne. Het kabinet traint ook Oekraïense mariniers."));
        Resource first = commitment(m, "250 miljoen");
        assertTrue(m.contains(first, DMM.concerns, Values.iri(DMM.ID + "country/ua")), m.filter(first, null, null).toString());
        Literal euro = (Literal) m.filter(first, DMM.amountEuro, null).objects().iterator().next();
        assertTrue(euro.decimalValue().compareTo(new BigDecimal("250000000")) == 0);
        assertTrue(m.contains(commitment(m, "mariniers"), DMM.concerns, Values.iri(DMM.ID + "country/ua")));
    }

    @Test
    void aShareOfGdpWithoutVanHet() throws Exception {
        Model m = Snippets.model(Snippets.letter("2 februari 2024", "Het kabinet geeft in 2026 2,2% bbp uit aan Defensie."));
        Literal gdp = (Literal) m.filter(null, DMM.gdpSharePercent, null).objects().iterator().next();
        assertTrue(gdp.decimalValue().compareTo(new BigDecimal("2.2")) == 0);
    }

    private static Resource commitment(Model m, String words) {
        return m.filter(null, DMM.quote, null).stream().filter(st -> st.getObject().stringValue().contains(words))
                .map(st -> st.getSubject()).findFirst().orElseThrow(() -> new AssertionError("no commitment with " + words
                        + " in " + m.filter(null, DMM.quote, null)));
    }
}
