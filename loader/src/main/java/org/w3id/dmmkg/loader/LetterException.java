package org.w3id.dmmkg.loader;

import java.nio.file.Path;

/**
 * A letter that cannot be read: empty, binary, too large, undecodable, a broken PDF. The
 * message names the file and the reason in one line, ready to show to a user.
 */
public final class LetterException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String reason;

    public LetterException(Path file, String reason) {
        this(file, reason, null);
    }

    public LetterException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }

    /** Why, without the file name: "empty file", "binary content (NUL byte at offset 12)". */
    public String reason() {
        return reason;
    }
}
