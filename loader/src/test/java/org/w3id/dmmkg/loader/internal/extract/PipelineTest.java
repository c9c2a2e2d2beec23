package org.w3id.dmmkg.loader.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.junit.jupiter.api.Test;
import org.w3id.dmmkg.loader.Snippets;
import org.w3id.dmmkg.loader.internal.rdf.GraphWriter;
import org.w3id.dmmkg.loader.internal.text.LetterText;
import org.w3id.dmmkg.loader.internal.text.Normaliser;
import org.w3id.dmmkg.loader.internal.text.SourceText;
import org.w3id.dmmkg.loader.vocab.DMM;

/** One step that fails costs only its own facts, with a warning naming it and why. */
class PipelineTest {
    private static final IRI KEPT = Values.iri("urn:t:kept");
    private static final IRI LOST = Values.iri("urn:t:lost");

    private static LetterContext context(Model model) {
        SourceText source = new SourceText("t.txt", "Een zin over de Kustwacht.\n", SourceText.Format.TEXT, "00", List.of());
        LetterText text = Normaliser.normalise(source);
        return new LetterContext(text, "t", new GraphWriter(new StatementCollector(model), DMM.letterGraph("t")), null);
    }

    @Test
    void aFailingStepLosesOnlyItsOwnFactsAndIsNamedWithTheReason() {
        Model model = new LinkedHashModel();
        LetterContext ctx = context(model);
        List<String> warnings = new ArrayList<>();
        Extractor before = c -> c.out().add(KEPT, RDFS.LABEL, "before");
        Extractor failing = new Extractor() {
            @Override
            public void extract(LetterContext c) {
                c.out().add(LOST, RDFS.LABEL, "half");
                c.mention(LOST, DMM.Mission, 0, 3);
                throw new IllegalStateException("forced to fail");
            }

            @Override
            public String name() {
                return "forced";
            }
        };
        Extractor after = c -> c.out().add(KEPT, RDFS.COMMENT, "after, mentions " + c.mentions().size());
        Pipeline.run(List.of(before, failing, after), ctx, warnings::add);

        assertTrue(model.contains(KEPT, RDFS.LABEL, null) && model.contains(KEPT, RDFS.COMMENT, Values.literal(
                "after, mentions 0")), model.toString());
        assertFalse(model.contains(LOST, null, null) || model.contains(null, null, LOST), "half a step stays out: " + model);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("'forced'") && warnings.get(0).contains("IllegalStateException: forced to fail"),
                warnings.get(0));
    }

    @Test
    void aCountryWhoseNameHoldsEnIsOneCountryAndTheLetterLoads() throws Exception {
        Set<String> f = Snippets.facts(Snippets.letter("3 april 2024", "Aan de bijeenkomst namen ook de ministers van "
                + "Defensie van Noord-Macedonië, Bosnië en Herzegovina en Moldavië deel."));
        assertTrue(f.contains("minister minister/ba-defensie") && f.contains("minister minister/md-defensie"), f.toString());
        assertTrue(f.contains("date 2024-04-03"), f.toString());
    }
}
