package org.w3id.dmmkg.cli;

import java.io.PrintWriter;
import org.w3id.dmmkg.harvest.HarvestListener;

/**
 * What a harvest prints: a line per file fetched or publication removed (a log for a cron job),
 * one line per failure naming the request and the reason, a dry run's plan, and on a terminal a
 * progress bar of the files to fetch.
 */
final class HarvestPrinter implements HarvestListener {
    private final ProgressBar bar;

    HarvestPrinter(PrintWriter err, boolean bar) {
        this.bar = new ProgressBar(err, bar, "files");
    }

    @Override
    public void listed(int publications, int toFetch) {
        bar.line("listed " + publications + " publications; " + toFetch + " to fetch");
        bar.start(toFetch);
    }

    @Override
    public void wouldDo(String key, String what, String from) {
        bar.line(what.equals("removed") ? key + ": would be removed (deleted at the source)"
                : key + ": would fetch (" + what + ") " + Messages.oneLine(from));
    }

    @Override
    public void fetched(String key, String from) {
        bar.line(key + ": fetched " + Messages.oneLine(from));
    }

    @Override
    public void removed(String key) {
        bar.line(key + ": removed (deleted at the source)");
    }

    @Override
    public void failed(String what, String reason) {
        bar.line(Messages.oneLine(what) + ": " + Messages.oneLine(reason));
    }

    @Override
    public void stepped() {
        bar.step();
    }

    void finish() {
        bar.finish();
    }
}
