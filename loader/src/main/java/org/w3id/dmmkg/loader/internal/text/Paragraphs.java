package org.w3id.dmmkg.loader.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.dmmkg.loader.internal.scan.Chars;

/**
 * Groups the body lines of a letter into paragraphs, headings and furniture. Blank lines
 * separate blocks, but a block that stops mid-sentence (double-spaced text, a markdown
 * emphasis broken over lines, a page break) is joined with the next one.
 */
final class Paragraphs {
    /** The characters a {@link #BULLET} begins with, besides digits and {@code a}–{@code z}. */
    private static final String BULLET_MARKS = "\u2022\uf0b7\u25aa\u25e6\u2013\u00b7o";
    private static final Pattern BULLET = Pattern.compile("^([" + BULLET_MARKS + "]\\s+|\\d{1,2}[.)]\\s+|[a-z][.)]\\s+).*");
    private static final Pattern SECTION_NUMBER = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})*+\\.?\\s+(?=\\p{Lu})");
    private static final Pattern BULLET_GLYPH = Pattern.compile("^[\\u2022\\uf0b7\\u25aa\\u25e6\\u00b7]\\s*");
    private static final Set<String> FUNCTION_WORDS = Set.of("de", "het", "een", "van", "en", "op", "in", "aan",
            "met", "voor", "tot", "te", "dat", "die", "om", "over", "bij", "naar", "door", "als", "of", "is",
            "zijn", "wordt", "werd", "kwam", "vond", "the", "and", "to", "a", "uw", "deze", "dit", "ook",
            "niet", "er", "zich", "hun", "zij", "wij", "ik", "u", "heeft", "hebben", "zal", "kan", "waar");

    /** A paragraph under construction: its kind and lines. */
    static final class Para {
        Block.Kind kind;
        final List<Line> lines = new ArrayList<>();

        Para(Block.Kind kind, Line first) {
            this.kind = kind;
            lines.add(first);
        }

        Line last() {
            return lines.get(lines.size() - 1);
        }

        int length() {
            return lines.stream().mapToInt(l -> l.chars.length()).sum();
        }
    }

    private final int headingMaxLength;

    private Paragraphs(int headingMaxLength) {
        this.headingMaxLength = headingMaxLength;
    }

    static List<Para> group(List<Line> lines) {
        return new Paragraphs(headingMaxLength(lines)).build(lines);
    }

    /** Headings are shorter than the lines of wrapped running text. */
    private static int headingMaxLength(List<Line> lines) {
        int[] lengths = new int[lines.size()];
        int count = 0;
        for (Line l : lines) {
            if (l != null && !l.isBlank()) {
                lengths[count++] = l.chars.length();
            }
        }
        lengths = java.util.Arrays.copyOf(lengths, count);
        java.util.Arrays.sort(lengths);
        if (lengths.length == 0) {
            return 60;
        }
        int median = lengths[lengths.length / 2];
        return median > 40 && median < 100 ? Math.min(60, median * 4 / 5) : 60;
    }

    private List<Para> build(List<Line> lines) {
        List<Para> out = new ArrayList<>();
        Para current = null;
        boolean gap = true;
        int headEnd = Furniture.officialHeadEnd(lines);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line == null || line.isBlank()) {
                gap = gap || line != null;
                continue;
            }
            Block.Kind special = i <= headEnd ? Block.Kind.FURNITURE : specialKind(line, current == null && afterOffice(out));
            if (special != null) {
                out.add(new Para(special, line));
                current = null;
            } else if (current != null && !gap && !startsNewParagraph(current, line, next(lines, i))) {
                current.lines.add(line);
            } else if (current == null && lastParagraph(out) != null && joinsAcrossGap(lastParagraph(out), line)) {
                // A paragraph interrupted by a page's furniture (a running footer, a page number) goes on.
                current = lastParagraph(out);
                current.lines.add(line);
            } else if (current != null && gap && joinsAcrossGap(current, line)) {
                current.lines.add(line);
            } else {
                current = new Para(Block.Kind.PARAGRAPH, line);
                out.add(current);
            }
            gap = false;
        }
        markHeadings(out);
        markClosing(out);
        return out;
    }

    /** The last paragraph, looking back over page furniture only; null if there is none. */
    private static Para lastParagraph(List<Para> out) {
        for (int i = out.size() - 1; i >= 0; i--) {
            Para p = out.get(i);
            if (p.kind != Block.Kind.FURNITURE) {
                return p.kind == Block.Kind.PARAGRAPH ? p : null;
            }
        }
        return null;
    }

    private static Line next(List<Line> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (lines.get(j) != null && !lines.get(j).isBlank()) {
                return lines.get(j);
            }
        }
        return null;
    }

    /** Whether the last block is a signing office alone, so that a name may follow it. */
    private static boolean afterOffice(List<Para> out) {
        Para last = out.isEmpty() ? null : out.get(out.size() - 1);
        return last != null && last.kind == Block.Kind.CLOSING && Furniture.isOffice(last.last().text());
    }

    private static Block.Kind specialKind(Line line, boolean afterOffice) {
        String t = line.text();
        if (line.markdownHeading) {
            return Block.Kind.HEADING;
        }
        if (Furniture.isOfficeAndName(t) || afterOffice && Furniture.isNameLine(t)) {
            return Block.Kind.CLOSING;
        }
        if (Furniture.isSubject(t)) {
            return Block.Kind.SUBJECT;
        }
        if (Furniture.isHead(t)) {
            return Block.Kind.FURNITURE;
        }
        if (Furniture.isOffice(t)) {
            return Block.Kind.CLOSING;
        }
        return null;
    }

    /** Within a run of lines: a bullet, or the line after a heading, starts a new paragraph. */
    private boolean startsNewParagraph(Para current, Line line, Line next) {
        if (isBullet(line.text())) {
            return true;
        }
        if (current.lines.size() == 1 && isHeadingText(current.last().text()) && startsUpper(line)) {
            return true;
        }
        return endsSentence(current.last()) && isHeadingText(line.text()) && next != null && startsUpper(next);
    }

    /** Across a blank line: joined when the paragraph stopped mid-sentence. */
    private boolean joinsAcrossGap(Para before, Line line) {
        if (before.kind != Block.Kind.PARAGRAPH || isBullet(line.text())) {
            return false;
        }
        String last = before.last().text();
        char end = last.charAt(last.length() - 1);
        if (".!?:;".indexOf(end) >= 0) {
            return false;
        }
        if (end == '-' || end == ',' || Character.isLowerCase(line.firstChar()) || Character.isDigit(line.firstChar())) {
            return true;
        }
        String[] words = Chars.splitOnWhiteSpace(last);
        if (FUNCTION_WORDS.contains(words[words.length - 1].toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        return before.length() > headingMaxLength && !isHeadingText(last) && !isHeadingText(line.text());
    }

    private void markHeadings(List<Para> paras) {
        for (int i = 0; i < paras.size(); i++) {
            Para p = paras.get(i);
            boolean nextStartsUpper = i + 1 < paras.size() && startsUpper(paras.get(i + 1).lines.get(0));
            if (p.kind == Block.Kind.PARAGRAPH && p.lines.size() == 1 && isHeadingText(p.last().text())
                    && (nextStartsUpper || i + 1 == paras.size())) {
                p.kind = Block.Kind.HEADING;
            }
        }
    }

    /** The name line after the signing office belongs to the closing block. */
    private static void markClosing(List<Para> paras) {
        for (int i = 0; i + 1 < paras.size(); i++) {
            if (paras.get(i).kind == Block.Kind.CLOSING && Furniture.isOffice(paras.get(i).last().text())
                    && paras.get(i + 1).lines.size() <= 2
                    && paras.get(i + 1).length() < 60) {
                paras.get(i + 1).kind = Block.Kind.CLOSING;
            }
        }
    }

    boolean isHeadingText(String line) {
        // A section number ("1.", "2.3") opens a heading, and its full stop ends no sentence.
        String t = !line.isEmpty() && isAsciiDigit(line.charAt(0)) ? SECTION_NUMBER.matcher(line).replaceFirst("") : line;
        if (t.isEmpty() || t.length() > headingMaxLength || ".,;:-".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return false;
        }
        char first = t.charAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
            return false;
        }
        String[] words = Chars.splitOnWhiteSpace(t);
        String lastWord = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        return words.length <= 10 && !FUNCTION_WORDS.contains(lastWord) && !t.contains(". ");
    }

    private static boolean endsSentence(Line line) {
        return ".!?:".indexOf(line.chars.lastChar()) >= 0;
    }

    private static boolean startsUpper(Line line) {
        char c = line.firstChar();
        return Character.isUpperCase(c) || isBullet(line.text());
    }

    /** A bullet or a numbered item; the first character is looked at before the pattern, which most lines fail there. */
    private static boolean isBullet(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return (isAsciiDigit(c) || c >= 'a' && c <= 'z' || BULLET_MARKS.indexOf(c) >= 0) && BULLET.matcher(text).matches();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Length of a leading bullet glyph to leave out of the text (numbers stay). */
    static int bulletGlyphLength(Line line) {
        var m = BULLET_GLYPH.matcher(line.text());
        return m.find() ? m.end() : 0;
    }
}
