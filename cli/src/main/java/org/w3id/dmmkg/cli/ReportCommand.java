package org.w3id.dmmkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.jena.system.Txn;
import org.w3id.dmmkg.cli.ExitCodes;
import org.w3id.dmmkg.cli.Home;
import org.w3id.dmmkg.store.describe.CoverageReport;
import org.w3id.dmmkg.store.describe.Disagreements;
import org.w3id.dmmkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dmm-kg report}: the coverage report. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "List every letter in the store (file, checksum, when loaded, what was extracted per class), "
                + "every file that failed to load, with why, the letters' official records, and where a record and "
                + "extraction disagree (date, Kamerstuk, signer).")
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            var dsg = store.dataset().asDatasetGraph();
            Txn.executeRead(store.dataset(), () -> {
                var letters = CoverageReport.letters(dsg);
                out.printf("%-32s %-10s %-19s %8s %8s %11s %12s %9s %11s  %-16s %s%n", "file", "date", "type",
                        "meetings", "missions", "initiatives", "kamerstukken", "ministers", "commitments", "sha256",
                        "loaded");
                for (CoverageReport.Letter l : letters) {
                    out.printf("%-32s %-10s %-19s %8d %8d %11d %12d %9d %11d  %-16s %s%n", l.file(), l.date(), l.type(),
                            l.meetings(), l.missions(), l.initiatives(), l.kamerstukken(), l.ministers(),
                            l.commitments(), l.sha256().substring(0, 16), l.loadedAt());
                }
                var failures = CoverageReport.failures(dsg);
                out.printf("%n%d letters; %d files failed%n", letters.size(), failures.size());
                for (CoverageReport.Failure f : failures) {
                    out.printf("  %s: %s (%s)%n", f.file(), f.reason(), f.at());
                }
                printRecords(out, dsg);
            });
        }
        return ExitCodes.OK;
    }

    /** The letters' official records, and where record and extraction disagree. */
    private static void printRecords(PrintWriter out, org.apache.jena.sparql.core.DatasetGraph dsg) {
        var records = Disagreements.records(dsg);
        if (records.isEmpty()) {
            return;
        }
        out.printf("%n%d letters with an official record:%n", records.size());
        out.printf("  %-22s %-12s %-10s %-32s %s%n", "publication", "TK number", "date", "file", "title");
        for (Disagreements.Record r : records) {
            out.printf("  %-22s %-12s %-10s %-32s %s%n", r.key(), r.tkDocumentNumber(), r.officialDate(), r.file(),
                    Messages.oneLine(r.title()));
        }
        var disagreements = Disagreements.list(dsg);
        out.printf("%n%d disagreements between official records and extraction:%n", disagreements.size());
        if (!disagreements.isEmpty()) {
            out.printf("  %-22s %-10s %-30s %s%n", "publication", "about", "extracted", "official");
        }
        for (Disagreements.Disagreement d : disagreements) {
            out.printf("  %-22s %-10s %-30s %s%n", d.key(), d.field(), Messages.oneLine(d.extracted()),
                    Messages.oneLine(d.official()));
        }
    }
}
