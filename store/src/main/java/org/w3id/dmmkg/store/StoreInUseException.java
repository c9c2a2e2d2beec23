package org.w3id.dmmkg.store;

import java.nio.file.Path;

/** The store is locked by another process: TDB2 lets one process at a time open a store. */
public final class StoreInUseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path store;

    public StoreInUseException(Path store, Throwable cause) {
        super(store + " is used by another process", cause);
        this.store = store;
    }

    /** The store folder. */
    public Path store() {
        return store;
    }
}
