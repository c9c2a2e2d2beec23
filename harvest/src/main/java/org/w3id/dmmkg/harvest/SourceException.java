package org.w3id.dmmkg.harvest;

/**
 * A source that could not be read: unreachable, refusing, or answering what its documented
 * format does not allow. The message is one line naming the request and the reason.
 */
public final class SourceException extends Exception {
    private static final long serialVersionUID = 1L;

    public SourceException(String message) {
        super(message);
    }

    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
