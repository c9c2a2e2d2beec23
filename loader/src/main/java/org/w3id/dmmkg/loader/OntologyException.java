package org.w3id.dmmkg.loader;

import java.io.IOException;

/** The ontology or reference vocabulary cannot be read: a missing folder, a Turtle syntax error. */
public final class OntologyException extends IOException {
    private static final long serialVersionUID = 1L;

    /** @param message the file and what is wrong with it, in one line */
    public OntologyException(String message, Throwable cause) {
        super(message, cause);
    }
}
