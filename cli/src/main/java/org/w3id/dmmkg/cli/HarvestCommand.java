package org.w3id.dmmkg.cli;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.w3id.dmmkg.harvest.Dossier;
import org.w3id.dmmkg.harvest.HarvestReport;
import org.w3id.dmmkg.harvest.HarvestSettings;
import org.w3id.dmmkg.harvest.Harvester;
import org.w3id.dmmkg.harvest.Mirror;
import org.w3id.dmmkg.loader.LetterLoader;
import org.w3id.dmmkg.store.LetterImport;
import org.w3id.dmmkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dmm-kg harvest}: every letter of the dossiers from the official sources into a mirror, and into the store. */
@Command(name = "harvest", mixinStandardHelpOptions = true,
        description = {"Fetch every letter of the dossiers from the Tweede Kamer's open data (OData) and "
            + "officielebekendmakingen.nl (SRU) into a local mirror: each letter's file (the official XML where it "
            + "exists, the Tweede Kamer's PDF or DOCX otherwise) and a JSON sidecar with its official metadata.",
            "Run again, it fetches only what changed, marks what a source deleted, and (with --load) replaces a "
                + "changed letter's graph. Polite: one request at a time, --delay between them, Retry-After honoured."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:everything listed was fetched (and loaded)", "1:some request, file or letter failed; the "
            + "rest was done", "2:usage error"})
public final class HarvestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "mirror",
            description = "The mirror folder. Default: ${DEFAULT-VALUE}")
    Path out;

    @Option(names = "--dossier", paramLabel = "NUMBER", description = "A dossier to harvest (repeatable). "
            + "Default: 28676 (NAVO) and 21501-28 (Defensieraad)")
    List<String> dossiers;

    @Option(names = "--kind", paramLabel = "TYPE", description = "A kind of document (repeatable), as both sources "
            + "name it. Default: Brief regering")
    List<String> kinds;

    @Option(names = "--since", paramLabel = "DATE", description = "Only documents dated on or after this day (2024-01-01).")
    LocalDate since;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "" + Integer.MAX_VALUE,
            description = "Fetch at most N files in this run (the next run goes on).")
    int limit;

    @Option(names = "--dry-run", description = "List what would be fetched and removed; fetch nothing.")
    boolean dryRun;

    @Option(names = "--delay", paramLabel = "SECONDS", defaultValue = "1",
            description = "Pause between two requests. Default: ${DEFAULT-VALUE} s")
    double delay;

    @Option(names = "--load", description = "Load the mirror into --store afterwards (unchanged letters are skipped).")
    boolean load;

    @Option(names = "--tk-api", paramLabel = "URL", defaultValue = HarvestSettings.TK_API,
            description = "The Tweede Kamer's OData base URL. Default: ${DEFAULT-VALUE}")
    String tkApi;

    @Option(names = "--sru", paramLabel = "URL", defaultValue = HarvestSettings.SRU,
            description = "The SRU endpoint of officielebekendmakingen. Default: ${DEFAULT-VALUE}")
    String sru;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        HarvestSettings settings = settings();
        LetterLoader loader = Loaders.create(LetterLoader.DEFAULT_MAX_BYTES);
        Mirror mirror = Mirror.open(out);
        HarvestPrinter printer = new HarvestPrinter(spec.commandLine().getErr(), System.console() != null);
        HarvestReport report;
        try {
            report = Harvester.builder(settings, mirror).listener(printer)
                    .check((name, bytes) -> loader.read(new ByteArrayInputStream(bytes), name)).build().run();
        } finally {
            printer.finish();
        }
        spec.commandLine().getOut().printf(Locale.ROOT,
                "harvest: %d listed, %d fetched, %d removed, %d unchanged, %d failed (%d requests) in %.1f s%n",
                report.listed(), report.fetched().size(), report.removed().size(), report.unchanged(), report.failures(),
                report.requests(), (System.nanoTime() - started) / 1e9);
        int failed = report.failures();
        if (load && !dryRun) {
            long loading = System.nanoTime();
            try (Store store = storeOptions.create()) {
                StoreLoad.Result result = StoreLoad.load(store, loader, List.of(out), ImportPrinter.on(spec.commandLine()
                        .getErr()), false, LetterImport.DEFAULT_BATCH);
                LoadCommand.printSummary(spec.commandLine().getOut(), result, loading);
                failed += result.importer().failed();
            }
        }
        return failed > 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }

    private HarvestSettings settings() {
        if (delay < 0 || limit < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--delay and --limit cannot be negative");
        }
        try {
            return build();
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private HarvestSettings build() {
        HarvestSettings.Builder b = HarvestSettings.builder().tkApi(tkApi).sru(sru).since(since).limit(limit)
                .delay(Duration.ofMillis(Math.round(delay * 1000))).dryRun(dryRun)
                .userAgent("dmm-kg/" + Home.version());
        if (dossiers != null) {
            b.dossiers(dossiers.stream().map(this::dossier).toList());
        }
        if (kinds != null) {
            b.kinds(kinds);
        }
        return b.build();
    }

    private Dossier dossier(String text) {
        try {
            return Dossier.parse(text);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--dossier: " + e.getMessage());
        }
    }
}
