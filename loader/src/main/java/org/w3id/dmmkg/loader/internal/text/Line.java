package org.w3id.dmmkg.loader.internal.text;

import java.util.ArrayList;
import java.util.List;

/** One source line, trimmed, with markdown syntax taken out, and the footnote markers in it. */
final class Line {
    final OffsetText chars;
    /** The source line starts with white space: in page-laid-out text, a page or block start. */
    final boolean indented;
    /** A markdown {@code #} heading. */
    final boolean markdownHeading;
    /** Footnote markers: position in {@link #chars}, number as printed, place among the footnotes (from 1). */
    final List<int[]> markers = new ArrayList<>();
    /** {@link #chars} as a string, made on first need: the line's characters do not change once it is made. */
    private String text;

    Line(OffsetText chars, boolean indented, boolean markdownHeading) {
        this.chars = chars;
        this.indented = indented;
        this.markdownHeading = markdownHeading;
    }

    boolean isBlank() {
        return chars.isEmpty();
    }

    String text() {
        if (text == null) {
            text = chars.toString();
        }
        return text;
    }

    char firstChar() {
        return chars.charAt(0);
    }

    @Override
    public String toString() {
        return text();
    }
}
