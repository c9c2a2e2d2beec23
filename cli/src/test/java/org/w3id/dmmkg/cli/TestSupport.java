package org.w3id.dmmkg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the {@code dmm-kg} command in-process and keeps what it printed. */
public final class TestSupport {
    public final StringWriter out = new StringWriter();
    public final StringWriter err = new StringWriter();
    public final int exitCode;

    private TestSupport(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        exitCode = cli.execute(args);
    }

    public static TestSupport run(String... args) {
        return new TestSupport(args);
    }

    /** Loads the seed letters into {@code store}; fails the test when any of them does not load. */
    public static void loadSeeds(Path store) {
        TestSupport load = run("load", "--store", store.toString(), seeds().toString());
        if (load.exitCode != 0) {
            throw new AssertionError("loading the seeds failed (" + load.exitCode + "): " + load.err);
        }
    }

    public static Path seeds() {
        return Home.seeds();
    }

    /** The project folder: the build names it. */
    public static Path home() {
        return Home.dir().orElseThrow(() -> new IllegalStateException("the build names the project folder as "
                + Home.PROPERTY));
    }

    /**
     * Starts a server on a free port of 127.0.0.1 over a store a test loaded, with the project's
     * configuration and queries; the test stops it.
     */
    public static org.apache.jena.fuseki.main.FusekiServer startServer(Path store,
            org.w3id.dmmkg.server.ServerSettings settings) throws java.io.IOException {
        var server = org.w3id.dmmkg.server.DmmServer.build(org.w3id.dmmkg.store.StoreConfig.read(Home.config(), store),
                settings, org.w3id.dmmkg.server.queries.QueryCatalogue.read(Home.queries()));
        server.start();
        return server;
    }

    /** Opens a store that a test loaded, with the project's configuration. */
    public static org.w3id.dmmkg.store.Store openStore(Path store) {
        return org.w3id.dmmkg.store.Store.open(org.w3id.dmmkg.store.StoreConfig.read(Home.config(), store));
    }
}
