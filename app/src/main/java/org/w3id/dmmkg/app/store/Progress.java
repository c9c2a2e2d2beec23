package org.w3id.dmmkg.app.store;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a long load on an interactive terminal: letters done of the total, rate and
 * time left, redrawn on one line at most twice a second. Elsewhere, nothing: the command's
 * summary line says it all.
 */
public class Progress {
    /** Reports nothing. */
    public static final Progress NONE = new Progress(null);

    private final PrintWriter out;
    private int total;
    private int done;
    private long started;
    private long lastDrawn;

    Progress(PrintWriter out) {
        this.out = out;
    }

    /** A bar on {@code out} when this process has a terminal; otherwise {@link #NONE}. */
    public static Progress onTerminal(PrintWriter out) {
        return System.console() != null ? new Progress(out) : NONE;
    }

    synchronized void start(int total) {
        this.total = total;
        this.done = 0;
        this.started = System.nanoTime();
    }

    synchronized void step() {
        done++;
        long now = System.nanoTime();
        if (out != null && (now - lastDrawn > 500_000_000L || done == total)) {
            lastDrawn = now;
            draw(now);
        }
    }

    private void draw(long now) {
        double seconds = (now - started) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) width * done / total);
        String bar = "#".repeat(filled) + ".".repeat(width - filled);
        String left = rate > 0 ? String.format(Locale.ROOT, "%.0f s left", (total - done) / rate) : "";
        out.printf(Locale.ROOT, "\r[%s] %d/%d letters, %.0f/s, %s   ", bar, done, total, rate, left);
        out.flush();
    }

    synchronized void finish() {
        if (out != null && total > 0) {
            out.println();
            out.flush();
        }
    }
}
