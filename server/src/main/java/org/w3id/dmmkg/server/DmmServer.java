package org.w3id.dmmkg.server;

import java.net.URL;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.w3id.dmmkg.server.linked.ResourceServlet;
import org.w3id.dmmkg.server.linked.StoreServlet;
import org.w3id.dmmkg.server.queries.QueryCatalogue;
import org.w3id.dmmkg.store.StoreConfig;

/**
 * The public endpoint: Fuseki serving {@code fuseki-config/config.ttl} read-only, with the
 * Fuseki UI at {@code /}. The UI's static files are served as they are; of Fuseki's admin
 * module only the read-only server status ({@code /$/server}), ping and stats are added, so
 * that nobody can create or delete datasets ({@code /$/datasets} is not there).
 */
public final class DmmServer {
    private DmmServer() {
    }

    /** The dataset a built server publishes at {@code /dmm}: load into it in-process through this. */
    public static org.apache.jena.sparql.core.DatasetGraph dataset(FusekiServer server) {
        return server.getDataAccessPointRegistry().get("/dmm").getDataService().getDataset();
    }

    /**
     * Refuses early, before an empty store is seeded, when another program holds the port.
     *
     * @throws PortInUseException when the port is taken
     */
    public static void checkPortFree(int port, boolean publicHost) {
        if (port == 0) {
            return;
        }
        try (java.net.ServerSocket socket = new java.net.ServerSocket()) {
            socket.bind(new java.net.InetSocketAddress(publicHost ? "0.0.0.0" : "127.0.0.1", port));
        } catch (java.io.IOException e) {
            throw new PortInUseException(port, e);
        }
    }

    /**
     * Starts a built server.
     *
     * @throws PortInUseException when another program listens on its port
     */
    public static void start(FusekiServer server, int port) {
        try {
            server.start();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.net.BindException) {
                    throw new PortInUseException(port, e);
                }
            }
            throw e;
        }
    }

    /** A server over the store {@code config} points at, as {@code settings} say, offering {@code catalogue}. */
    public static FusekiServer build(StoreConfig config, ServerSettings settings, QueryCatalogue catalogue) {
        URL ui = DmmServer.class.getClassLoader().getResource("webapp/index.html");
        if (ui == null) {
            throw new IllegalStateException("the Fuseki UI (jena-fuseki-ui) is not on the class path");
        }
        String uiBase = ui.toExternalForm().replaceFirst("index\\.html$", "");
        try {
            return create(config, settings, catalogue, uiBase);
        } catch (RuntimeException e) {
            throw org.w3id.dmmkg.store.Store.explained(e, config.store());
        }
    }

    private static FusekiServer create(StoreConfig config, ServerSettings settings, QueryCatalogue catalogue,
            String uiBase) {
        ResourceServlet resources = new ResourceServlet(settings.publicBase(), "dmm");
        StoreServlet store = new StoreServlet(config.store().resolve("dumps"), "dmm");
        return FusekiServer.create()
                .port(settings.port())
                .loopback(!settings.publicHost())
                // Browsers on other sites may read (the endpoint is read-only anyway).
                .enableCors(true, null)
                .registerOperation(Operation.Query, new LimitedQuery(settings.maxResults()))
                .parseConfig(config.model())
                .staticFileBase(uiBase)
                .enablePing(true)
                .enableStats(true)
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/api/*", new QueryApiServlet(catalogue, "dmm", config.queryTimeoutMillis(), settings.maxResults(),
                        settings.endpoints()))
                .addServlet("/queries", new PageServlet("gallery.html", "text/html; charset=utf-8"))
                .addServlet("/id/*", resources)
                .addServlet("/def", resources)
                .addServlet("/.well-known/void", store)
                .addServlet("/report", store)
                .addServlet("/dumps/*", store)
                .addFilter("/*", new RequestSizeFilter(settings.maxRequestBytes()))
                .addFilter("/*", new UiIndexFilter())
                .build();
    }
}
