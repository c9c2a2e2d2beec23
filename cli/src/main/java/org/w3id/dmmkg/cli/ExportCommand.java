package org.w3id.dmmkg.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.system.Txn;
import org.w3id.dmmkg.cli.ExitCodes;
import org.w3id.dmmkg.cli.Home;
import org.w3id.dmmkg.store.describe.Dumps;
import org.w3id.dmmkg.store.Store;
import org.w3id.dmmkg.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dmm-kg export}: full dumps of the store, written with RDF4J Rio. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the whole store, one named graph per letter, with RDF4J Rio.",
            "With --format: one file in that format. Without: dmm-kg.trig, dmm-kg.nq, dmm-kg.jsonld, void.ttl and "
                + "context.jsonld (the JSON-LD context of the contract's terms) into OUT (default STORE/dumps), "
                + "which the server offers at /dumps/."})
public final class ExportCommand implements Callable<Integer> {
    /** Dump formats. */
    enum Format { trig, nq, jsonld }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--format", description = "One dump in this format: ${COMPLETION-CANDIDATES}")
    Format format;

    @Option(names = "--server", defaultValue = ServerSettings.DEFAULT_LOCAL_URL,
            description = "The server's URL, for the endpoint and dump locations in void.ttl. Default: ${DEFAULT-VALUE}")
    String server;

    @Parameters(paramLabel = "OUT", arity = "0..1", description = "The file (with --format) or folder to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (Store store = storeOptions.open()) {
            var dsg = store.dataset().asDatasetGraph();
            if (format != null) {
                if (out == null) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format needs OUT, a file");
                }
                if (out.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(out.toAbsolutePath().getParent());
                }
                String name = "dmm-kg." + format.name();
                try (OutputStream os = Files.newOutputStream(out)) {
                    Txn.executeRead(store.dataset(), () -> Dumps.write(dsg, name, os));
                }
            } else {
                Path folder = out != null ? out : storeOptions.store().resolve("dumps");
                Txn.executeRead(store.dataset(), () -> {
                    try {
                        Dumps.writeAll(dsg, Home.ontology(), folder, server);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                spec.commandLine().getOut().println("wrote dumps, void.ttl and context.jsonld to " + folder);
            }
        }
        return ExitCodes.OK;
    }
}
