package org.w3id.dmmkg.loader.internal.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.w3id.dmmkg.loader.internal.rdf.GraphWriter;
import org.w3id.dmmkg.loader.internal.rdf.Slugs;
import org.w3id.dmmkg.loader.internal.text.LetterText;
import org.w3id.dmmkg.loader.internal.text.Sentence;
import org.w3id.dmmkg.loader.internal.vocabulary.Gazetteer;
import org.w3id.dmmkg.loader.internal.vocabulary.ReferenceVocabulary;
import org.w3id.dmmkg.loader.vocab.DMM;

/**
 * Missions, initiatives, organisations, countries and named ministers: the reference
 * vocabulary's names found by the gazetteer, and, for what the vocabulary does not know,
 * patterns ({@code operatie X}, {@code Name Of Plan (ACR)}) that mint new entities marked
 * {@code dmm:discovered true}.
 */
public final class EntityExtractor implements Extractor {
    private static final Set<IRI> TYPES = Set.of(DMM.Mission, DMM.Initiative, DMM.Organisation, DMM.Country,
            DMM.Minister);
    private static final Pattern OPERATION = Pattern.compile(
            "\\b(?:[Oo]peratie|Operation|[Mm]issie|Mission)\\s+(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){0,2})");
    private static final Pattern ACRONYM = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}-]*\\s+(?:(?:of|for|and|the|on|to|van|voor|de|het|en)\\s+)?){1,7})\\((\\p{Lu}[\\p{Lu}\\d-]{1,7})\\)");
    private static final Pattern INITIATIVE_WORDS = Pattern.compile(
            "(?i)\\b(initiative|pledge|plan|programme|program|package|coalition|concept|strategy|fund|facility|"
                    + "agenda|initiatief|programma|pakket|coalitie|strategie|fonds|actieplan)\\b");
    private static final Pattern MISSION_WORDS = Pattern.compile("(?i)\\b(mission|operation|task force|missie|operatie)\\b");
    /**
     * Coordinated compounds sharing their last part: {@code ontmijning-, IT- en tank-coalities}.
     * At most twelve parts, taken possessively: an unbounded run made every start of a long line
     * of "ab-, ab-, …" scan to its end.
     */
    private static final Pattern ELLIPSIS = Pattern.compile("((?:\\p{L}++-,?\\s++){1,12}+)en\\s+(\\p{L}+)-(\\p{L}+)");
    private static final Pattern HEAD = Pattern.compile("(\\p{L}+)-");
    private static final Set<String> NOT_OPERATION_NAMES = Set.of("de", "het", "een", "in", "en");

    private final Gazetteer gazetteer;

    public EntityExtractor(ReferenceVocabulary vocabulary) {
        this.gazetteer = new Gazetteer(vocabulary.entries().stream().filter(e -> TYPES.contains(e.type())).toList());
    }

    @Override
    public void extract(LetterContext ctx) {
        LetterText text = ctx.text();
        List<Gazetteer.Hit> hits = gazetteer.find(text.text());
        boolean[] covered = new boolean[text.text().length() + 1];
        for (Gazetteer.Hit hit : hits) {
            if (text.sentenceAt(hit.start()) == null) {
                continue;
            }
            java.util.Arrays.fill(covered, hit.start(), hit.end(), true);
            ctx.out().add(hit.entry().id(), RDF.TYPE, hit.entry().type());
            ctx.mention(hit.entry().id(), hit.entry().type(), hit.start(), hit.end());
        }
        for (Sentence s : text.sentences()) {
            expandCompounds(ctx, s, covered);
            discoverOperations(ctx, s, covered);
            discoverAcronyms(ctx, s, covered);
        }
    }

    /** Each head of a coordinated compound, completed with the shared last part, as a name. */
    private void expandCompounds(LetterContext ctx, Sentence s, boolean[] covered) {
        String sentence = ctx.text().textOf(s);
        if (!sentence.contains("- en ") && !sentence.contains("-, ")) {
            return;
        }
        Matcher m = ELLIPSIS.matcher(sentence);
        while (m.find()) {
            String tail = m.group(3);
            Matcher head = HEAD.matcher(m.group(1));
            while (head.find()) {
                int start = s.start() + m.start(1) + head.start(1);
                mentionCompound(ctx, head.group(1), tail, start, start + head.group(1).length() + 1, covered);
            }
            mentionCompound(ctx, m.group(2), tail, s.start() + m.start(2), s.start() + m.end(3), covered);
        }
    }

    private void mentionCompound(LetterContext ctx, String head, String tail, int start, int end, boolean[] covered) {
        if (covered[start]) {
            return;
        }
        for (String t : List.of(tail, singular(tail))) {
            for (String name : List.of(head + "-" + t, head + t, head + "s" + t)) {
                var entry = gazetteer.lookup(name);
                if (entry != null) {
                    java.util.Arrays.fill(covered, start, end, true);
                    ctx.out().add(entry.id(), RDF.TYPE, entry.type());
                    ctx.mention(entry.id(), entry.type(), start, end);
                    return;
                }
            }
        }
    }

    /** Dutch plural to singular, for the common endings: {@code coalities} → {@code coalitie}. */
    private static String singular(String word) {
        if (word.endsWith("ies") || word.endsWith("s")) {
            return word.substring(0, word.length() - 1);
        }
        return word.endsWith("en") ? word.substring(0, word.length() - 2) : word;
    }

    private static void discoverOperations(LetterContext ctx, Sentence s, boolean[] covered) {
        String sentence = ctx.text().textOf(s);
        if (!sentence.contains("peratie") && !sentence.contains("peration") && !sentence.contains("issie")
                && !sentence.contains("ission")) {
            return;
        }
        Matcher m = OPERATION.matcher(sentence);
        while (m.find()) {
            int start = s.start() + m.start(1);
            int end = s.start() + m.end(1);
            if (covered[start] || NOT_OPERATION_NAMES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                continue;
            }
            discovered(ctx, DMM.Mission, "mission", m.group(1), null, s.start() + m.start(), end, covered);
        }
    }

    private static void discoverAcronyms(LetterContext ctx, Sentence s, boolean[] covered) {
        String sentence = ctx.text().textOf(s);
        if (sentence.indexOf('(') < 0) {
            return;
        }
        Matcher m = ACRONYM.matcher(sentence);
        while (m.find()) {
            String name = m.group(1).strip();
            String acronym = m.group(2);
            int start = s.start() + m.start(1);
            int end = s.start() + m.end();
            if (covered[start] || covered[end - 2] || !initialsMatch(name, acronym)) {
                continue;
            }
            IRI type = MISSION_WORDS.matcher(name).find() ? DMM.Mission
                    : INITIATIVE_WORDS.matcher(name).find() ? DMM.Initiative : null;
            if (type != null) {
                discovered(ctx, type, type == DMM.Mission ? "mission" : "initiative", name, acronym, start, end, covered);
            }
        }
    }

    /** The acronym's letters are the initials of the name's capitalised words, in order. */
    static boolean initialsMatch(String name, String acronym) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        String letters = acronym.replaceAll("[^\\p{Lu}]", "");
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

    private static void discovered(LetterContext ctx, IRI type, String kind, String name, String acronym, int start,
            int end, boolean[] covered) {
        IRI entity = DMM.id(kind, Slugs.of(name));
        GraphWriter out = ctx.out();
        out.add(entity, RDF.TYPE, type);
        out.add(entity, RDFS.LABEL, name);
        out.add(entity, SKOS.PREF_LABEL, name);
        if (acronym != null) {
            out.add(entity, SKOS.ALT_LABEL, acronym);
        }
        out.add(entity, DMM.discovered, GraphWriter.typed("true", org.eclipse.rdf4j.model.vocabulary.XSD.BOOLEAN));
        java.util.Arrays.fill(covered, start, end, true);
        ctx.mention(entity, type, start, end);
    }
}
