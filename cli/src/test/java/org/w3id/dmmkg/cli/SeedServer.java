package org.w3id.dmmkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.w3id.dmmkg.server.ServerSettings;

/**
 * A server over the seed letters for a test class: the seeds loaded into a fresh store, the
 * server started on a free port of 127.0.0.1 before the class's tests, stopped and the store
 * deleted after them. Register it as {@code @RegisterExtension static final SeedServer SEEDS}.
 */
final class SeedServer implements BeforeAllCallback, AfterAllCallback {
    private final ServerSettings settings;
    private Path store;
    private FusekiServer server;

    SeedServer(ServerSettings settings) {
        this.settings = settings;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        store = Files.createTempDirectory("seed-store");
        TestSupport.loadSeeds(store);
        server = TestSupport.startServer(store, settings);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            server.stop();
        } finally {
            IO.deleteAll(store);
        }
    }

    /** {@code http://127.0.0.1:PORT}, without a slash at the end. */
    String base() {
        return "http://127.0.0.1:" + server.getHttpPort();
    }

    int port() {
        return server.getHttpPort();
    }

    /** The store the server holds. */
    Path store() {
        return store;
    }
}
