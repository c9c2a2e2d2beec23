package org.w3id.dmmkg.loader.internal.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RequiredLiteralsTest {
    private static Set<String> of(String regex) {
        return RequiredLiterals.of(regex, 0);
    }

    @Test
    void literalsAreRequiredFolded() {
        assertEquals(Set.of("navo-top"), of("NAVO-top"));
        assertEquals(Set.of("foo", "bar"), of("(?i)Foo|bar"));
        assertEquals(Set.of("a.b(c"), of(Pattern.quote("a.b(c")));
        assertEquals(Set.of("x+y"), of("x\\+y"));
    }

    @Test
    void optionalPartsAreJoinedOrLeftOut() {
        assertEquals(Set.of("abc", "bc"), of("a?bc"));
        assertEquals(Set.of("operatie"), of("[Oo]peratie"), "a class of a few letters is one of them");
        assertEquals(Set.of("voort"), of("\\bzet\\b.{0,80}?\\bvoort"), "the longer of two needs");
        assertEquals(Set.of("zet"), of("\\bzet\\b.{0,80}?\\bbij"));
        assertEquals(Set.of("ab"), of("(?:ab)+"));
        assertEquals(Set.of("ab"), of("(?:ab){2,}c?"));
    }

    @Test
    void zeroWidthPartsConsumeNothing() {
        assertEquals(Set.of("ae"), of("a(?=bcd)e"));
        assertEquals(Set.of("d"), of("(?<=abc)d"));
        assertEquals(Set.of("navo", "nato"), of("(?<![\\p{L}\\d])(?<n>navo|nato)(?![\\p{L}])"));
        assertEquals(Set.of("ab"), of("^a\\b(?i:b)$"));
    }

    @Test
    void nothingIsRequiredWhereAMatchMayLackEveryLiteral() {
        assertNull(of("\\p{N}{1,3}"));
        assertNull(of("(?U)\\d{1,3}"), "with Unicode classes a digit is more than 0 to 9");
        assertNull(RequiredLiterals.of("\\d{1,3}", Pattern.UNICODE_CHARACTER_CLASS));
        assertNull(of("x*"));
        assertNull(of("ab|"));
        assertNull(of("(?:ab)?"));
        assertNull(of("ab|\\p{Lu}+"));
    }

    @Test
    void whatEveryMatchBeginsWith() {
        assertEquals(Set.of("levert", "zet"), RequiredLiterals.starts("(?iu)(?<!\\bniet )\\b(?:Levert|zet\\b.{0,9}?voort)\\b", 0));
        assertEquals(Set.of("informele bijeenkomst van", "bijeenkomst van"),
                RequiredLiterals.starts("(?<![\\p{L}\\d])(?:informele )?bijeenkomst van\\s+\\p{L}+", 0));
        assertEquals(Set.of("abd", "acd", "d"), RequiredLiterals.starts("(?:ab|ac)?d", 0), "an optional part, or what follows");
        assertEquals(Set.of("ab", "d"), RequiredLiterals.starts("(?:ab\\w)?d", 0), "after an optional part, what follows");
        assertEquals(Set.of("x"), RequiredLiterals.starts("x[a-z]*", 0));
        assertEquals(Set.of("operatie"), RequiredLiterals.starts("[Oo]peratie", 0), "a class of a few letters is one of them");
        assertEquals(Set.of("Operatie", "operatie"), RequiredLiterals.starts("[Oo]peratie", 0, false), "as written");
        assertNull(RequiredLiterals.starts("[a-z]peratie", 0), "any other class is any character");
        assertNull(RequiredLiterals.starts("[Oo-]peratie", 0));
        assertNull(RequiredLiterals.starts("(?:ab)?", 0), "a match may be empty");
        assertNull(RequiredLiterals.starts("(?:\\p{Lu}{2,4}-)?missie", 0));
    }

    @Test
    void aDigitIsOneOfTen() {
        Set<String> digits = Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        assertEquals(digits, of("\\d{1,3}"));
        assertEquals(digits, RequiredLiterals.starts("(?<![\\d,])\\d{2}\\s?\\d{3}", 0));
        assertEquals(Set.of("0x", "1x", "2x", "3x"), RequiredLiterals.starts("[0-3]x", 0), "a range of a few digits");
        assertEquals(Set.of("ay", "by", "cy", "xy"), RequiredLiterals.starts("(?i)[A-Cx]y", 0), "letters and a range, folded");
        assertNull(RequiredLiterals.starts("[0-9a]x", 0), "more than ten characters are any character");
    }

    @Test
    void syntaxItDoesNotReadGivesNothing() {
        assertNull(of("(?x)a b c"));
        assertNull(RequiredLiterals.of("abc", Pattern.COMMENTS));
        assertNull(RequiredLiterals.of("abc", Pattern.LITERAL));
        assertNull(of("(a)\\1"));
        assertNull(of("[]a]bc"));
        assertNull(of("abc)"));
    }

    @Test
    void classesAndEscapesAreOneUnknownCharacter() {
        assertEquals(Set.of("ab"), of("[a-z&&[^q]]ab[\\]x]"));
        assertEquals(Set.of("cd"), of("\\x41cd\\u00e9\\x{1F600}\\0177\\t"));
        assertEquals(Set.of("de"), of("\\p{L}de\\pL\\Qx\\E?"));
        assertEquals(Set.of("bc"), of("[\\Q]\\E]bc"));
    }
}
