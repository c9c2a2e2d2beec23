package org.w3id.dmmkg.store;

import java.nio.file.Path;

/** A command that only reads was pointed at a folder that holds no store. */
public final class NoStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path store;

    public NoStoreException(Path store) {
        super(store + ": no store here");
        this.store = store;
    }

    /** The folder that was named. */
    public Path store() {
        return store;
    }
}
