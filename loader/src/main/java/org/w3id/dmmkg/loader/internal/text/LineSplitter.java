package org.w3id.dmmkg.loader.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a source text into {@link Line}s; for markdown, reads emphasis and links as plain text. */
final class LineSplitter {
    private static final Pattern MD_HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+");
    // Neither part crosses a bracket: a line of "[[[…" or "[a](" is then scanned once, not once per bracket.
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\[\\]]*+)]\\([^()\\[\\]\\s]*+\\)");

    private LineSplitter() {
    }

    static List<Line> split(String source, boolean markdown) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int n = source.length();
        while (start <= n) {
            int end = source.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            addLines(lines, source, start, end, markdown);
            start = end + 1;
        }
        return lines;
    }

    /** One source line as a line, or a table row as the lines its labelled cells start (see {@link PipeTable}). */
    private static void addLines(List<Line> lines, String source, int start, int end, boolean markdown) {
        String raw = source.substring(start, end);
        if (!PipeTable.isRow(raw)) {
            lines.add(line(raw, start, markdown, false));
        } else if (PipeTable.isRule(raw)) {
            lines.add(line("", start, markdown, true));
        } else {
            for (int[] part : PipeTable.lines(raw)) {
                lines.add(line(raw.substring(part[0], part[1]), start + part[0], markdown, true));
            }
        }
    }

    /** @param raw the source's characters of the line, which begins at {@code start} in the source */
    private static Line line(String raw, int start, boolean markdown, boolean table) {
        boolean indented = !table && !raw.isEmpty() && Character.isWhitespace(raw.charAt(0)) && !raw.isBlank();
        boolean heading = false;
        boolean[] drop = null;
        if (markdown) {
            drop = new boolean[raw.length()];
            Matcher h = raw.indexOf('#') < 0 ? null : MD_HEADING.matcher(raw);
            if (h != null && h.find()) {
                heading = true;
                mark(drop, 0, h.end());
            }
            if (isRule(raw)) {
                mark(drop, 0, raw.length());
            }
            dropMarkdownSyntax(raw, drop);
        }
        // The kept characters and their offsets in plain arrays: a line is made once, then only read.
        char[] chars = raw.toCharArray();
        int[] offsets = new int[chars.length];
        int count = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (drop == null || !drop[i]) {
                boolean space = c == '\t' || c == '\u00a0' || c == '\f' || c == '\r' || table && c == '|';
                chars[count] = space ? ' ' : c;
                offsets[count++] = start + i;
            }
        }
        return new Line(trim(chars, offsets, count), indented, heading);
    }

    /**
     * A markdown thematic break: three or more of {@code - * _} and nothing else but spaces.
     * A scan, not a pattern: a repeated group recurses once per character in Java's regex
     * engine, and a line of 20,000 dashes overflowed the stack.
     */
    static boolean isRule(String raw) {
        int marks = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '-' || c == '*' || c == '_') {
                marks++;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return marks >= 3;
    }

    private static void dropMarkdownSyntax(String raw, boolean[] drop) {
        // A link begins with its bracket: most lines have none, and the expression is not run on them.
        Matcher link = raw.indexOf('[') < 0 ? null : MD_LINK.matcher(raw);
        while (link != null && link.find()) {
            drop[link.start()] = true;
            mark(drop, link.end(1), link.end());
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '*' || c == '\\' && i + 1 < raw.length() && isMarkdownPunct(raw.charAt(i + 1))) {
                drop[i] = true;
            } else if (c == '_' && isWordEdge(raw, i)) {
                drop[i] = true;
            }
        }
    }

    private static boolean isMarkdownPunct(char c) {
        return "*_-#[]()`.!\\".indexOf(c) >= 0;
    }

    private static boolean isWordEdge(String s, int i) {
        boolean before = i > 0 && Character.isLetterOrDigit(s.charAt(i - 1));
        boolean after = i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
        return before != after;
    }

    private static void mark(boolean[] drop, int from, int to) {
        for (int i = from; i < to; i++) {
            drop[i] = true;
        }
    }

    /** The first {@code count} characters without white space at either end, with their offsets. */
    private static OffsetText trim(char[] chars, int[] offsets, int count) {
        int from = 0;
        int to = count;
        while (from < to && Character.isWhitespace(chars[from])) {
            from++;
        }
        while (to > from && Character.isWhitespace(chars[to - 1])) {
            to--;
        }
        // Runs of spaces inside a line become one: the kept characters move to the front, then are copied at once.
        int kept = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c == ' ' && kept > 0 && chars[kept - 1] == ' ') {
                continue;
            }
            chars[kept] = c;
            offsets[kept++] = offsets[i];
        }
        return OffsetText.of(chars, offsets, kept);
    }
}
