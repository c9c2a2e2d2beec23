package org.w3id.dmmkg.loader.internal.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.junit.jupiter.api.Test;
import org.w3id.dmmkg.loader.Snippets;
import org.w3id.dmmkg.loader.vocab.DMM;

class CommitmentExtractorTest {
    @Test
    void contributionContinuationAnnouncementAndIntentCommit() {
        assertTrue(CommitmentLanguage.isCommitment("Nederland levert sinds september 2022 een bijdrage aan operatie Interflex."));
        assertTrue(CommitmentLanguage.isCommitment("In 2024 zet Nederland deze bijdrage voort met vier rotaties."));
        assertTrue(CommitmentLanguage.isCommitment("Nederland kondigde tijdens de werksessie aan dat drie Reapers bijdragen."));
        assertTrue(CommitmentLanguage.isCommitment("Nederland sprak de intentie uit deel te nemen aan de coalitie."));
        assertTrue(CommitmentLanguage.isCommitment("Zo steunt Nederland actief het Duitse initiatief."));
        assertTrue(CommitmentLanguage.isCommitment("Het kabinet onderzoekt de mogelijkheid van een bijdrage aan NMI."));
        assertTrue(CommitmentLanguage.isCommitment("Nederland zal verder werken aan de uitwerking van deze voorstellen."));
    }

    @Test
    void stressingWelcomingAndThankingDoNotCommit() {
        assertFalse(CommitmentLanguage.isCommitment("Nederland benadrukte het belang van snelheid."));
        assertFalse(CommitmentLanguage.isCommitment("Het kabinet verwelkomt de ondertekening van het protocol."));
        assertFalse(CommitmentLanguage.isCommitment("Nederland bedankte het VK voor de troepen."));
        assertFalse(CommitmentLanguage.isCommitment("Bondgenoten, waaronder Nederland, onderstreepten de steun aan Oekraïne."));
        assertFalse(CommitmentLanguage.isCommitment("Tot slot benadrukten landen, waaronder Nederland, dat het nodig zal zijn."));
    }

    @Test
    void commitmentConcernsTheMissionOfItsSectionHeading() throws Exception {
        Model m = Snippets.model(Snippets.letter("25 oktober 2023", "Operatie Interflex\n\nOok in 2024 zet Nederland de "
                + "trainingen voort met vier rotaties van elk circa negentig militairen."));
        var commitment = m.filter(null, DMM.quote, null).subjects().iterator().next();
        assertTrue(m.contains(commitment, DMM.concerns, Values.iri(DMM.ID + "mission/interflex")), m.toString());
        assertTrue(m.contains(commitment, DMM.rotations, Values.literal(java.math.BigInteger.valueOf(4))));
        assertTrue(m.contains(commitment, DMM.personnel, Values.literal(java.math.BigInteger.valueOf(90))));
        assertTrue(m.contains(commitment, DMM.committedBy, Values.iri(DMM.ID + "country/nl")));
    }

    @Test
    void amountsAreTypedInEuro() throws Exception {
        Model m = Snippets.model(Snippets.letter("25 oktober 2023", "De kosten van de bijdrage aan Interflex worden geraamd "
                + "op 4,2 miljoen euro. Nederland zegt toe in 2024 2% van het bbp aan Defensie uit te geven."));
        Literal euro = (Literal) m.filter(null, DMM.amountEuro, null).objects().iterator().next();
        assertTrue(euro.getDatatype().equals(XSD.DECIMAL) && euro.decimalValue().compareTo(new BigDecimal("4200000")) == 0);
        Literal gdp = (Literal) m.filter(null, DMM.gdpSharePercent, null).objects().iterator().next();
        assertTrue(gdp.decimalValue().compareTo(new BigDecimal("2")) == 0);
        assertTrue(m.contains(null, DMM.year, Values.literal("2024", XSD.GYEAR)));
    }

    @Test
    void inTheRecordOfACommitteeDebateOnlyTheMinistersWordsCommit() throws Exception {
        Model m = Snippets.model(Snippets.letter("12 maart 2023", "De voorzitter: Ik zal ervoor zorgen dat iedereen op tijd "
                + "het woord krijgt.\n\nDe heer Jansen (ABC): Voorzitter. Wij zullen met de andere fracties een motie "
                + "indienen over de steun aan de missie.\n\nOok wil ik weten of er fregatten beschikbaar zijn.\n\n"
                + "Minister De Vries: Voorzitter. Nederland zal in 2024 een fregat leveren aan de maritieme missie.\n\n"
                + "Ik zal ook de bijdrage aan de trainingen voortzetten."));
        var quotes = m.filter(null, DMM.quote, null).objects().stream().map(o -> o.stringValue()).toList();
        assertTrue(quotes.stream().anyMatch(q -> q.contains("een fregat leveren")), quotes.toString());
        assertTrue(quotes.stream().anyMatch(q -> q.contains("trainingen voortzetten")), "the minister keeps the floor: " + quotes);
        assertFalse(quotes.stream().anyMatch(q -> q.contains("op tijd") || q.contains("motie")), "the chair and a member "
                + "commit nobody: " + quotes);
    }
}
