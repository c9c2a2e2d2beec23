package org.w3id.dmmkg.loader.internal.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class GuardedPatternTest {
    /** Expressions with the syntax the extractors use, each with a text it matches, for the random texts below. */
    private static final List<List<String>> EXPRESSIONS = List.of(
            List.of("(?iu)\\b(stappen ondernomen|kondig\\p{L}* .{0,20}?\\baan\\b|zet\\b.{0,8}?\\bvoort|levert|lever(?:de|den)?)\\b",
                    "kondigde aan"),
            List.of("\\b(?:Nederland|[Hh]et (?:\\p{Ll}+e )?kabinet|ik|Ik) (?:zal|zullen)\\b", "het nieuwe kabinet zal"),
            List.of("(?<![\\p{L}-])(?<pre>(?:\\p{Lu}{2,4}[- ])?)(?<cue>[Oo]peratie|\\p{Ll}+(?:missie|operatie))\\s+"
                    + "(?<name>\\p{Lu}\\p{L}+)", "EU-trainingsmissie Mali"),
            List.of("(?iu)(?<![\\d,.])(?<d1>[0-3]?\\d)(?:\\s*(?:-|en|t/m)\\s*(?<d2>[0-3]?\\d))?\\s+(?<m>mei|juni|juli)",
                    "14 t/m 16 juni"),
            List.of("(?i:de|het)\\s+(?:\\p{L}+\\s+){0,2}?(?:Nederlandse|nationale) (?:bijdrage|inzet)\\s+(?:aan|in)\\b",
                    "de Nederlandse bijdrage aan"),
            List.of("\\Qa.b\\E(?:c|d)?e+|x\\(y\\)", "a.bdee"),
            List.of("(?iu)^(aan )?de voorzitter van de (tweede|eerste) kamer$", "de voorzitter van de eerste kamer"),
            List.of("(?u)[Kk]-?[Ss]{1,2}", "k-ss"),
            List.of("\\b(?:Initiative|Fund|Facility|Plan|Programme|Program|Pledge|Package|Coalition|Strategy|Mission|"
                    + "Operation|Task Force)\\b", "het European Peace Facility"),
            List.of("(?<![\\p{L}\\d])(?:(?i:informele|extra)\\s+)?Raad (?:Buitenlandse Zaken|(?-i:RBZ))", "Informele raad RBZ"));

    @Test
    void textsWithoutTheNeededWordsAreNotRun() {
        GuardedPattern p = GuardedPattern.compile("(?iu)\\b(informeer ik|ik informeer)\\b");
        assertFalse(p.mayMatch("De minister zal de Kamer berichten."));
        assertTrue(p.mayMatch("Hierbij INFORMEER IK u."));
        assertTrue(p.matcher("Hierbij INFORMEER IK u.").find());
        Matcher none = p.matcher("De minister zal de Kamer berichten.");
        assertFalse(none.find());
        assertFalse(none.region(3, 10).lookingAt());
        assertFalse(none.matches());
    }

    @Test
    void anExpressionThatNeedsNothingIsAlwaysRun() {
        GuardedPattern p = GuardedPattern.compile("\\p{N}{1,3}");
        assertTrue(p.mayMatch(""));
        assertTrue(p.matcher("nr. 12").find());
    }

    @Test
    void caseFoldsAsTheExpressionDoes() {
        GuardedPattern p = GuardedPattern.compile("(?iu)kaas");
        assertTrue(p.matcher("\u212aAAS").find(), "the Kelvin sign is a k to (?iu)");
        assertTrue(p.mayMatch("\u212aAAS"));
        GuardedPattern s = GuardedPattern.compile("(?iu)sas");
        assertTrue(s.matcher("\u017fAS").find(), "the long s is an s to (?iu)");
        assertTrue(s.mayMatch("\u017fAS"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
    void neverRefusesATextTheExpressionMatches(int which) {
        GuardedPattern p = GuardedPattern.compile(EXPRESSIONS.get(which).get(0));
        String sample = EXPRESSIONS.get(which).get(1);
        List<String> tokens = tokensOf(EXPRESSIONS.get(which).get(0) + sample);
        Random random = new Random(which);
        int matched = 0;
        for (int i = 0; i < 20_000; i++) {
            String text = random.nextInt(10) == 0 ? changeCase(random, sample) : randomText(random, tokens);
            boolean finds = p.pattern().matcher(text).find();
            if (finds) {
                matched++;
                assertTrue(p.mayMatch(text), text);
            }
            assertEquals(finds, p.matcher(text).find(), text);
            assertEquals(finds, p.finds(text), text);
            assertEquals(matches(p.pattern().matcher(text)), matches(p.finder(text)), text);
        }
        assertTrue(matched > 0, "some random texts match");
    }

    @Test
    void theFinderTriesOnlyWhereAMatchCanBeginAndFindsTheSame() {
        GuardedPattern p = GuardedPattern.compile("(?iu)(?<!\\bniet )\\b(?:levert|leverde|zet\\b.{0,20}?\\bvoort)\\b");
        String text = "Nederland LEVERT munitie en zet de steun voort, maar levert niet niet levert meer.";
        assertEquals(matches(p.pattern().matcher(text)), matches(p.finder(text)));
        assertEquals(List.of("10-16:LEVERT", "28-46:zet de steun voort", "53-59:levert"), matches(p.finder(text)));
        Finder none = p.finder("Nederland stuurt munitie.");
        assertFalse(none.find());
        assertThrows(IllegalStateException.class, none::start, "no match to read, as from a matcher");
        GuardedPattern anchored = GuardedPattern.compile("(?m)^(?:Betreft|Datum) ");
        assertEquals(List.of("12-20:Betreft "), matches(anchored.finder("Aan: Kamer\n\nBetreft x. Datum y")));
    }

    @Test
    void digitsAreLookedForWhereAnExpressionBeginsWithOne() {
        GuardedPattern date = GuardedPattern.compile("(?iu)(?<![\\d,.])[0-3]?\\d\\s+(?:mei|juni)");
        assertFalse(date.finds("op vijf juni"));
        assertEquals(List.of("8-15:14 juni"), matches(date.finder("op 2 en 14 juni")));
        GuardedPattern unicode = GuardedPattern.compile("(?U)\\d+ juni");
        assertTrue(unicode.finds("\u0663 juni"), "with Unicode classes a digit is more than 0 to 9");
    }

    @Test
    void anExpressionTriedWhereCodeSaysFindsWhatItFindsEverywhere() {
        // Every match begins at the word before the white space before a parenthesis.
        GuardedPattern.Starts beforeParenthesis = (text, from) -> {
            for (int open = text.indexOf('(', from); open >= 0; open = text.indexOf('(', open + 1)) {
                int start = text.lastIndexOf(' ', open - 2) + 1;
                if (start >= from && start < open - 1 && text.charAt(open - 1) == ' ') {
                    return start;
                }
            }
            return -1;
        };
        GuardedPattern gloss = GuardedPattern.compile("(?<![\\p{L}-])(?<head>\\p{Ll}+) \\((?<name>\\p{Lu}\\p{L}*)\\)")
                .triedAt(beforeParenthesis);
        String text = "de missie (Atalanta) en het fonds (EPF), niet (Nee) of Plan (X)";
        assertEquals(matches(gloss.pattern().matcher(text)), matches(gloss.finder(text)));
        assertEquals(List.of("3-20:missie (Atalanta)|missie@3|Atalanta@11", "28-39:fonds (EPF)|fonds@28|EPF@35",
                "41-51:niet (Nee)|niet@41|Nee@47"), matches(gloss.finder(text)));
        assertTrue(gloss.finds(text));
        assertFalse(gloss.finds("een missie zonder naam"));
        assertThrows(IllegalArgumentException.class, () -> GuardedPattern.compile("(?i)x").triedAt(beforeParenthesis),
                "starts are read in the text as written");
    }

    @Test
    void aCaseSensitiveExpressionLooksForItsWordsAsWritten() {
        assertTrue(GuardedPattern.isCaseSensitive("\\b(?:Plan|Fund)\\b(?<n>x)(?=y)(?-u:z)", 0));
        assertFalse(GuardedPattern.isCaseSensitive("\\b(?:Plan|Fund)\\b", java.util.regex.Pattern.CASE_INSENSITIVE));
        assertFalse(GuardedPattern.isCaseSensitive("a(?i:Plan)", 0));
        assertFalse(GuardedPattern.isCaseSensitive("(?u-i)Plan", 0), "read conservatively");
        GuardedPattern plan = GuardedPattern.compile("\\b(?:Plan|Fund)\\b");
        assertFalse(plan.mayMatch("het plan en het fund"));
        assertFalse(plan.finder("het plan en het fund").find());
        assertEquals(List.of("16-20:Fund"), matches(plan.finder("het plan en het Fund")));
        assertTrue(GuardedPattern.compile("(?iu)\\b(?:Plan|Fund)\\b").mayMatch("het plan"));
    }

    /** On every line of the seed and development letters, each expression finds with its guard what it finds without. */
    @Test
    void findsOnLetterLinesWhatTheExpressionFinds() throws java.io.IOException {
        List<java.nio.file.Path> files = org.w3id.dmmkg.loader.TestFiles.lettersWithGold();
        int found = 0;
        for (List<String> expression : EXPRESSIONS) {
            GuardedPattern p = GuardedPattern.compile(expression.get(0));
            for (java.nio.file.Path f : files) {
                for (String line : java.nio.file.Files.readAllLines(f)) {
                    List<String> expected = matches(p.pattern().matcher(line));
                    assertEquals(expected, matches(p.finder(line)), line);
                    assertEquals(!expected.isEmpty(), p.matcher(line).find(), line);
                    assertEquals(!expected.isEmpty(), p.finds(line), line);
                    found += expected.size();
                }
            }
        }
        assertTrue(found > 20, "the letters hold matches: " + found);
    }

    /** Every match of a find loop: where, and what. */
    private static List<String> matches(Matcher m) {
        return matches(m, m::find);
    }

    private static List<String> matches(Finder f) {
        return matches(f, f::find);
    }

    private static List<String> matches(java.util.regex.MatchResult m, java.util.function.BooleanSupplier find) {
        List<String> out = new java.util.ArrayList<>();
        while (find.getAsBoolean()) {
            StringBuilder b = new StringBuilder(m.start() + "-" + m.end() + ":" + m.group());
            for (int g = 1; g <= m.groupCount(); g++) {
                b.append('|').append(m.group(g)).append('@').append(m.start(g));
            }
            out.add(b.toString());
        }
        return out;
    }

    @Test
    void pathologicalTextsFinish() {
        // A guard against hangs and deep recursion, not a measure of speed.
        GuardedPattern p = GuardedPattern.compile("(?iu)\\b(aaaaaaaaaaaaaaaaaaaaaaaaaaaaab|levert)\\b");
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertFalse(p.mayMatch("a".repeat(100_000)));
            assertFalse(p.mayMatch("A".repeat(100_000)));
            assertTrue(p.mayMatch("a".repeat(100_000) + "b"));
        });
    }

    /** The expression's characters, phrases, words and pieces of them, in both cases, and a few other characters. */
    private static List<String> tokensOf(String regex) {
        List<String> tokens = new java.util.ArrayList<>(List.of(" ", "-", ",", ".", "(", ")", "/", "0", "12", "\u00e9",
                "\u212a", "\u017f", "\n"));
        for (char c : regex.toCharArray()) {
            tokens.add(String.valueOf(c));
        }
        for (String phrase : regex.split("[^\\p{L} ]+")) {
            tokens.add(phrase);
        }
        for (String word : regex.split("[^\\p{L}]+")) {
            if (word.length() > 1) {
                tokens.add(word);
                tokens.add(word.toUpperCase(java.util.Locale.ROOT));
                tokens.add(word.substring(1));
                tokens.add(word.substring(0, word.length() - 1));
            }
        }
        return tokens;
    }

    private static String changeCase(Random random, String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.toCharArray()) {
            b.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
        }
        return b.toString();
    }

    private static String randomText(Random random, List<String> tokens) {
        StringBuilder b = new StringBuilder();
        int count = random.nextInt(12);
        for (int i = 0; i < count; i++) {
            b.append(tokens.get(random.nextInt(tokens.size())));
        }
        return b.toString();
    }
}
