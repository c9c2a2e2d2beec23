package org.w3id.dmmkg.loader.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.junit.jupiter.api.Test;
import org.w3id.dmmkg.loader.LetterLoader;
import org.w3id.dmmkg.loader.Snippets;
import org.w3id.dmmkg.loader.TestFiles;
import org.w3id.dmmkg.loader.vocab.DMM;

/** A letter without a date: its meeting dated by day and month only is still its meeting, with no year invented. */
class UndatedLetterTest {
    @Test
    void aMeetingDatedWithoutAYearIsTheLettersMeetingWithoutADate() throws Exception {
        Model m = Snippets.model("De NAVO staat voor grote opgaven.\n\nTijdens de formele bijeenkomst van 22 en 23 "
                + "oktober jl. spraken de NAVO-ministers van Defensie over de missies.\n");
        assertEquals(1, m.filter(null, DMM.reportsOn, null).size(), m.toString());
        assertFalse(m.contains(null, DMM.startDate, null), "no year is invented: " + m);
    }

    @Test
    void warnsOfNoMeetingOfItsOwnWhenItNamesOthers() throws Exception {
        List<String> warnings = new ArrayList<>();
        LetterLoader loader = LetterLoader.builder().ontology(TestFiles.ontology())
                .listener((source, message) -> warnings.add(message)).build();
        loader.load("De NAVO-top in Vilnius gaf richting aan het beleid. Het kabinet steunt die richting.\n", "t.txt",
                new StatementCollector(new LinkedHashModel()));
        assertTrue(warnings.contains("no meeting of its own among the meetings it names"), warnings.toString());
        assertFalse(warnings.contains("no meeting found"), warnings.toString());
    }
}
