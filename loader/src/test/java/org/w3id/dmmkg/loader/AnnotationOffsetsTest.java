package org.w3id.dmmkg.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.dmmkg.loader.vocab.OA;

/** Every annotation's offsets cut exactly its quoted words out of the source file. */
class AnnotationOffsetsTest {
    static java.util.List<Path> seeds() throws Exception {
        return TestFiles.seeds();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void offsetsCutTheQuoteOutOfTheSourceFile(Path seed) throws Exception {
        LetterLoader loader = LetterLoader.builder().ontology(TestFiles.ontology()).build();
        Model model = new LinkedHashModel();
        loader.load(seed, new StatementCollector(model));
        int checked = assertOffsetsCut(model, Files.readString(seed, StandardCharsets.UTF_8));
        assertTrue(checked > 10, "a seed letter yields more than ten annotations, got " + checked);
    }

    /**
     * Asserts that every annotation's position selector cuts its quote selector's exact words
     * out of {@code source}, counting code points; returns how many annotations it checked.
     */
    static int assertOffsetsCut(Model model, String source) {
        int checked = 0;
        for (Resource target : model.filter(null, OA.hasSource, null).subjects()) {
            String exact = null;
            int start = -1;
            int end = -1;
            for (Value selector : model.filter(target, OA.hasSelector, null).objects()) {
                Resource sel = (Resource) selector;
                if (model.contains(sel, RDF.TYPE, OA.TextQuoteSelector)) {
                    exact = Models.objectLiteral(model.filter(sel, OA.exact, null)).map(Literal::getLabel).orElseThrow();
                } else {
                    start = Models.objectLiteral(model.filter(sel, OA.start, null)).orElseThrow().intValue();
                    end = Models.objectLiteral(model.filter(sel, OA.end, null)).orElseThrow().intValue();
                }
            }
            int from = source.offsetByCodePoints(0, start);
            assertEquals(exact, source.substring(from, source.offsetByCodePoints(from, end - start)),
                    "annotation target " + target);
            checked++;
        }
        return checked;
    }
}
