package org.w3id.dmmkg.app.cmd;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.w3id.dmmkg.app.ExitCodes;
import org.w3id.dmmkg.app.Home;
import org.w3id.dmmkg.app.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dmm-kg export}: a full dump of the store. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the whole store, one named graph per letter, to a file.")
public final class ExportCommand implements Callable<Integer> {
    /** Dump formats. */
    enum Format { trig, nq, jsonld }

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--format", required = true, description = "Dump format: ${COMPLETION-CANDIDATES}")
    Format format;

    @Parameters(paramLabel = "OUT", description = "The file to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Lang lang = switch (format) {
            case trig -> Lang.TRIG;
            case nq -> Lang.NQUADS;
            case jsonld -> Lang.JSONLD;
        };
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (Store store = Store.open(Home.config(), storeOptions.store());
                OutputStream os = Files.newOutputStream(out)) {
            Txn.executeRead(store.dataset(), () -> RDFDataMgr.write(os, store.dataset().asDatasetGraph(), lang));
        }
        return ExitCodes.OK;
    }
}
