package org.w3id.dmmkg.loader.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of a table written with pipes, as web viewers render a Word letter head
 * ({@code Datum | 24 maart 2025 |}, {@code Betreft | Geannoteerde agenda … |}): its pipes are
 * no text, its rule line ({@code |---|---|}) is none at all, and each cell that begins with a
 * letter-head label ({@code Datum}, {@code Betreft}, {@code Onze referentie}) starts a line of
 * its own, so that the head reads as it would on paper.
 */
final class PipeTable {
    // Cells as '| cell' repeats: each repetition starts with its own pipe, so the repeats can be
    // possessive; a line of spaces would otherwise cost time quadratic in its length.
    private static final Pattern RULE = Pattern.compile("^\\s*+\\|?+\\s*+:?-{3,}+:?\\s*+(?:\\|\\s*+:?-{3,}+:?\\s*+)*+\\|?\\s*+$");
    private static final Pattern LABEL = Pattern.compile("(?iu)^\\s*(?:datum|betreft|onze referentie|uw referentie|"
            + "ons kenmerk|uw kenmerk|kenmerk|uw brief|bijlagen?|bijlage\\(n\\)|contactpersoon|inlichtingen|"
            + "doorkiesnummer|telefoon|e-?mail|postbus)\\b");
    private static final Pattern CELL_BREAK = Pattern.compile("\\|");

    private PipeTable() {
    }

    /** Whether {@code raw} is a table row: it starts or ends with a pipe, or has cells between pipes. */
    static boolean isRow(String raw) {
        String t = raw.strip();
        return t.startsWith("|") || t.endsWith("|") || t.contains(" | ");
    }

    /** The rule under a table's header row: no text. */
    static boolean isRule(String raw) {
        return RULE.matcher(raw).matches();
    }

    /** Where the row's lines begin and end, {@code [from, to)} in {@code raw}: a new one at each labelled cell. */
    static List<int[]> lines(String raw) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        Matcher pipe = CELL_BREAK.matcher(raw);
        while (pipe.find()) {
            if (pipe.end() < raw.length() && LABEL.matcher(raw.substring(pipe.end())).lookingAt()) {
                out.add(new int[] {from, pipe.start()});
                from = pipe.end();
            }
        }
        out.add(new int[] {from, raw.length()});
        return out;
    }
}
