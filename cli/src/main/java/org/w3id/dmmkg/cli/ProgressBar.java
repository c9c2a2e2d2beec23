package org.w3id.dmmkg.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress bar on one line of a terminal (done of the total, rate, time left), redrawn at
 * most twice a second; lines printed meanwhile go above it. Off, it only prints the lines.
 */
final class ProgressBar {
    private final PrintWriter err;
    private final boolean on;
    private final String unit;
    private int total;
    private int done;
    private long started;
    private long lastDrawn;
    private boolean drawn;

    /** @param on draw the bar (only sensible on a terminal) */
    ProgressBar(PrintWriter err, boolean on, String unit) {
        this.err = err;
        this.on = on;
        this.unit = unit;
    }

    synchronized void start(int total) {
        this.total = total;
        this.done = 0;
        this.started = System.nanoTime();
    }

    synchronized void step() {
        done++;
        long now = System.nanoTime();
        if (on && (now - lastDrawn > 500_000_000L || done == total)) {
            lastDrawn = now;
            draw(now);
        }
    }

    /** Prints a line of its own, above the bar. */
    synchronized void line(String text) {
        if (drawn) {
            err.print("\r\033[K");
            drawn = false;
        }
        err.println(text);
        err.flush();
    }

    synchronized void finish() {
        if (drawn) {
            err.println();
            drawn = false;
        }
        err.flush();
    }

    private void draw(long now) {
        double seconds = (now - started) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) width * Math.min(done, total) / total);
        String left = rate > 0 ? String.format(Locale.ROOT, "%.0f s left", Math.max(0, total - done) / rate) : "";
        err.printf(Locale.ROOT, "\r[%s%s] %d/%d %s, %.1f/s, %s   ", "#".repeat(filled), ".".repeat(width - filled),
                done, total, unit, rate, left);
        err.flush();
        drawn = true;
    }
}
