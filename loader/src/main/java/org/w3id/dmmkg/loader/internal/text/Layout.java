package org.w3id.dmmkg.loader.internal.text;

import java.util.List;

/**
 * The structure a structured format states about its text (the Kamerstuk XML: header, address,
 * date, headings, paragraphs, footnotes, signature), so that the normaliser takes it as given
 * instead of guessing it from line breaks. Ranges are offsets into {@link SourceText#text()}.
 *
 * @param parts the blocks in the order they start in the source
 */
public record Layout(List<Part> parts) {

    public Layout {
        parts = List.copyOf(parts);
    }

    /**
     * One block of the source.
     *
     * @param kind     its role
     * @param ranges   start/end pairs of source offsets whose characters make up the block, in order
     * @param markerAt for a footnote: the source offset where its marker stands in the running text; else -1
     */
    public record Part(Block.Kind kind, int[] ranges, int markerAt) {
    }
}
