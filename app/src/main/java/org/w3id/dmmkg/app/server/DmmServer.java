package org.w3id.dmmkg.app.server;

import java.net.URL;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.w3id.dmmkg.app.store.StoreConfig;

/**
 * The public endpoint: Fuseki serving {@code fuseki-config/config.ttl} read-only, with the
 * Fuseki UI at {@code /}. The UI's static files are served as they are; of Fuseki's admin
 * module only the read-only server status ({@code /$/server}), ping and stats are added, so
 * that nobody can create or delete datasets ({@code /$/datasets} is not there).
 */
public final class DmmServer {
    private DmmServer() {
    }

    /** A server on {@code port} (0: any free port), on loopback unless {@code publicHost}. */
    public static FusekiServer build(StoreConfig config, int port, boolean publicHost) {
        URL ui = DmmServer.class.getClassLoader().getResource("webapp/index.html");
        if (ui == null) {
            throw new IllegalStateException("the Fuseki UI (jena-fuseki-ui) is not on the class path");
        }
        String uiBase = ui.toExternalForm().replaceFirst("index\\.html$", "");
        return FusekiServer.create()
                .port(port)
                .loopback(!publicHost)
                .parseConfig(config.model())
                .staticFileBase(uiBase)
                .enablePing(true)
                .enableStats(true)
                .addServlet("/$/server", new ActionServerStatus())
                .build();
    }
}
