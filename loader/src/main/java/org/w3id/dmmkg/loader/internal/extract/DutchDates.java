package org.w3id.dmmkg.loader.internal.extract;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dmmkg.loader.internal.scan.Finder;
import org.w3id.dmmkg.loader.internal.scan.GuardedPattern;

/**
 * Finds dates in Dutch text: {@code 3 februari 2023}, {@code 14 en 15 februari jl.},
 * {@code 15-16 juni}, {@code 28-30 juni}, {@code 30 juni en 1 juli 2022}, {@code op 8 juni}.
 */
public final class DutchDates {
    static final String MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december";
    private static final String JOIN = "\\s*(?:-|–|/|en|tot en met|t/m|tot)\\s*";
    private static final GuardedPattern DATE = GuardedPattern.compile("(?iu)(?<![\\d,.])(?<d1>[0-3]?\\d)(?:(?<m1a>\\s+(?:" + MONTHS + "))?"
            + JOIN + "(?<d2>[0-3]?\\d))?\\s+(?<m>" + MONTHS + ")(?:\\s+(?<y>(?:19|20)\\d\\d))?"
            + "(?:\\s+(?<dir>jl\\.|j\\.l\\.|jongstleden|aanstaande|a\\.s\\.|aanst\\.))?(?!\\d)");
    private static final Pattern LETTER_DATE = Pattern.compile("(?iu)(?:den haag|'s-gravenhage|’s-gravenhage|datum|vastgesteld)"
            + "[,:]?\\s+(?<d>[0-3]?\\d)\\s+(?<m>" + MONTHS + ")\\s+(?<y>(?:19|20)\\d\\d)");

    private DutchDates() {
    }

    /** Every date expression in {@code text}. */
    public static List<DateMention> find(CharSequence text) {
        List<DateMention> out = new ArrayList<>();
        Finder m = DATE.finder(text);
        while (m.find()) {
            DateMention d = toMention(m);
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    /** The letter's own date from {@code Den Haag, 21 februari 2023} or {@code Datum 22 juni 2022}, or a committee's {@code Vastgesteld 29 januari 2024}. */
    public static LocalDate letterDate(String line) {
        Matcher m = LETTER_DATE.matcher(line);
        if (!m.lookingAt()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group("y")), month(m.group("m")), Integer.parseInt(m.group("d")));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static DateMention toMention(Finder m) {
        int lastMonth = month(m.group("m"));
        int firstMonth = m.group("m1a") == null ? lastMonth : month(m.group("m1a").strip());
        int d1 = Integer.parseInt(m.group("d1"));
        int d2 = m.group("d2") == null ? d1 : Integer.parseInt(m.group("d2"));
        if (m.group("d2") == null && m.group("m1a") != null) {
            return null;
        }
        try {
            MonthDay first = MonthDay.of(firstMonth, d1);
            MonthDay last = MonthDay.of(lastMonth, d2);
            if (firstMonth == lastMonth && d2 < d1) {
                return null;
            }
            int year = m.group("y") == null ? 0 : Integer.parseInt(m.group("y"));
            String dir = m.group("dir") == null ? "" : m.group("dir").toLowerCase(Locale.ROOT);
            int direction = dir.startsWith("j") ? -1 : dir.isEmpty() ? 0 : 1;
            return new DateMention(m.start(), m.end(), first, last, year, direction);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The months' names in order, as {@link #MONTHS} lists them. */
    private static final List<String> MONTH_NAMES = List.of(MONTHS.split("\\|"));

    static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        int at = MONTH_NAMES.indexOf(n);
        if (at >= 0) {
            return at + 1;
        }
        throw new IllegalArgumentException("not a month: " + name);
    }
}
