package org.w3id.dmmkg.server.html;

/**
 * A stretch of a text to mark: a commitment's sentence, a mention of an entity, a search hit.
 * Offsets count Unicode code points, as Web Annotation's do.
 *
 * @param start  first code point
 * @param end    one past the last
 * @param layer  what it marks; marks of a lower layer enclose those of a higher one
 * @param href   where the mark links to, or null
 * @param title  its tooltip
 * @param kind   a CSS class saying what it marks ({@code m-mission}, …)
 */
public record Mark(int start, int end, Layer layer, String href, String title, String kind) {
    /** What a mark is, from the outermost to the innermost. */
    public enum Layer {
        SENTENCE("span"), MENTION("a"), HIT("mark");

        final String tag;

        Layer(String tag) {
            this.tag = tag;
        }
    }

    public Mark {
        if (end < start) {
            throw new IllegalArgumentException("a mark ends before it starts: " + start + "–" + end);
        }
    }

    int length() {
        return end - start;
    }
}
