package org.w3id.dmmkg.app.cmd;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store} option that most subcommands share. */
public final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data",
            description = "Store folder (TDB2 and text index). Default: ${DEFAULT-VALUE}")
    Path store;

    public Path store() {
        return store;
    }
}
