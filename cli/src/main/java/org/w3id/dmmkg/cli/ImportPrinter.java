package org.w3id.dmmkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.w3id.dmmkg.store.ImportListener;

/**
 * What a load prints: one line per file that failed or has a warning, naming it; and on an
 * interactive terminal a progress bar of the letters.
 */
final class ImportPrinter implements ImportListener {
    private final ProgressBar bar;

    /** @param bar draw a progress bar (only sensible on a terminal) */
    ImportPrinter(PrintWriter err, boolean bar) {
        this.bar = new ProgressBar(err, bar, "letters");
    }

    /** Prints to {@code err}, with a bar when this process has a terminal. */
    static ImportPrinter on(PrintWriter err) {
        return new ImportPrinter(err, System.console() != null);
    }

    @Override
    public void started(int files) {
        bar.start(files);
    }

    @Override
    public void warning(Path file, String message) {
        bar.line(Messages.file(file) + ": warning: " + Messages.oneLine(message));
    }

    @Override
    public void failed(Path file, String reason) {
        bar.line(Messages.file(file) + ": " + Messages.oneLine(reason));
    }

    @Override
    public void stepped() {
        bar.step();
    }

    @Override
    public void finished() {
        bar.finish();
    }
}
