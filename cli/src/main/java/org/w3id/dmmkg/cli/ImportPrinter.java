package org.w3id.dmmkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.w3id.dmmkg.store.ImportListener;

/**
 * What a load prints: one line per file that failed or has a warning, naming it; and on an
 * interactive terminal a progress bar (letters done of the total, rate, time left) redrawn on
 * one line at most twice a second.
 */
final class ImportPrinter implements ImportListener {
    private final PrintWriter err;
    private final boolean bar;
    private int total;
    private int done;
    private long started;
    private long lastDrawn;
    private boolean drawn;

    /** @param bar draw a progress bar (only sensible on a terminal) */
    ImportPrinter(PrintWriter err, boolean bar) {
        this.err = err;
        this.bar = bar;
    }

    /** Prints to {@code err}, with a bar when this process has a terminal. */
    static ImportPrinter on(PrintWriter err) {
        return new ImportPrinter(err, System.console() != null);
    }

    @Override
    public synchronized void started(int files) {
        total = files;
        done = 0;
        started = System.nanoTime();
    }

    @Override
    public synchronized void warning(Path file, String message) {
        line(Messages.file(file) + ": warning: " + Messages.oneLine(message));
    }

    @Override
    public synchronized void failed(Path file, String reason) {
        line(Messages.file(file) + ": " + Messages.oneLine(reason));
    }

    @Override
    public synchronized void stepped() {
        done++;
        long now = System.nanoTime();
        if (bar && (now - lastDrawn > 500_000_000L || done == total)) {
            lastDrawn = now;
            draw(now);
        }
    }

    @Override
    public synchronized void finished() {
        if (drawn) {
            err.println();
            drawn = false;
        }
        err.flush();
    }

    private void line(String text) {
        if (drawn) {
            err.print("\r\033[K");
            drawn = false;
        }
        err.println(text);
        err.flush();
    }

    private void draw(long now) {
        double seconds = (now - started) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) width * done / total);
        String left = rate > 0 ? String.format(Locale.ROOT, "%.0f s left", (total - done) / rate) : "";
        err.printf(Locale.ROOT, "\r[%s%s] %d/%d letters, %.0f/s, %s   ", "#".repeat(filled), ".".repeat(width - filled),
                done, total, rate, left);
        err.flush();
        drawn = true;
    }
}
