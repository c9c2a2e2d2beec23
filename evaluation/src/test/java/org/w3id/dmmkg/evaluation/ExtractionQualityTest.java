package org.w3id.dmmkg.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.dmmkg.loader.LetterLoader;

/**
 * The loader against the project's gold: the seeds (what the rules were written against) and
 * the development letters (kinds the seeds do not show). The build fails when extraction falls
 * below either threshold.
 */
class ExtractionQualityTest {
    private static final double SEEDS_THRESHOLD = 0.97;
    private static final double DEV_THRESHOLD = 0.90;

    private static LetterLoader loader;

    @BeforeAll
    static void loader() throws Exception {
        loader = LetterLoader.builder().ontology(ProjectFiles.home().resolve("ontology")).build();
    }

    private static Score score(String letters, String gold) throws Exception {
        Path home = ProjectFiles.home();
        List<String> problems = new ArrayList<>();
        var dataset = LetterGraphs.read(loader, List.of(home.resolve(letters)), problems::add);
        Score score = Scorer.score(Gold.read(home.resolve(gold)), new DatasetSource(dataset));
        System.out.println(letters + ":\n" + score.report(true));
        assertTrue(problems.isEmpty(), problems.toString());
        assertTrue(score.missingLetters().isEmpty(), "letters not loaded: " + score.missingLetters());
        return score;
    }

    @Test
    void seedsScoreAtLeastTheirThreshold() throws Exception {
        Score score = score("seeds", "evaluation/seeds/gold");
        assertTrue(score.microF1() >= SEEDS_THRESHOLD, score.closingLine());
    }

    @Test
    void developmentLettersScoreAtLeastTheirThreshold() throws Exception {
        Score score = score("evaluation/dev/letters", "evaluation/dev/gold");
        assertTrue(score.microF1() >= DEV_THRESHOLD, score.closingLine());
    }
}
