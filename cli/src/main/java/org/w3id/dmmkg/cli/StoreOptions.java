package org.w3id.dmmkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.w3id.dmmkg.store.Store;
import org.w3id.dmmkg.store.StoreConfig;
import picocli.CommandLine.Option;

/** The {@code --store} option that most subcommands share, and the two ways to open it. */
public final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data",
            description = "Store folder (TDB2 and text index). Default: ${DEFAULT-VALUE}")
    Path store;

    public Path store() {
        return store;
    }

    /** The Fuseki configuration pointed at this store. */
    public StoreConfig config() {
        return StoreConfig.read(Home.config(), store);
    }

    /** Opens the store, which must exist: for commands that only read. */
    public Store open() {
        return Store.open(config());
    }

    /** Opens the store, creating it when the folder holds none: for {@code load} and {@code serve}. */
    public Store create() throws IOException {
        return Store.create(config());
    }
}
