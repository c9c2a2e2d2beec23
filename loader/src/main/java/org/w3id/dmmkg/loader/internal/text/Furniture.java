package org.w3id.dmmkg.loader.internal.text;

import java.util.regex.Pattern;

/** Recognises letter-head, page and closing lines by their form. */
final class Furniture {
    private static final Pattern HEAD = Pattern.compile("(?iu)^("
            + "(aan )?de voorzitter van de (tweede|eerste) kamer( der staten-generaal)?"
            + "|der staten-generaal|tweede kamer der staten-generaal( \\d+)?|eerste kamer der staten-generaal( \\d+)?"
            + "|vergaderjaar \\d{4}\\s?[–-]\\s?\\d{4}"
            + "|(tweede|eerste) kamer, vergaderjaar \\d{4}\\s?[–-]\\s?\\d{4},.*"
            + "|kst-\\d+.*|issn .*|'s-gravenhage \\d{4}|’s-gravenhage \\d{4}"
            + "|(den haag|'s-gravenhage|’s-gravenhage),? \\d{1,2} \\p{L}+ \\d{4}"
            + "|datum:?( \\d{1,2} \\p{L}+ \\d{4})?|onze referentie\\b.*|uw referentie\\b.*|uw brief\\b.*|kenmerk\\b.*|bijlagen?\\b.{0,40}"
            + "|bij beantwoording\\b.*|.{0,40}\\bvermelden\\.?|contactpersoon\\b.*|e-?mail\\b.*"
            + "|pagina \\d+( van \\d+)?|\\d{1,3}|-\\s*\\d{1,3}\\s*-"
            + "|postbus \\d+.*|(?-i:\\d{4} ?[A-Z]{2} \\p{Lu}.*)|(www\\.|https?://)\\S+"
            + "|ministerie van [\\p{L} -]+|directoraat-generaal [\\p{L} -]+"
            + "|\\p{L}+(weg|straat|plein|laan|kade|gracht|singel) \\d+.*|plein \\d+|mpc \\d+ ?[a-z]?"
            + "|[A-Z]{2,}[0-9]{6,}"
            + ")$");
    private static final Pattern SUBJECT = Pattern.compile("(?iu)^betreft\\b.*");
    private static final Pattern OFFICE = Pattern.compile("(?iu)^(de )?(minister|staatssecretaris|"
            + "directeur-generaal|secretaris-generaal|plaatsvervangend secretaris-generaal)"
            + "( van|\\b)[\\p{L} ,-]{0,60}$");

    private Furniture() {
    }

    static boolean isHead(String line) {
        return HEAD.matcher(line).matches();
    }

    static boolean isSubject(String line) {
        return SUBJECT.matcher(line).matches();
    }

    /** The signing office of a closing block: {@code De Minister van Defensie,}. */
    static boolean isOffice(String line) {
        String t = line.strip();
        return t.length() < 70 && OFFICE.matcher(t).matches() && (t.endsWith(",") || isUpper(t) || !t.contains(" "));
    }

    private static boolean isUpper(String s) {
        return s.equals(s.toUpperCase(java.util.Locale.ROOT));
    }
}
