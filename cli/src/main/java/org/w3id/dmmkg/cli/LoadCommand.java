package org.w3id.dmmkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.w3id.dmmkg.cli.ExitCodes;
import org.w3id.dmmkg.cli.Home;
import org.w3id.dmmkg.store.LetterImport;
import org.w3id.dmmkg.store.Store;
import org.w3id.dmmkg.loader.LetterLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dmm-kg load}: letters into the store. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load letters (.txt, .md, .pdf, .docx, .xml; files or folders) into the store.",
            "A folder that 'harvest' made (a mirror) loads with each letter's official record; what its sources "
                + "deleted is removed.",
            "Each letter replaces its own named graph in one transaction, so loading again is idempotent.",
            "A file that cannot be read gets one line naming it and why; the others still load."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all files loaded", "1:some files failed", "2:usage error"})
public final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "" + LetterLoader.DEFAULT_MAX_BYTES,
            description = "Refuse files larger than this. Default: ${DEFAULT-VALUE}")
    long maxBytes;

    @Option(names = "--force", description = "Load every letter again, also those the store holds from the same "
            + "bytes with the same rules and vocabulary (which are otherwise skipped as unchanged).")
    boolean force;

    @Option(names = "--batch", paramLabel = "LETTERS", defaultValue = "" + LetterImport.DEFAULT_BATCH,
            description = "Letters per write transaction (each letter is always whole): fewer lose less to a "
                    + "crash, more load faster. Default: ${DEFAULT-VALUE}")
    int batch;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Letter files or folders of them.")
    List<Path> paths;

    /**
     * {@code loaded 5 letters (0 unchanged, 0 failed), 8123 triples in 2.1 s}, what was removed,
     * and whether the letters went through the bulk loader.
     */
    static void printSummary(java.io.PrintWriter out, StoreLoad.Result result, long started) {
        LetterImport importer = result.importer();
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "loaded %d letters (%d unchanged, %d failed%s), %d triples in %.1f s%s%n", importer.loaded(),
                importer.unchanged(), importer.failed(), result.removed() > 0 ? ", " + result.removed()
                        + " removed as their source deleted them" : "", importer.triples(), seconds,
                importer.bulk() ? " (bulk load into a store without letters)" : "");
    }

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        LetterLoader loader = Loaders.create(maxBytes);
        try (Store store = storeOptions.create()) {
            StoreLoad.Result result = StoreLoad.load(store, loader, paths, ImportPrinter.on(spec.commandLine().getErr()),
                    force, batch);
            if (result.importer().reindexed() > 0) {
                spec.commandLine().getErr().println("text index: re-indexed " + result.importer().reindexed()
                        + " graphs that an interrupted load had left out");
            }
            printSummary(spec.commandLine().getOut(), result, started);
            return result.importer().failed() > 0 ? ExitCodes.FAILED : ExitCodes.OK;
        }
    }
}
