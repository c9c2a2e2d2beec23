package org.w3id.dmmkg.loader.internal.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a letter's source text into clean running text: lines joined into paragraphs,
 * words hyphenated across line breaks rejoined, footnotes moved out of the running text to
 * the end, markdown read as plain text. Every character keeps the offset it came from.
 */
public final class Normaliser {
    private final OffsetText out;
    private final List<Block> blocks = new ArrayList<>();
    private final Map<Integer, Integer> markerOffsets = new HashMap<>();
    private final Hyphenation hyphenation;

    private Normaliser(String source) {
        this.out = new OffsetText(source.length()); // the clean text is about as long as its source
        this.hyphenation = new Hyphenation(source);
    }

    public static LetterText normalise(SourceText source) {
        if (source.layout() != null) {
            return StructuredNormaliser.normalise(source);
        }
        boolean markdown = source.format() == SourceText.Format.MARKDOWN;
        List<Line> lines = LineSplitter.split(source.text(), markdown);
        List<Footnotes.Footnote> notes = Footnotes.find(lines);
        List<Line> footnoteText = new ArrayList<>();
        for (Footnotes.Footnote note : notes) {
            for (int i = note.firstLine(); i <= note.lastLine(); i++) {
                footnoteText.add(lines.get(i));
                lines.set(i, null);
            }
            footnoteText.add(null);
        }
        Normaliser n = new Normaliser(source.text());
        for (Paragraphs.Para para : Paragraphs.group(lines)) {
            n.emit(para.kind, para.lines);
        }
        n.emitFootnotes(notes, footnoteText);
        return new LetterText(source, n.out.toString(), n.out.offsetsCopy(), n.blocks, n.markerOffsets);
    }

    private void emit(Block.Kind kind, List<Line> lines) {
        if (!out.isEmpty()) {
            int at = lines.get(0).chars.sourceOffset(0);
            out.append('\n', at);
            out.append('\n', at);
        }
        int start = out.length();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            int from = i == 0 ? Paragraphs.bulletGlyphLength(line) : 0;
            if (i > 0) {
                join(line);
            }
            appendLine(line, from);
        }
        blocks.add(new Block(kind, start, out.length()));
    }

    /**
     * The line's characters from {@code from}, copied run by run between its footnote markers,
     * which are left out and remembered where they stood. Markers are taken in order: one that
     * stands before the current character (inside the last one's number) ends the taking.
     */
    private void appendLine(Line line, int from) {
        int marker = 0;
        int length = line.chars.length();
        int c = from;
        while (c < length) {
            int at = marker < line.markers.size() ? line.markers.get(marker)[0] : length;
            if (at < c || at >= length) {
                out.append(line.chars, c, length);
                break;
            }
            out.append(line.chars, c, at);
            int[] m = line.markers.get(marker++);
            markerOffsets.put(m[2], out.length());
            c = at + String.valueOf(m[1]).length();
        }
    }

    /** Joins the next line of a paragraph: a space, or nothing after a line-end hyphen. */
    private void join(Line next) {
        char last = out.lastChar();
        if (last == '-' && out.length() >= 2) {
            char before = out.charAt(out.length() - 2);
            char after = next.firstChar();
            if (Character.isDigit(before) && Character.isDigit(after)) {
                return;
            }
            if (Character.isLetter(before) && Character.isLetter(after)) {
                if (!hyphenation.keepsHyphen(out, next.text())) {
                    out.delete(out.length() - 1, out.length());
                }
                return;
            }
        }
        out.append(' ', out.sourceOffset(out.length() - 1) + 1);
    }

    private void emitFootnotes(List<Footnotes.Footnote> notes, List<Line> footnoteText) {
        List<Line> current = new ArrayList<>();
        for (Line line : footnoteText) {
            if (line == null) {
                if (!current.isEmpty()) {
                    emit(Block.Kind.FOOTNOTE, current);
                }
                current = new ArrayList<>();
            } else if (!line.isBlank()) {
                current.add(line);
            }
        }
        if (notes.size() != blocks.stream().filter(b -> b.kind() == Block.Kind.FOOTNOTE).count()) {
            throw new IllegalStateException("footnote blocks out of step with footnotes");
        }
    }
}
