package org.w3id.dmmkg.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.rdf4j.model.IRI;
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
import org.w3id.dmmkg.loader.vocab.DMM;
import org.w3id.dmmkg.loader.vocab.OA;

/**
 * Every annotation's offsets cut exactly its quoted words out of the source file, the letter
 * carries that file's text, and a quote's prefix and suffix are the rest of its sentence.
 */
class AnnotationOffsetsTest {
    static List<Path> seeds() throws Exception {
        return TestFiles.seeds();
    }

    /** One annotation target as the loader wrote it. */
    record Quote(Resource body, String prefix, String exact, String suffix, int start, int end) {
        int contextStart() {
            return start - prefix.length();
        }

        int contextEnd() {
            return end + suffix.length();
        }

        String sentence() {
            return (prefix + exact + suffix).replaceAll("\\s+", " ").strip();
        }
    }

    private static List<Quote> quotes(Path seed, Model model) throws Exception {
        LetterLoader.builder().ontology(TestFiles.ontology()).build().load(seed, new StatementCollector(model));
        return quotes(model);
    }

    private static List<Quote> quotes(Model model) {
        List<Quote> out = new ArrayList<>();
        for (Resource target : model.filter(null, OA.hasSource, null).subjects()) {
            Resource annotation = Models.subject(model.filter(null, OA.hasTarget, target)).orElseThrow();
            Resource body = Models.objectResource(model.filter(annotation, OA.hasBody, null)).orElseThrow();
            String[] quote = new String[3];
            int[] position = new int[2];
            for (Value selector : model.filter(target, OA.hasSelector, null).objects()) {
                Resource sel = (Resource) selector;
                if (model.contains(sel, RDF.TYPE, OA.TextQuoteSelector)) {
                    quote[0] = literal(model, sel, OA.prefix).getLabel();
                    quote[1] = literal(model, sel, OA.exact).getLabel();
                    quote[2] = literal(model, sel, OA.suffix).getLabel();
                } else {
                    position[0] = literal(model, sel, OA.start).intValue();
                    position[1] = literal(model, sel, OA.end).intValue();
                }
            }
            out.add(new Quote(body, quote[0], quote[1], quote[2], position[0], position[1]));
        }
        return out;
    }

    private static Literal literal(Model model, Resource s, IRI p) {
        return Models.objectLiteral(model.filter(s, p, null)).orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void offsetsCutTheQuoteAndItsContextOutOfTheSourceFile(Path seed) throws Exception {
        Model model = new LinkedHashModel();
        quotes(seed, model);
        String source = Files.readString(seed, StandardCharsets.UTF_8);
        int checked = assertOffsetsCut(model, source);
        assertTrue(checked > 10, "a seed letter yields more than ten annotations, got " + checked);
        String stored = Models.objectLiteral(model.filter(null, DMM.sourceText, null)).orElseThrow().getLabel();
        assertEquals(source, stored, "the letter carries the text its offsets count in");
    }

    /**
     * Asserts that every annotation's position selector cuts its quote selector's exact words,
     * and its prefix and suffix the words around them, out of {@code source}, counting code
     * points; returns how many annotations it checked.
     */
    static int assertOffsetsCut(Model model, String source) {
        List<Quote> quotes = quotes(model);
        for (Quote q : quotes) {
            int from = source.offsetByCodePoints(0, q.start());
            int to = source.offsetByCodePoints(from, q.end() - q.start());
            assertEquals(q.exact(), source.substring(from, to), "annotation of " + q.body());
            assertEquals(q.prefix(), source.substring(from - q.prefix().length(), from), "prefix of " + q.body());
            assertEquals(q.suffix(), source.substring(to, to + q.suffix().length()), "suffix of " + q.body());
        }
        return quotes.size();
    }

    /**
     * A mention inside a commitment's sentence has that sentence as its context; one in a
     * footnote that the file prints inside the sentence (at a page break) has the footnote's.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void mentionsInACommitmentCarryTheCommitmentSentence(Path seed) throws Exception {
        Model model = new LinkedHashModel();
        List<Quote> quotes = quotes(seed, model);
        int same = 0;
        int commitments = 0;
        for (Quote commitment : quotes) {
            if (!model.contains(commitment.body(), RDF.TYPE, DMM.Commitment)) {
                continue;
            }
            commitments++;
            for (Quote mention : quotes) {
                if (mention != commitment && mention.start() >= commitment.start() && mention.end() <= commitment.end()) {
                    assertTrue(mention.contextStart() >= commitment.contextStart()
                            && mention.contextEnd() <= commitment.contextEnd(), "context of " + mention.body());
                    same += mention.sentence().equals(commitment.sentence()) ? 1 : 0;
                }
            }
        }
        assertTrue(commitments == 0 || same > 0, "mentions in a commitment share its sentence");
    }
}
