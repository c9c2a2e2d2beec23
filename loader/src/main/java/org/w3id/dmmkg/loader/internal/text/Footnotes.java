package org.w3id.dmmkg.loader.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dmmkg.loader.internal.scan.Finder;
import org.w3id.dmmkg.loader.internal.scan.GuardedPattern;

/**
 * Finds the footnote blocks of a page-laid-out letter and the markers in the running text
 * that point to them. A footnote is recognised by its number (the next one expected; the
 * first may be any, as in an excerpt whose earlier notes were cut) and by a marker with that
 * number glued to a word or punctuation before it ({@code vergroten.1}, {@code c.s.2},
 * {@code Oekraïne3.}); its block runs until the next page starts (an indented line).
 */
final class Footnotes {
    private static final Pattern START = Pattern.compile("^(\\d{1,2})\\s+\\S");
    private static final int MAX_LINES = 15;
    /** The patterns of footnote markers by number, made on first need. */
    private static final AtomicReferenceArray<GuardedPattern> MARKERS = new AtomicReferenceArray<>(1000);

    /** One footnote: its number and the lines it spans. */
    record Footnote(int number, int firstLine, int lastLine) {
    }

    private Footnotes() {
    }

    /** Finds footnotes, marks their markers on the lines, and returns them in order. */
    static List<Footnote> find(List<Line> lines) {
        List<Footnote> found = new ArrayList<>();
        int expected = 1;
        int searchFrom = 0;
        for (int i = 0; i < lines.size(); i++) {
            int number = startNumber(lines.get(i));
            if (number != expected && !(found.isEmpty() && number > 0)) {
                continue;
            }
            if (!markMarker(lines, searchFrom, i, number, found.size() + 1)) {
                continue;
            }
            expected = number;
            int last = blockEnd(lines, i, expected + 1);
            // Footnotes stacked at the foot of one page: 1 …, 2 …
            found.add(new Footnote(expected, i, last));
            expected++;
            while (last + 1 < lines.size() && startsFootnote(lines.get(nextNonBlank(lines, last + 1)), expected)
                    && markMarker(lines, searchFrom, i, expected, found.size() + 1)) {
                int first = nextNonBlank(lines, last + 1);
                last = blockEnd(lines, first, expected + 1);
                found.add(new Footnote(expected, first, last));
                expected++;
            }
            searchFrom = last + 1;
            i = last;
        }
        return found;
    }

    private static boolean startsFootnote(Line line, int number) {
        return startNumber(line) == number;
    }

    /** The number a footnote's first line begins with ({@code 12 Zie …}), or -1; most lines fail on their first character. */
    private static int startNumber(Line line) {
        String t = line.text();
        if (t.isEmpty() || t.charAt(0) < '0' || t.charAt(0) > '9') {
            return -1;
        }
        Matcher m = START.matcher(t);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static int nextNonBlank(List<Line> lines, int from) {
        int i = from;
        while (i < lines.size() - 1 && lines.get(i).isBlank()) {
            i++;
        }
        return Math.min(i, lines.size() - 1);
    }

    /**
     * The last line of the footnote starting at {@code first}: it ends before an indented line
     * (the next page), before footnote {@code next}, or before a capitalised line after a blank.
     */
    private static int blockEnd(List<Line> lines, int first, int next) {
        int last = first;
        for (int j = first + 1; j < lines.size() && j - first < MAX_LINES; j++) {
            Line line = lines.get(j);
            if (line.isBlank()) {
                continue;
            }
            boolean afterBlank = lines.get(j - 1).isBlank();
            if (line.indented || startsFootnote(line, next) || afterBlank && !startsLowerOrDigit(line)) {
                break;
            }
            last = j;
        }
        return last;
    }

    /** The pattern of marker {@code number}, compiled once for the numbers footnotes commonly have. */
    private static GuardedPattern marker(int number) {
        if (number < 0 || number >= MARKERS.length()) {
            return compileMarker(number);
        }
        GuardedPattern p = MARKERS.get(number);
        if (p == null) {
            p = compileMarker(number); // two threads may both compile it: the same pattern either way
            MARKERS.set(number, p);
        }
        return p;
    }

    /** Tried only where the number's digits stand (see {@link GuardedPattern#finder}). */
    private static GuardedPattern compileMarker(int number) {
        return GuardedPattern.compile("(?<!\\d[.,])(?<=[\\p{L}.,;:)’'”\"])" + number + "(?=[\\s.,;:)]|$)");
    }

    private static boolean startsLowerOrDigit(Line line) {
        char c = line.firstChar();
        return Character.isLowerCase(c) || Character.isDigit(c);
    }

    /**
     * Marks the last marker {@code number} in lines {@code [from, to)}, as the {@code ordinal}-th
     * footnote; false if there is none. A marker stands before white space or punctuation.
     */
    private static boolean markMarker(List<Line> lines, int from, int to, int number, int ordinal) {
        GuardedPattern marker = marker(number);
        String digits = String.valueOf(number);
        for (int i = to - 1; i >= from; i--) {
            Line line = lines.get(i);
            if (!line.text().contains(digits)) {
                continue; // the marker is its digits: a line without them has none
            }
            Finder m = marker.finder(line.text());
            int at = -1;
            while (m.find()) {
                at = m.start();
            }
            if (at >= 0) {
                line.markers.add(new int[] {at, number, ordinal});
                return true;
            }
        }
        return false;
    }
}
