package org.w3id.dmmkg.loader.internal.text;

import java.util.regex.Pattern;
import org.w3id.dmmkg.loader.internal.scan.Chars;
import org.w3id.dmmkg.loader.internal.scan.GuardedPattern;

/** Recognises letter-head, page and closing lines by their form. */
final class Furniture {
    /**
     * Head, page and address lines that begin with words of their own ({@code Datum}, {@code
     * Kenmerk}, {@code Postbus}): a line that begins with none of them is not run against it.
     */
    private static final GuardedPattern HEAD_NAMED = GuardedPattern.compile("(?iu)^("
            + "(aan )?de voorzitter van de (tweede|eerste) kamer( der staten-generaal)?"
            + "|der staten-generaal|tweede kamer der staten-generaal( \\d+)?|eerste kamer der staten-generaal( \\d+)?"
            + "|vergaderjaar \\d{4}\\s?[–-]\\s?\\d{4}"
            + "|(tweede|eerste) kamer, vergaderjaar \\d{4}\\s?[–-]\\s?\\d{4},.*"
            + "|kst-\\d+.*|issn .*|'s-gravenhage \\d{4}|’s-gravenhage \\d{4}"
            + "|(den haag|'s-gravenhage|’s-gravenhage),? \\d{1,2} \\p{L}+ \\d{4}"
            + "|datum:?( \\d{1,2} \\p{L}+ \\d{4})?|vastgesteld \\d{1,2} \\p{L}+ \\d{4}"
            + "|onze referentie\\b.*|uw referentie\\b.*|uw brief\\b.*|kenmerk\\b.*|bijlagen?\\b.{0,40}"
            + "|bij beantwoording\\b.*|contactpersoon\\b.*|e-?mail\\b.*"
            + "|pagina \\d+( van \\d+)?"
            + "|postbus \\d+.*|(www\\.|https?://)\\S+"
            + "|ministerie van [\\p{L} -]+|directoraat-generaal [\\p{L} -]+"
            + "|plein \\d+|mpc \\d+ ?[a-z]?"
            + ")$");
    /** The other head, page and address lines: known by their form (a page number, a postcode, a street). */
    private static final Pattern HEAD_FORMS = Pattern.compile("(?iu)^("
            + ".{0,40}\\bvermelden\\.?|\\d{1,3}|-\\s*\\d{1,3}\\s*-"
            + "|(?-i:\\d{4} ?[A-Z]{2} \\p{Lu}.*)"
            + "|\\p{L}+(weg|straat|plein|laan|kade|gracht|singel) \\d+.*"
            + "|[A-Z]{2,}[0-9]{6,}"
            + ")$");
    private static final GuardedPattern SUBJECT = GuardedPattern.compile("(?iu)^betreft\\b.*");
    private static final GuardedPattern OFFICE = GuardedPattern.compile("(?iu)^(de )?(minister|staatssecretaris|"
            + "directeur-generaal|secretaris-generaal|plaatsvervangend secretaris-generaal|"
            + "(fungerend |waarnemend )?voorzitter van de (vaste )?commissie|(adjunct-)?griffier van de (vaste )?commissie)"
            + "( van|\\b)[\\p{L} ,-]{0,60}$");
    /** The office and the name on one line: {@code De minister van Defensie, J. S. J. Hillen}; a surname of up to three words. */
    private static final GuardedPattern OFFICE_AND_NAME = GuardedPattern.compile("(?u)^(?:[Dd]e )?(?:[Mm]inister|[Ss]taatssecretaris)"
            + "(?: van [\\p{L} -]{3,60})?, (?:\\p{Lu}\\.\\s?)*(?:(?:van|de|der|den) )*\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2}$");
    /** A signatory's name under the office: initials, particles and capitalised words, nothing else. */
    private static final Pattern NAME_LINE = Pattern.compile("(?u)^(?:(?:drs|dr|mr|ir|prof)\\.\\s?)*+(?:\\p{Lu}\\.\\s?)*+"
            + "(?:(?:van|de|der|den|ter|ten|De|Van) )*+\\p{Lu}[\\p{L}'’-]+(?: (?:van|de|der|den|\\p{Lu}[\\p{L}'’-]+)){0,3}$");
    /** The paper's own number in an official publication, with or without its title: {@code Nr. 167 BRIEF VAN …}. */
    private static final Pattern PAPER_NUMBER = Pattern.compile("(?u)^[Nn]r\\.\\s*\\d{1,5}(?:\\s+[\\p{Lu}\\d][\\p{Lu}\\d ,.'’-]*|\\s+\\p{Lu}\\p{Ll}+ van [\\p{L} ,.'’-]*)?$");
    /** The upper-case title of an official publication: {@code VERSLAG VAN EEN SCHRIFTELIJK OVERLEG}. */
    private static final Pattern PAPER_TITLE = Pattern.compile("(?u)^\\p{Lu}[\\p{Lu}\\d ,.'’()-]{8,}$");
    /** How far into a file the head of an official publication ends. */
    private static final int HEAD_LINES = 12;

    private Furniture() {
    }

    static boolean isHead(String line) {
        // A line is furniture when either kind matches it whole: the alternatives of one expression, split in two.
        return HEAD_NAMED.matches(line) || mayBeHeadForm(line) && HEAD_FORMS.matcher(line).matches();
    }

    /**
     * False for a line that none of {@link #HEAD_FORMS} can match whole, told by its ends alone:
     * a form is short, begins with a digit or a dash, ends in a digit or in {@code vermelden}, or
     * is one word of letters and then a house number. Most lines are prose, which fails this
     * quickly; the expression on it tried {@code vermelden} and the street endings at every letter.
     */
    private static boolean mayBeHeadForm(String line) {
        int n = line.length();
        if (n <= 3) {
            return true;
        }
        char first = line.charAt(0);
        char last = line.charAt(n - 1);
        return first == '-' || isAsciiDigit(first) || isAsciiDigit(last) || Chars.endsWithFolded(line, n, "vermelden")
                || Chars.endsWithFolded(line, n, "vermelden.") || isWordAndNumber(line);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Letters ({@code \p{L}+}) from the start, then a space and a digit: {@code Kalverstraat 32}. */
    private static boolean isWordAndNumber(String line) {
        int i = 0;
        while (i < line.length() && Character.isLetter(line.codePointAt(i))) {
            i += Character.charCount(line.codePointAt(i));
        }
        return i > 0 && i + 1 < line.length() && line.charAt(i) == ' ' && isAsciiDigit(line.charAt(i + 1));
    }

    static boolean isSubject(String line) {
        return SUBJECT.matches(line);
    }

    /** The signing office and the signatory's name on one line. */
    static boolean isOfficeAndName(String line) {
        String t = line.strip();
        return t.length() < 90 && OFFICE_AND_NAME.matches(t);
    }

    /** A short line that is only a person's name, as under a signing office. */
    static boolean isNameLine(String line) {
        String t = line.strip();
        return t.length() < 50 && NAME_LINE.matcher(t).matches();
    }

    /**
     * The index of the last line of an official publication's head (the dossier lines, the
     * paper's number and its upper-case title) among the first lines, or -1 when the file
     * does not begin as an official publication.
     */
    static int officialHeadEnd(java.util.List<Line> lines) {
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < HEAD_LINES; i++) {
            Line line = lines.get(i);
            if (line == null || line.isBlank()) {
                continue;
            }
            seen++;
            if (PAPER_NUMBER.matcher(line.text()).matches()) {
                int next = nextNonBlank(lines, i + 1);
                return next >= 0 && PAPER_TITLE.matcher(lines.get(next).text()).matches() ? next : i;
            }
        }
        return -1;
    }

    private static int nextNonBlank(java.util.List<Line> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i) != null && !lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** The signing office of a closing block: {@code De Minister van Defensie,}. */
    static boolean isOffice(String line) {
        String t = line.strip();
        return t.length() < 70 && OFFICE.matches(t) && (t.endsWith(",") || isUpper(t) || !t.contains(" "));
    }

    private static boolean isUpper(String s) {
        return s.equals(s.toUpperCase(java.util.Locale.ROOT));
    }
}
