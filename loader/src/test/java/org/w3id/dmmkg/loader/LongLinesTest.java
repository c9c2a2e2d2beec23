package org.w3id.dmmkg.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.dmmkg.loader.internal.scan.GuardedPattern;

/**
 * No pattern of the loader recurses per character: Java's regex engine recurses once per
 * repetition of a group, so a pattern such as {@code ([-*_]\s*){3,}} overflows the stack on a
 * long enough line (defect: a markdown rule of 20,000 dashes aborted the whole load). Every
 * pattern is run on lines of 100,000 characters of the kinds letters and hostile files hold.
 */
class LongLinesTest {
    private static final int LENGTH = 100_000;
    /** What long lines are made of: the repeated unit. */
    private static final String[] UNITS = {"-", "*", "_", "- ", "* ", "=", "#", " ", "a", "a ", "A.", "1.", "1 ", "ab- ",
        "ab-, ", "é-", "[", "(", "[a](", ".", ",", "'", "\u00a0", "€ 1", "12 345", "de ", "Nr. 1 ", "a-", "ab-ab-",
        "Kamerstuk ", "I.", "zal ", "\t"};

    private static LetterLoader loader;

    @BeforeAll
    static void loader() throws Exception {
        loader = LetterLoader.builder().ontology(TestFiles.ontology()).build();
    }

    private static String line(String unit) {
        return unit.repeat(LENGTH / unit.length());
    }

    @Test
    void markdownRuleOfTwentyThousandDashesDoesNotOverflowTheStack() throws Exception {
        String rule = "Den Haag, 3 maart 2023\n\n" + "-".repeat(20_000) + "\n\nDe minister van Defensie.\n";
        LoadedLetter letter = loader.load(rule, "rule.md", new AbstractRDFHandler() { });
        assertTrue(letter.statements() > 0);
        LoadedLetter stars = loader.load(rule.replace('-', '*'), "rule.txt", new AbstractRDFHandler() { });
        assertTrue(stars.statements() > 0);
    }

    @Test
    void everyStaticPatternOfTheLoaderRunsOnHundredThousandCharacterLines() throws Exception {
        List<String> failures = new ArrayList<>();
        List<Pattern> patterns = staticPatterns();
        assertTrue(patterns.size() > 30, "found only " + patterns.size() + " patterns");
        for (Pattern p : patterns) {
            for (String unit : UNITS) {
                try {
                    // Anchored at the start: the deepest recursion a repeated line can cause,
                    // in linear time (find() would retry from every position).
                    Matcher m = p.matcher(line(unit));
                    m.lookingAt();
                    m.matches();
                } catch (StackOverflowError e) {
                    failures.add("/" + p.pattern() + "/ on a line of '" + unit + "'");
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void lettersOfHundredThousandCharacterLinesLoad() throws Exception {
        for (String unit : UNITS) {
            String text = "Den Haag, 3 maart 2023\n\n" + line(unit) + "\n\nDe minister van Defensie.\n";
            for (String name : new String[] {"long.md", "long.txt"}) {
                try {
                    loader.load(text, name, new AbstractRDFHandler() { });
                } catch (StackOverflowError e) {
                    fail("a line of '" + unit + "' in " + name + " overflowed the stack");
                } catch (LetterException refused) {
                    // a line of no letters at all may be refused as not text: that is an answer
                }
            }
        }
    }

    /** Every {@code static Pattern} or {@code GuardedPattern} field of every loader class. */
    private static List<Pattern> staticPatterns() throws Exception {
        Path classes = Path.of(LetterLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Pattern> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                for (Field field : Class.forName(name, true, LongLinesTest.class.getClassLoader()).getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        continue;
                    }
                    field.setAccessible(true);
                    if (field.getType() == Pattern.class) {
                        out.add((Pattern) field.get(null));
                    } else if (field.getType() == GuardedPattern.class) {
                        out.add(((GuardedPattern) field.get(null)).pattern());
                    }
                }
            }
        }
        return out;
    }
}
