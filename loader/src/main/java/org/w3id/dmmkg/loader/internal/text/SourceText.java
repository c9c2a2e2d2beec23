package org.w3id.dmmkg.loader.internal.text;

import java.util.List;

/**
 * A letter's text exactly as read from its file: the characters that annotation offsets
 * point into.
 *
 * @param fileName the file name without folder
 * @param text     the decoded text (a UTF-8 byte order mark is not part of it)
 * @param format   how the file was read
 * @param sha256   hex digest of the file's bytes
 * @param warnings things the reader had to repair, e.g. a non-UTF-8 encoding
 * @param layout   the blocks a structured format states (XML), or null when they are to be found
 *                 from the text's lines
 */
public record SourceText(String fileName, String text, Format format, String sha256, List<String> warnings,
        Layout layout) {

    /** How a file was read. */
    public enum Format {
        TEXT, MARKDOWN, PDF, DOCX, XML
    }

    public SourceText {
        warnings = List.copyOf(warnings);
    }

    /** A source whose blocks are found from its lines. */
    public SourceText(String fileName, String text, Format format, String sha256, List<String> warnings) {
        this(fileName, text, format, sha256, warnings, null);
    }
}
