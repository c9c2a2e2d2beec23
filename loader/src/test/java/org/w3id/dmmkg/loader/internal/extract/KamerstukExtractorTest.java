package org.w3id.dmmkg.loader.internal.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.FOAF;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.dmmkg.loader.Snippets;
import org.w3id.dmmkg.loader.vocab.DMM;

class KamerstukExtractorTest {
    @Test
    void typesMotionCitedWithItsMoverAsMotionAndKamerstuk() throws Exception {
        Model m = Snippets.model(Snippets.letter("21 februari 2023", "Dit is in lijn met de motie van het lid Dassen c.s. "
                + "(Kamerstuk 36 124, nr. 19 van 22 december 2022)."));
        var motion = Values.iri(DMM.ID + "kamerstuk/36124-19");
        assertTrue(m.contains(motion, RDF.TYPE, DMM.Motion) && m.contains(motion, RDF.TYPE, DMM.Kamerstuk));
        assertTrue(m.contains(motion, DMM.submittedBy, Values.literal("Dassen")));
        assertTrue(m.contains(motion, FOAF.PAGE, Values.iri("https://zoek.officielebekendmakingen.nl/kst-36124-19.html")));
    }

    @Test
    void typesMotionCitedThroughFootnoteMarker() throws Exception {
        Model m = Snippets.model(Snippets.letter("1 juni 2023", "Relevant is de motie Sjoerdsma c.s.1 waar de oude DIP werd "
                + "aangehaald.\n\n1 Kamerstuk 36 045, nr. 4 van 28 februari 2022\n"));
        var motion = Values.iri(DMM.ID + "kamerstuk/36045-4");
        assertTrue(m.contains(motion, DMM.submittedBy, Values.literal("Sjoerdsma")), m.toString());
    }

    @Test
    void motionWithoutNumberStillBecomesOne() throws Exception {
        Model m = Snippets.model(Snippets.letter("22 juni 2022", "Nederland benadrukte, in het kader van de motie Boswijk "
                + "(d.d. 11 november 2021), het belang van onderzeese infrastructuur."));
        var motion = Values.iri(DMM.ID + "kamerstuk/motie-boswijk-2021-11-11");
        assertTrue(m.contains(motion, RDF.TYPE, DMM.Motion), m.toString());
    }

    @Test
    void citesPaperInTwoDossiersWithBothDossierNumbers() throws Exception {
        Model m = Snippets.model(Snippets.letter("25 oktober 2023", "Zie ook de brief (Kamerstukken 22 054 en \n36 045, nr. 398)."));
        var paper = Values.iri(DMM.ID + "kamerstuk/22054-398");
        assertTrue(m.contains(paper, DMM.dossierNumber, Values.literal("22054"))
                && m.contains(paper, DMM.dossierNumber, Values.literal("36045")), m.toString());
    }

    @Test
    void referenceInAFootnoteCountsAtItsMarker() throws Exception {
        Model m = Snippets.model(Snippets.letter("21 februari 2023", "Nederland heeft stappen ondernomen om de voorraden te "
                + "vergroten.1 Meer samenwerking is nodig.\n\n1 zie: Kamerstuk 28 676, nr. 426 van 3 februari 2023\n"));
        assertTrue(m.contains(null, DMM.cites, Values.iri(DMM.ID + "kamerstuk/28676-426")));
    }
}
