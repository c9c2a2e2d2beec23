package org.w3id.dmmkg.loader.internal.text;

/**
 * A stretch of the normalised text with one role: a paragraph of running text, a section
 * heading, a footnote, or letter-head and closing furniture that is not content.
 *
 * @param kind  its role
 * @param start first character in the normalised text
 * @param end   one past its last character
 */
public record Block(Kind kind, int start, int end) {

    /** The role of a block. */
    public enum Kind {
        /** Address, reference, page numbers, dates of the letter head: not running text. */
        FURNITURE,
        /** The subject line ({@code Betreft …}). */
        SUBJECT,
        /** A section heading. */
        HEADING,
        /** Running text. */
        PARAGRAPH,
        /** The closing block: the signing office and name. */
        CLOSING,
        /** A footnote, moved out of the running text. */
        FOOTNOTE
    }

    /** Whether sentences of this block are content (running text, headings, footnotes). */
    public boolean isContent() {
        return kind == Kind.PARAGRAPH || kind == Kind.HEADING || kind == Kind.FOOTNOTE || kind == Kind.SUBJECT;
    }
}
