package org.w3id.dmmkg.loader.internal.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.w3id.dmmkg.loader.internal.rdf.GraphWriter;
import org.w3id.dmmkg.loader.internal.rdf.Slugs;
import org.w3id.dmmkg.loader.internal.scan.Chars;
import org.w3id.dmmkg.loader.internal.scan.Finder;
import org.w3id.dmmkg.loader.internal.scan.GuardedPattern;
import org.w3id.dmmkg.loader.internal.text.Sentence;
import org.w3id.dmmkg.loader.vocab.DMM;

/**
 * Missions and initiatives the vocabulary does not know, found by the way letters name them,
 * and marked {@code dmm:discovered true} for curators:
 * <ul>
 * <li>{@code operatie X}, {@code missie X}, {@code de EU-trainingsmissie (EUTM) X}: a mission;</li>
 * <li>{@code de VS-geleide X}, {@code het door Litouwen geleide X}: a mission, unless its name says initiative;</li>
 * <li>{@code Name Of A Plan (ACR)}, whose acronym the name's initials spell;</li>
 * <li>an English name inside a Dutch sentence that ends in a word for what it is
 * ({@code het Ukraine Assistance Fund}, {@code de Maritime Security Operation});</li>
 * <li>a Dutch description with the English name or acronym in parentheses
 * ({@code multinationale samenwerking (Smart Defence)}), typed by the Dutch head noun.</li>
 * </ul>
 * The words for what a name is (fund, operation, coalitie, …) tell a mission from an
 * initiative; a name without such a word is not taken.
 */
final class NameDiscovery {
    /** English words that end an initiative's name. */
    private static final String INITIATIVE_WORD = "Initiative|Fund|Facility|Plan|Programme|Program|Pledge|Package|"
            + "Coalition|Strategy|Compact|Framework|Mechanism|Instrument|Capability|Capacity|Partnership|Roadmap|"
            + "Project|Pact|Agenda|Concept|Review";
    /** English words that end a mission's name. */
    private static final String MISSION_WORD = "Mission|Operation|Task Force";
    private static final GuardedPattern INITIATIVE_WORDS = GuardedPattern.compile("(?i)\\b(initiative|pledge|plan|programme|program|"
            + "package|coalition|concept|strategy|fund|facility|compact|framework|mechanism|instrument|capability|"
            + "capacity|partnership|roadmap|project|pact|agenda|review|initiatief|programma|pakket|coalitie|strategie|"
            + "fonds|faciliteit|actieplan|samenwerking|plan)\\b");
    private static final GuardedPattern MISSION_WORDS = GuardedPattern.compile("(?i)(\\b(mission|operation|task force)\\b|"
            + "(missie|operatie)\\b)");
    /** A capitalised word of a name; English particles may join them. */
    private static final String WORD = "\\p{Lu}[\\p{L}\\d'’-]*";
    private static final Pattern SPACES_AND_HYPHENS = Pattern.compile("[\\s-]+");
    private static final Pattern NOT_UPPER_CASE = Pattern.compile("[^\\p{Lu}]");
    private static final String NAME = WORD + "(?:\\s+(?:(?:of|for|and|the|on|in|to)\\s+)?" + WORD + "){0,4}";
    static final GuardedPattern OPERATION = GuardedPattern.compile("(?<![\\p{L}-])(?<pre>(?:\\p{Lu}{2,4}[- ])?)(?<cue>[Oo]peratie|"
            + "Operation|[Mm]issie|Mission|\\p{Ll}+(?:missie|operatie))\\s+(?:\\((?<acr>\\p{Lu}[\\p{Lu}\\d]{1,7})\\)\\s+)?"
            + "(?<name>\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){0,2})").triedAt(NameDiscovery::operationStart);
    /** The strings every cue of an {@link #OPERATION} ends with. */
    private static final String[] CUE_ENDINGS = {"peratie", "peration", "issie", "ission"};
    /** The longest prefix before an {@link #OPERATION}'s cue: two to four capitals and a hyphen or space. */
    private static final int LONGEST_PREFIX = 5;
    private static final GuardedPattern LED = GuardedPattern.compile("(?:\\b\\p{Lu}{2,4}-geleide|\\bdoor\\s+(?:de\\s+|het\\s+)?\\p{Lu}[\\p{L}-]+"
            + "\\s+geleide)\\s+(?<name>(?:\\p{Lu}{2,}\\s+)?" + NAME + ")");
    private static final GuardedPattern ACRONYM = GuardedPattern.compile(
            "(?<name>(?:\\p{Lu}[\\p{L}-]*\\s+(?:(?:of|for|and|the|on|to|van|voor|de|het|en)\\s+)?){1,7})\\((?<acr>\\p{Lu}[\\p{Lu}\\d-]{1,7})\\)");
    /** What an English name says after its head word: {@code Implementation Plan on Security and Defence}. */
    private static final String ENGLISH_TAIL = "(?:\\s+(?:on|of|for)\\s+" + WORD + "(?:\\s+(?:(?:and|of|for|the)\\s+)?+"
            + WORD + "){0,3}+)?+";
    private static final GuardedPattern ENGLISH_NAME = GuardedPattern.compile("(?<![\\p{L}\\d-])(?<name>(?:" + WORD + "\\s+(?:(?:of|for|and|"
            + "the|on|in|to)\\s+)?){1,5}(?:" + INITIATIVE_WORD + "|" + MISSION_WORD + ")" + ENGLISH_TAIL + ")(?![\\p{L}\\d-])");
    /** The words an English name ends in: a cheap test before {@link #ENGLISH_NAME}. */
    private static final GuardedPattern ENDING_WORDS = GuardedPattern.compile("\\b(?:" + INITIATIVE_WORD + "|" + MISSION_WORD + ")\\b");
    /** The most characters from the {@code (} to the {@code )} of an {@link #ACRONYM}'s acronym: eight, each perhaps two chars. */
    private static final int ACRONYM_SPAN = 17;
    static final GuardedPattern GLOSS = GuardedPattern.compile("(?<![\\p{L}-])(?<head>\\p{Ll}[\\p{L}-]*)\\s+\\((?<name>"
            + "\\p{Lu}[\\p{L}\\d-]*(?:\\s+\\p{Lu}[\\p{L}\\d-]*){0,5})\\)").triedAt(NameDiscovery::glossStart);
    /** Words that open a sentence or stand before a name without being part of it. */
    private static final Set<String> NOT_NAME_WORDS = Set.of("De", "Het", "Een", "Dit", "Deze", "Die", "Dat", "In", "Op",
            "Met", "Voor", "Van", "Via", "Bij", "Ook", "Zo", "Nederland", "Daarnaast", "Tevens", "Verder");
    private static final Set<String> NOT_OPERATION_NAMES = Set.of("de", "het", "een", "in", "en");
    /** Words of a letter's own structure ({@code Geannoteerde Agenda}): a name made of these alone names no initiative. */
    private static final Set<String> LETTER_STRUCTURE = Set.of("geannoteerde", "voorlopige", "definitieve", "concept",
            "agenda", "verslag", "brief", "kamerbrief", "bijlage", "betreft", "planning");

    private final LetterContext ctx;
    private final boolean[] covered;
    /** Whether the letter holds a word an English name ends in: most Dutch letters hold none, and then no sentence is tried. */
    private final boolean englishEndings;

    /**
     * @param covered characters of the normalised text already named: missions, initiatives and
     *                meetings found before (a country inside a name, {@code Ukraine} in {@code
     *                Ukraine Assistance Fund}, does not count)
     */
    NameDiscovery(LetterContext ctx, boolean[] covered) {
        this.ctx = ctx;
        this.covered = covered;
        this.englishEndings = ENDING_WORDS.mayMatch(ctx.text().text());
    }

    /** Looks for unknown names in one sentence, leaving alone what is already found. */
    void discover(Sentence s) {
        String sentence = ctx.text().textOf(s);
        if (sentence.contains("peratie") || sentence.contains("peration") || sentence.contains("issie")
                || sentence.contains("ission")) {
            operations(s, sentence);
        }
        if (sentence.contains("geleide")) {
            led(s, sentence);
        }
        if (opensBeforeCapital(sentence, false, ACRONYM_SPAN)) {
            acronyms(s, sentence);
        }
        if (opensBeforeCapital(sentence, true, 0)) {
            glosses(s, sentence);
        }
        if (englishEndings && ENDING_WORDS.finds(sentence)) {
            englishNames(s, sentence);
        }
    }

    private void operations(Sentence s, String sentence) {
        Finder m = OPERATION.finder(sentence);
        while (m.find()) {
            String name = m.group("name");
            if (NOT_OPERATION_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String cue = m.group("cue");
            boolean compound = !cue.equalsIgnoreCase("operatie") && !cue.equalsIgnoreCase("missie")
                    && !cue.equals("Operation") && !cue.equals("Mission");
            String acronym = m.group("acr");
            // A compound cue (trainingsmissie) names the mission with it; a bare one (operatie X) by X alone.
            String label = acronym != null ? acronym + " " + name : compound ? m.group("pre") + cue + " " + name : name;
            String alias = m.group("pre") + cue + " " + name;
            discovered(DMM.Mission, label, alias.equals(label) ? null : alias, s.start() + m.start(), s.start() + m.end());
        }
    }

    private void led(Sentence s, String sentence) {
        Finder m = LED.finder(sentence);
        while (m.find()) {
            String name = m.group("name");
            IRI type = INITIATIVE_WORDS.finds(name) && !MISSION_WORDS.finds(name) ? DMM.Initiative
                    : DMM.Mission;
            discovered(type, name, null, s.start() + m.start("name"), s.start() + m.end("name"));
        }
    }

    /**
     * Whether {@code sentence} has a {@code (} before an upper-case letter ({@code \p{Lu}}): after white
     * space when {@code afterSpace}; closed at most {@code span} characters on when {@code span > 0}.
     * A cheap test that {@link #ACRONYM} ({@code (ACR)}) and {@link #GLOSS} ({@code head (Name)}) can
     * match, which a parenthesis alone ({@code (Kamerstuk 21 501-28, nr. 1)} ends no name) does not tell.
     */
    private static boolean opensBeforeCapital(String sentence, boolean afterSpace, int span) {
        for (int p = sentence.indexOf('('); p >= 0 && p + 1 < sentence.length(); p = sentence.indexOf('(', p + 1)) {
            if (Character.getType(sentence.codePointAt(p + 1)) != Character.UPPERCASE_LETTER
                    || afterSpace && (p == 0 || !Chars.isRegexSpace(sentence.charAt(p - 1)))) {
                continue;
            }
            int close = sentence.indexOf(')', p + 2);
            if (span == 0 || close > p && close - p <= span) {
                return true;
            }
        }
        return false;
    }

    private void acronyms(Sentence s, String sentence) {
        Finder m = ACRONYM.finder(sentence);
        while (m.find()) {
            String name = trimLeading(m.group("name").strip());
            IRI type = typeByWords(name);
            if (type != null && initialsMatch(name, m.group("acr"))) {
                int start = s.start() + m.start("name") + m.group("name").indexOf(name);
                discovered(type, name, m.group("acr"), start, s.start() + m.end());
            }
        }
    }

    private void englishNames(Sentence s, String sentence) {
        Finder m = ENGLISH_NAME.finder(sentence);
        while (m.find()) {
            String name = trimLeading(m.group("name"));
            if (Chars.splitOnWhiteSpace(name).length < 2 || isLetterStructure(name)) {
                continue;
            }
            int start = s.start() + m.end("name") - name.length();
            discovered(typeByWords(name), name, null, start, s.start() + m.end("name"));
        }
    }

    private void glosses(Sentence s, String sentence) {
        Finder m = GLOSS.finder(sentence);
        while (m.find()) {
            String head = m.group("head");
            IRI type = MISSION_WORDS.finds(head) ? DMM.Mission
                    : INITIATIVE_WORDS.finds(head) ? DMM.Initiative : null;
            if (type != null && !isCovered(s.start() + m.start("head"), s.start() + m.end())) {
                discovered(type, m.group("name"), null, s.start() + m.start("name"), s.start() + m.end("name"));
            }
        }
    }

    /**
     * Where a {@link #GLOSS} can begin at {@code from} or after: its head is the run of letters and
     * hyphens before the white space before a {@code (}, and nothing else. Near a surrogate pair,
     * whose letter a reading char by char could misjudge, every place is given.
     */
    static int glossStart(String text, int from) {
        for (int open = text.indexOf('(', from); open >= 0; open = text.indexOf('(', open + 1)) {
            int end = open;
            while (end > 0 && Chars.isRegexSpace(text.charAt(end - 1))) {
                end--;
            }
            int start = end;
            while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
                start--;
            }
            if (start > 0 && Character.isSurrogate(text.charAt(start - 1))) {
                return from;
            }
            if (end < open && start < end && start >= from) {
                return start;
            }
        }
        return -1;
    }

    /**
     * Where an {@link #OPERATION} can begin at {@code from} or after: its cue is a whole run of
     * letters that ends in one of {@link #CUE_ENDINGS}, and it begins there or at most
     * {@link #LONGEST_PREFIX} characters before, where a prefix ({@code EU-}) stands. Near a
     * surrogate pair every place is given, as in {@link #glossStart}.
     */
    static int operationStart(String text, int from) {
        for (int at = Chars.indexOfAny(text, CUE_ENDINGS, from); at >= 0;
                at = Chars.indexOfAny(text, CUE_ENDINGS, at + 1)) {
            int word = at;
            while (word > 0 && Character.isLetter(text.charAt(word - 1))) {
                word--;
            }
            if (word > 0 && Character.isSurrogate(text.charAt(word - 1))) {
                return from;
            }
            int first = Math.max(from, word - LONGEST_PREFIX);
            if (first <= word) {
                return first;
            }
        }
        return -1;
    }

    private static boolean isLetterStructure(String name) {
        for (String word : Chars.splitOnWhiteSpace(name.toLowerCase(Locale.ROOT))) {
            if (!LETTER_STRUCTURE.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** A name's type by the word that says what it is; null when no such word is in it. */
    private static IRI typeByWords(String name) {
        return MISSION_WORDS.finds(name) ? DMM.Mission : INITIATIVE_WORDS.finds(name) ? DMM.Initiative
                : null;
    }

    /** The name without the sentence-opening or function words before it ({@code Het}, {@code Via}). */
    private static String trimLeading(String name) {
        String out = name;
        while (true) {
            int space = out.indexOf(' ');
            if (space < 0 || !NOT_NAME_WORDS.contains(out.substring(0, space))) {
                return out;
            }
            out = out.substring(space + 1).strip();
        }
    }

    /** The acronym's letters are the initials of the name's capitalised words, in order. */
    static boolean initialsMatch(String name, String acronym) {
        StringBuilder initials = new StringBuilder();
        for (String word : SPACES_AND_HYPHENS.split(name)) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        String letters = NOT_UPPER_CASE.matcher(acronym).replaceAll("");
        return !letters.isEmpty() && initials.toString().startsWith(letters.substring(0, 1))
                && isSubsequence(letters, initials.toString());
    }

    private static boolean isSubsequence(String needle, String hay) {
        int i = 0;
        for (int j = 0; j < hay.length() && i < needle.length(); j++) {
            if (hay.charAt(j) == needle.charAt(i)) {
                i++;
            }
        }
        return i == needle.length() && needle.length() * 2 >= hay.length();
    }

    private boolean isCovered(int start, int end) {
        for (int i = start; i < end; i++) {
            if (covered[i]) {
                return true;
            }
        }
        return false;
    }

    private void discovered(IRI type, String name, String alias, int start, int end) {
        if (type == null || isCovered(start, end)) {
            return;
        }
        IRI entity = DMM.id(type.equals(DMM.Mission) ? "mission" : "initiative", Slugs.of(name));
        GraphWriter out = ctx.out();
        out.add(entity, RDF.TYPE, type);
        out.add(entity, RDFS.LABEL, name);
        out.add(entity, SKOS.PREF_LABEL, name);
        if (alias != null) {
            out.add(entity, SKOS.ALT_LABEL, alias);
        }
        out.add(entity, DMM.discovered, GraphWriter.typed("true", XSD.BOOLEAN));
        Arrays.fill(covered, start, end, true);
        ctx.mention(entity, type, start, end);
    }
}
