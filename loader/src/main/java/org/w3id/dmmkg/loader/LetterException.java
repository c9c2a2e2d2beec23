package org.w3id.dmmkg.loader;

/**
 * A letter that cannot be read: empty, binary, too large, undecodable, a broken PDF. The
 * message names the letter and the reason in one line, ready to show to a user.
 */
public final class LetterException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String reason;

    /**
     * @param source the letter's file name or path, as the user gave it
     * @param reason why, without the name
     */
    public LetterException(String source, String reason) {
        this(source, reason, null);
    }

    public LetterException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
        this.source = source;
        this.reason = reason;
    }

    /** The letter that could not be read, as named by the caller. */
    public String source() {
        return source;
    }

    /** Why, without the letter's name: "empty file", "binary content (NUL byte at offset 12)". */
    public String reason() {
        return reason;
    }
}
