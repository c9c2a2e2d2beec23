package org.w3id.dmmkg.loader.internal.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.vocabulary.FOAF;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.w3id.dmmkg.loader.internal.rdf.GraphWriter;
import org.w3id.dmmkg.loader.internal.rdf.Slugs;
import org.w3id.dmmkg.loader.internal.scan.Chars;
import org.w3id.dmmkg.loader.internal.scan.Finder;
import org.w3id.dmmkg.loader.internal.scan.GuardedPattern;
import org.w3id.dmmkg.loader.internal.text.LetterText;
import org.w3id.dmmkg.loader.internal.text.Sentence;
import org.w3id.dmmkg.loader.internal.vocabulary.Entry;
import org.w3id.dmmkg.loader.internal.vocabulary.ReferenceVocabulary;
import org.w3id.dmmkg.loader.vocab.DMM;

/**
 * Ministers known by country and portfolio: {@code de Oekraïense Minister van Defensie},
 * {@code de ministers van Defensie van Finland, Zweden en Georgië} (one minister each),
 * {@code de minister van Buitenlandse Zaken} (in a Dutch letter, the Dutch one); the portfolios
 * are the Dutch ministries' {@code dmm:portfolioName}s in the vocabulary. Each is one
 * IRI per country and portfolio ({@code minister/ua-defensie}). Officials who are not
 * ministers (SG NAVO, SACEUR, a president) are not matched. A minister in a sentence that
 * names a meeting is that meeting's {@code dmm:participant}.
 */
public final class MinisterExtractor implements Extractor {
    private static final IRI NETHERLANDS = DMM.id("country", "nl");
    /** A person's name after the office: one to three capitalised words, particles allowed. */
    private static final String NAME = "(?:\\p{Lu}\\.\\s?)*\\p{Lu}[\\p{Ll}'’-]+(?:\\s+(?:van |de |der |den )*\\p{Lu}[\\p{Ll}'’-]+){0,2}";
    /** Capitalised words that follow an office but are not a name. */
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("Bondgenoten", "De", "Het", "Een", "Ook",
            "Nederland", "Hij", "Zij", "Tijdens", "Daarnaast", "Verder", "In", "Op");

    private final Map<String, Entry> countryByWord = new HashMap<>();
    private final Map<String, IRI> knownMinisters;
    private final GuardedPattern byAdjective;
    private final GuardedPattern byCountry;
    private final GuardedPattern byCountryOnly;
    private final Pattern countryName;
    private final GuardedPattern unqualified;

    public MinisterExtractor(ReferenceVocabulary vocabulary) {
        this.knownMinisters = vocabulary.namesOf(DMM.Minister);
        List<String> portfolios = vocabulary.portfolioNames().stream().map(Pattern::quote).toList();
        String portfolio = "(" + (portfolios.isEmpty() ? "(?!)" : String.join("|", portfolios)) + ")";
        List<String> adjectives = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Entry c : vocabulary.entries(DMM.Country)) {
            for (String a : c.adjectives()) {
                countryByWord.put(a.toLowerCase(Locale.ROOT), c);
                adjectives.add(Pattern.quote(a));
            }
            for (String n : c.names()) {
                countryByWord.putIfAbsent(n.toLowerCase(Locale.ROOT), c);
                names.add(Pattern.quote(n));
            }
        }
        adjectives.sort(Comparator.comparing(String::length).reversed());
        names.sort(Comparator.comparing(String::length).reversed());
        String adj = "(" + String.join("|", adjectives) + ")";
        String country = "(?:(?:de |het )?(?:" + String.join("|", names) + "))";
        String countries = "(" + country + "(?:(?:, | en )" + country + ")*)(?![\\p{L}-])";
        this.byAdjective = GuardedPattern.compile("(?<![\\p{L}-])(?:de|De|het|Het) " + adj + " [Mm]inisters? van " + portfolio
                + "(?:,? (" + NAME + "))?");
        this.byCountry = GuardedPattern.compile("(?<![\\p{L}-])[Mm]inisters? van " + portfolio + " van " + countries);
        this.byCountryOnly = GuardedPattern.compile("(?<![\\p{L}-])[Mm]inisters? van " + countries);
        this.countryName = Pattern.compile("(?<![\\p{L}-])(?:" + String.join("|", names) + ")(?![\\p{L}-])");
        this.unqualified = GuardedPattern.compile("(?<![\\p{L}-])(?:de|De) [Mm]inister van " + portfolio + "(?! van \\p{Lu})");
    }

    @Override
    public void extract(LetterContext ctx) {
        LetterText text = ctx.text();
        for (Sentence s : text.sentences()) {
            String sentence = text.textOf(s);
            if (!sentence.contains("inister")) {
                continue;
            }
            boolean[] taken = new boolean[sentence.length() + 1];
            Finder a = byAdjective.finder(sentence);
            while (a.find()) {
                Entry country = countryByWord.get(a.group(1).toLowerCase(Locale.ROOT));
                mark(taken, a.start(), a.end());
                String name = a.group(3);
                if (name != null && !NOT_NAMES.contains(Chars.splitOnWhiteSpace(name)[0]) && !countryByWord.containsKey(
                        name.toLowerCase(Locale.ROOT))) {
                    writeNamed(ctx, s, country.id(), a.group(2), name, a.start(), a.end());
                } else {
                    int end = name == null ? a.end() : a.start(3) - (sentence.charAt(a.start(3) - 2) == ',' ? 2 : 1);
                    write(ctx, s, country.id(), country.label(), a.group(2), a.start(), end);
                }
            }
            Finder c = byCountry.finder(sentence);
            while (c.find()) {
                if (taken[c.start()]) {
                    continue;
                }
                mark(taken, c.start(), c.end());
                for (Entry country : countries(c.group(2))) {
                    write(ctx, s, country.id(), country.label(), c.group(1), c.start(), c.end());
                }
            }
            byCountryOnly(ctx, s, sentence, taken);
            Finder u = unqualified.finder(sentence);
            while (u.find()) {
                if (!taken[u.start() + 3]) {
                    write(ctx, s, NETHERLANDS, "Nederland", u.group(1), u.start(), u.end());
                }
            }
        }
    }

    /**
     * {@code de ministers van Finland en Zweden}: ministers named by country alone, whose
     * portfolio is that of the participants of the meeting the sentence names, else of the
     * letter's own meeting (defence ministers at a DMM); none when neither says.
     */
    private void byCountryOnly(LetterContext ctx, Sentence s, String sentence, boolean[] taken) {
        Finder c = byCountryOnly.finder(sentence);
        while (c.find()) {
            String portfolio = taken[c.start()] ? null : impliedPortfolio(ctx, s);
            if (portfolio == null) {
                continue;
            }
            mark(taken, c.start(), c.end());
            for (Entry country : countries(c.group(1))) {
                write(ctx, s, country.id(), country.label(), portfolio, c.start(), c.end());
            }
        }
    }

    private static String impliedPortfolio(LetterContext ctx, Sentence s) {
        for (Mention m : ctx.mentions()) {
            if (m.type().equals(DMM.Meeting) && m.sentence() == s.index() && ctx.portfolioAt(m.entity()) != null) {
                return ctx.portfolioAt(m.entity());
            }
        }
        return ctx.primaryMeeting() == null ? null : ctx.portfolioAt(ctx.primaryMeeting());
    }

    /** The countries of a list ({@code Bosnië en Herzegovina, Finland en Zweden}), each name whole, longest first. */
    private List<Entry> countries(String list) {
        List<Entry> out = new ArrayList<>();
        Matcher m = countryName.matcher(list);
        while (m.find()) {
            Entry country = countryByWord.get(m.group().toLowerCase(Locale.ROOT));
            if (country != null && !out.contains(country)) {
                out.add(country);
            }
        }
        return out;
    }

    private static void mark(boolean[] taken, int from, int to) {
        java.util.Arrays.fill(taken, from, to, true);
    }

    private void writeNamed(LetterContext ctx, Sentence s, IRI country, String portfolio, String name, int start,
            int end) {
        String[] words = Chars.splitOnWhiteSpace(name);
        String surname = words[words.length - 1];
        IRI minister = knownMinisters.getOrDefault(name.toLowerCase(Locale.ROOT),
                knownMinisters.getOrDefault(surname.toLowerCase(Locale.ROOT), DMM.id("minister", Slugs.of(surname))));
        GraphWriter out = ctx.out();
        out.add(minister, FOAF.NAME, name);
        out.add(minister, RDFS.LABEL, name);
        describe(ctx, s, minister, country, portfolio, start, end);
    }

    private static void write(LetterContext ctx, Sentence s, IRI country, String countryLabel, String portfolio,
            int start, int end) {
        String code = country.getLocalName();
        IRI minister = DMM.id("minister", code + "-" + Slugs.of(portfolio));
        ctx.out().add(minister, RDFS.LABEL, "Minister van " + portfolio + " van " + countryLabel, "nl");
        describe(ctx, s, minister, country, portfolio, start, end);
    }

    private static void describe(LetterContext ctx, Sentence s, IRI minister, IRI country, String portfolio, int start,
            int end) {
        GraphWriter out = ctx.out();
        out.add(minister, RDF.TYPE, DMM.Minister);
        out.add(minister, DMM.country, country);
        out.add(minister, DMM.portfolio, portfolio);
        ctx.mention(minister, DMM.Minister, s.start() + start, s.start() + end);
        for (Mention m : ctx.mentions()) {
            if (m.type().equals(DMM.Meeting) && m.sentence() == s.index()) {
                out.add(m.entity(), DMM.participant, minister);
            }
        }
    }
}
