package org.w3id.dmmkg.loader.internal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dmmkg.loader.internal.scan.Finder;
import org.w3id.dmmkg.loader.internal.scan.GuardedPattern;

/**
 * Finds references to parliamentary papers: {@code Kamerstuk 28 676, nr. 426},
 * {@code Kamerstuk 35 925 X, nr. 74}, {@code nr.427}, {@code Kamerstukken 22 054 en 36 045, nr. 398},
 * {@code 21 501-28, nr. 283}, {@code Kamerstukken II 2022/23, 28 676, nrs. 426 en 427}.
 */
public final class Kamerstukken {
    /** A dossier number; a suffix is a hyphenated part or a budget chapter (a roman numeral or one letter). */
    private static final String DOSSIER = "\\d{2}\\s?\\d{3}(?:\\s?-\\s?[0-9A-Z]{1,4}\\b|\\s(?-i:[IVXL]{1,5}|[A-Z])\\b(?![\\p{L}-]))?";
    private static final GuardedPattern REFERENCE = GuardedPattern.compile("(?iu)(?<![\\d,])(?:Kamerstuk(?:ken)?\\s+(?:I{1,2}\\s+)?"
            + "(?:\\d{4}\\s?[/–-]\\s?\\d{2,4},?\\s+)?)?"
            + "(?<dossiers>" + DOSSIER + "(?:\\s*(?:,|en)\\s*" + DOSSIER + ")*)"
            + ",?\\s*nrs?\\.?\\s*(?<nrs>\\d{1,4}(?:\\s*(?:,|en)\\s*\\d{1,4}(?![\\d\\s]*\\s(?:" + DutchDates.MONTHS + ")))*)"
            + "(?:,?\\s*(?:van|d\\.d\\.)\\s+(?<date>[0-3]?\\d\\s+(?:" + DutchDates.MONTHS + ")\\s+(?:19|20)\\d\\d))?");
    private static final Pattern ONE_DOSSIER = Pattern.compile(DOSSIER);
    private static final Pattern NUMBER_SEPARATOR = Pattern.compile("\\s*(?:,|en)\\s*");
    private static final Pattern SPACED_HYPHEN = Pattern.compile("\\s*-\\s*");
    private static final Pattern DOSSIER_PARTS = Pattern.compile("^(\\d{2})\\s?(\\d{3})(?:[-\\s]([0-9A-Z]{1,4}))?$");

    /** One reference: the dossiers and numbers it cites, and where. */
    public record Reference(int start, int end, List<String> dossiers, List<String> numbers, int dateStart) {
    }

    private Kamerstukken() {
    }

    public static List<Reference> find(CharSequence text) {
        List<Reference> out = new ArrayList<>();
        Finder m = REFERENCE.finder(text);
        while (m.find()) {
            List<String> dossiers = new ArrayList<>();
            Matcher d = ONE_DOSSIER.matcher(m.group("dossiers"));
            while (d.find()) {
                dossiers.add(normaliseDossier(d.group()));
            }
            List<String> numbers = new ArrayList<>();
            for (String n : NUMBER_SEPARATOR.split(m.group("nrs"))) {
                numbers.add(String.valueOf(Integer.parseInt(n.strip())));
            }
            out.add(new Reference(m.start(), m.end(), dossiers, numbers, m.start("date")));
        }
        return out;
    }

    /** {@code "35 925 X"} → {@code 35925-X}; {@code "21 501 - 28"} → {@code 21501-28}. */
    public static String normaliseDossier(String raw) {
        String t = SPACED_HYPHEN.matcher(raw.strip()).replaceAll("-");
        Matcher m = DOSSIER_PARTS.matcher(t);
        if (!m.matches()) {
            return t.replace(" ", "");
        }
        return m.group(1) + m.group(2) + (m.group(3) == null ? "" : "-" + m.group(3));
    }

    /** The paper's page on the official publications site. */
    public static String page(String dossier, String number) {
        return org.w3id.dmmkg.loader.vocab.DMM.kamerstukPage(dossier, number);
    }
}
