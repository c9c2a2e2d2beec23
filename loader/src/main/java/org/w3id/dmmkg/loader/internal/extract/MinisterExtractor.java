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
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.w3id.dmmkg.loader.internal.rdf.GraphWriter;
import org.w3id.dmmkg.loader.internal.rdf.Slugs;
import org.w3id.dmmkg.loader.internal.text.LetterText;
import org.w3id.dmmkg.loader.internal.text.Sentence;
import org.w3id.dmmkg.loader.internal.vocabulary.Entry;
import org.w3id.dmmkg.loader.internal.vocabulary.ReferenceVocabulary;
import org.w3id.dmmkg.loader.vocab.DMM;

/**
 * Ministers known by country and portfolio: {@code de Oekraïense Minister van Defensie},
 * {@code de ministers van Defensie van Finland, Zweden en Georgië} (one minister each),
 * {@code de minister van Buitenlandse Zaken} (in a Dutch letter, the Dutch one). Each is one
 * IRI per country and portfolio ({@code minister/ua-defensie}). Officials who are not
 * ministers (SG NAVO, SACEUR, a president) are not matched. A minister in a sentence that
 * names a meeting is that meeting's {@code dmm:participant}.
 */
public final class MinisterExtractor implements Extractor {
    private static final String PORTFOLIO = "(Defensie|Buitenlandse Zaken|Financiën|Economische Zaken|"
            + "Buitenlandse Handel en Ontwikkelingssamenwerking|Justitie en Veiligheid|Algemene Zaken)";
    private static final IRI NETHERLANDS = DMM.id("country", "nl");

    private final Map<String, Entry> countryByWord = new HashMap<>();
    private final Pattern byAdjective;
    private final Pattern byCountry;
    private final Pattern unqualified;

    public MinisterExtractor(ReferenceVocabulary vocabulary) {
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
        String country = "(?:" + String.join("|", names) + ")";
        this.byAdjective = Pattern.compile("(?<![\\p{L}-])(?:de|De|het|Het) " + adj + " [Mm]inisters? van " + PORTFOLIO);
        this.byCountry = Pattern.compile("(?<![\\p{L}-])[Mm]inisters? van " + PORTFOLIO + " van (" + country
                + "(?:(?:, | en )" + country + ")*)");
        this.unqualified = Pattern.compile("(?<![\\p{L}-])(?:de|De) [Mm]inister van " + PORTFOLIO + "(?! van \\p{Lu})");
    }

    @Override
    public void extract(LetterContext ctx) {
        LetterText text = ctx.text();
        for (Sentence s : text.sentences()) {
            String sentence = text.textOf(s);
            boolean[] taken = new boolean[sentence.length() + 1];
            Matcher a = byAdjective.matcher(sentence);
            while (a.find()) {
                Entry country = countryByWord.get(a.group(1).toLowerCase(Locale.ROOT));
                mark(taken, a.start(), a.end());
                write(ctx, s, country.id(), country.label(), a.group(2), a.start(), a.end());
            }
            Matcher c = byCountry.matcher(sentence);
            while (c.find()) {
                if (taken[c.start()]) {
                    continue;
                }
                mark(taken, c.start(), c.end());
                for (String name : c.group(2).split(", | en ")) {
                    Entry country = countryByWord.get(name.strip().toLowerCase(Locale.ROOT));
                    write(ctx, s, country.id(), country.label(), c.group(1), c.start(), c.end());
                }
            }
            Matcher u = unqualified.matcher(sentence);
            while (u.find()) {
                if (!taken[u.start() + 3]) {
                    write(ctx, s, NETHERLANDS, "Nederland", u.group(1), u.start(), u.end());
                }
            }
        }
    }

    private static void mark(boolean[] taken, int from, int to) {
        java.util.Arrays.fill(taken, from, to, true);
    }

    private static void write(LetterContext ctx, Sentence s, IRI country, String countryLabel, String portfolio,
            int start, int end) {
        String code = country.getLocalName();
        IRI minister = DMM.id("minister", code + "-" + Slugs.of(portfolio));
        GraphWriter out = ctx.out();
        out.add(minister, RDF.TYPE, DMM.Minister);
        out.add(minister, RDFS.LABEL, "Minister van " + portfolio + " van " + countryLabel, "nl");
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
