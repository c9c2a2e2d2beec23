package org.w3id.dmmkg.loader.internal.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Normalises a source whose {@link Layout} states its blocks: each block's characters with
 * white space collapsed, blocks separated by a blank line, footnotes at the end with their
 * markers where the footnote stood. Every character keeps the offset it came from.
 */
final class StructuredNormaliser {
    private final String source;
    private final OffsetText out = new OffsetText();
    private final List<Block> blocks = new ArrayList<>();
    private final Map<Integer, Integer> markers = new HashMap<>();
    private final List<Integer> markerSources = new ArrayList<>();
    private int nextMarker;

    private StructuredNormaliser(String source) {
        this.source = source;
    }

    static LetterText normalise(SourceText source) {
        StructuredNormaliser n = new StructuredNormaliser(source.text());
        List<Layout.Part> notes = new ArrayList<>();
        for (Layout.Part part : source.layout().parts()) {
            if (part.kind() == Block.Kind.FOOTNOTE) {
                notes.add(part);
                n.markerSources.add(part.markerAt());
            }
        }
        for (Layout.Part part : source.layout().parts()) {
            if (part.kind() != Block.Kind.FOOTNOTE) {
                n.emit(part);
            }
        }
        while (n.nextMarker < n.markerSources.size()) {
            n.markers.put(++n.nextMarker, n.out.length());
        }
        for (Layout.Part note : notes) {
            n.emit(note);
        }
        return new LetterText(source, n.out.toString(), n.out.offsetsCopy(), n.blocks, n.markers);
    }

    private void emit(Layout.Part part) {
        int[] r = part.ranges();
        int first = firstVisible(r);
        if (first < 0) {
            return;
        }
        if (!out.isEmpty()) {
            out.append('\n', first);
            out.append('\n', first);
        }
        int start = out.length();
        int space = -1;
        for (int i = 0; i < r.length; i += 3) {
            if (r[i + 2] == 1 && out.length() > start) {
                space = space < 0 ? r[i] : space;
            }
            for (int at = r[i]; at < r[i + 1]; at++) {
                char c = source.charAt(at);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    space = out.length() > start && space < 0 ? at : space;
                    continue;
                }
                markFootnotesBefore(at, part.kind());
                if (space >= 0) {
                    out.append(' ', space);
                    space = -1;
                }
                out.append(c, at);
            }
        }
        blocks.add(new Block(part.kind(), start, out.length()));
    }

    /** Footnotes whose marker stood before source offset {@code at} point here. */
    private void markFootnotesBefore(int at, Block.Kind kind) {
        if (kind == Block.Kind.FOOTNOTE) {
            return;
        }
        while (nextMarker < markerSources.size() && markerSources.get(nextMarker) <= at) {
            markers.put(++nextMarker, out.length());
        }
    }

    /** The source offset of a block's first visible character, or -1 when it is all white space. */
    private int firstVisible(int[] r) {
        for (int i = 0; i < r.length; i += 3) {
            for (int at = r[i]; at < r[i + 1]; at++) {
                char c = source.charAt(at);
                if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                    return at;
                }
            }
        }
        return -1;
    }
}
