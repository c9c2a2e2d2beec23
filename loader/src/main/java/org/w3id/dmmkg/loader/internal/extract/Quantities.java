package org.w3id.dmmkg.loader.internal.extract;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.w3id.dmmkg.loader.internal.rdf.GraphWriter;
import org.w3id.dmmkg.loader.internal.scan.Finder;
import org.w3id.dmmkg.loader.internal.scan.GuardedPattern;
import org.w3id.dmmkg.loader.vocab.DMM;

/**
 * Quantities in a commitment, as typed values: an amount in euro ({@code 4,2 miljoen euro}),
 * personnel ({@code circa negentig militairen}), rotations, a share of GDP ({@code 2% van het bbp}),
 * a period in months ({@code ten minste 6 maanden}) and the year it is for ({@code in 2024}).
 */
final class Quantities {
    private static final String NUMBER = "(\\d{1,3}(?:\\.\\d{3})+|\\d+(?:,\\d+)?|een|twee|drie|vier|vijf|zes|zeven|acht|"
            + "negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd)";
    private static final GuardedPattern EURO = GuardedPattern.compile("(?iu)(?:€\\s*" + NUMBER + "\\s*(miljoen|miljard|mln\\.?|mld\\.?)?|"
            + NUMBER + "\\s*(miljoen|miljard|mln\\.?|mld\\.?)?\\s*euro)");
    private static final GuardedPattern PERSONNEL = GuardedPattern.compile("(?iu)" + NUMBER + "\\s+(?:\\p{L}+\\s+)?(militairen|personen|"
            + "manschappen|instructeurs|mariniers)");
    private static final GuardedPattern ROTATIONS = GuardedPattern.compile("(?iu)" + NUMBER + "\\s+rotaties");
    private static final GuardedPattern GDP = GuardedPattern.compile("(?iu)(\\d+(?:,\\d+)?)\\s*(?:%|procent)\\s+(?:van (?:het|ons) )?(?:bbp|bnp)");
    private static final GuardedPattern MONTHS = GuardedPattern.compile("(?iu)" + NUMBER + "\\s+maanden");
    private static final GuardedPattern YEAR = GuardedPattern.compile("(?iu)\\b(?:in|voor|vanaf|tot en met)\\s+((?:19|20)\\d\\d)\\b");
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("een", 1), Map.entry("twee", 2),
            Map.entry("drie", 3), Map.entry("vier", 4), Map.entry("vijf", 5), Map.entry("zes", 6), Map.entry("zeven", 7),
            Map.entry("acht", 8), Map.entry("negen", 9), Map.entry("tien", 10), Map.entry("elf", 11),
            Map.entry("twaalf", 12), Map.entry("twintig", 20), Map.entry("dertig", 30), Map.entry("veertig", 40),
            Map.entry("vijftig", 50), Map.entry("zestig", 60), Map.entry("zeventig", 70), Map.entry("tachtig", 80),
            Map.entry("negentig", 90), Map.entry("honderd", 100));

    private Quantities() {
    }

    /** Whether the sentence states an amount of money or people. */
    static boolean hasAmount(String sentence) {
        return hasEuro(sentence) || mayHavePersonnel(sentence) && PERSONNEL.finds(sentence);
    }

    /** Whether the sentence states an amount of money. */
    static boolean hasEuro(String sentence) {
        return (sentence.contains("euro") || sentence.contains("€")) && EURO.finds(sentence);
    }

    private static boolean mayHavePersonnel(String s) {
        return s.contains("militairen") || s.contains("personen") || s.contains("manschappen")
                || s.contains("instructeurs") || s.contains("mariniers");
    }

    static void write(GraphWriter out, IRI commitment, String sentence) {
        Finder euro = EURO.finder(sentence);
        if (hasEuro(sentence) && euro.find()) {
            boolean prefixed = euro.group(1) != null;
            BigDecimal n = number(prefixed ? euro.group(1) : euro.group(3));
            String scale = prefixed ? euro.group(2) : euro.group(4);
            out.add(commitment, DMM.amountEuro, decimal(n.multiply(scale(scale))));
        }
        if (mayHavePersonnel(sentence)) {
            integer(out, commitment, DMM.personnel, PERSONNEL, sentence);
        }
        if (sentence.contains("rotaties")) {
            integer(out, commitment, DMM.rotations, ROTATIONS, sentence);
        }
        if (sentence.contains("maanden")) {
            integer(out, commitment, DMM.durationMonths, MONTHS, sentence);
        }
        Finder gdp = GDP.finder(sentence);
        if ((sentence.contains("bbp") || sentence.contains("bnp")) && gdp.find()) {
            out.add(commitment, DMM.gdpSharePercent, decimal(number(gdp.group(1))));
        }
        Finder year = YEAR.finder(sentence);
        if (year.find()) {
            out.add(commitment, DMM.year, GraphWriter.typed(year.group(1), XSD.GYEAR));
        }
    }

    /** The canonical xsd:decimal form ({@code 2.0}, {@code 4200000.0}), so every RDF library reads it back the same. */
    private static org.eclipse.rdf4j.model.Literal decimal(BigDecimal n) {
        BigDecimal stripped = n.stripTrailingZeros();
        BigDecimal canonical = stripped.scale() < 1 ? stripped.setScale(1) : stripped;
        return GraphWriter.typed(canonical.toPlainString(), XSD.DECIMAL);
    }

    private static void integer(GraphWriter out, IRI commitment, IRI property, GuardedPattern p, String sentence) {
        Finder m = p.finder(sentence);
        if (m.find()) {
            out.add(commitment, property, number(m.group(1)).longValue());
        }
    }

    static BigDecimal number(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        Integer word = WORDS.get(t);
        if (word != null) {
            return BigDecimal.valueOf(word);
        }
        return new BigDecimal(t.replace(".", "").replace(',', '.'));
    }

    private static BigDecimal scale(String word) {
        if (word == null) {
            return BigDecimal.ONE;
        }
        return word.toLowerCase(Locale.ROOT).startsWith("miljard") || word.toLowerCase(Locale.ROOT).startsWith("mld")
                ? BigDecimal.valueOf(1_000_000_000L) : BigDecimal.valueOf(1_000_000L);
    }
}
