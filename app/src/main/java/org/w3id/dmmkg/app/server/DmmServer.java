package org.w3id.dmmkg.app.server;

import java.net.URL;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.w3id.dmmkg.app.Home;
import org.w3id.dmmkg.app.linked.ResourceServlet;
import org.w3id.dmmkg.app.linked.StoreServlet;
import org.w3id.dmmkg.app.queries.QueryCatalogue;
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

    /** The dataset a built server publishes at {@code /dmm}: load into it in-process through this. */
    public static org.apache.jena.sparql.core.DatasetGraph dataset(FusekiServer server) {
        return server.getDataAccessPointRegistry().get("/dmm").getDataService().getDataset();
    }

    /** A server on {@code port} (0: any free port), on loopback unless {@code publicHost}. */
    /** The query timeout of the saved-query API, as the server's for SPARQL (config.ttl). */
    static final long API_TIMEOUT_MILLIS = 10_000;

    public static FusekiServer build(StoreConfig config, int port, boolean publicHost) {
        return build(config, new ServerSettings(port, publicHost, ServerSettings.DEFAULT_MAX_RESULTS,
                ServerSettings.DEFAULT_MAX_REQUEST_BYTES), loadCatalogue());
    }

    private static QueryCatalogue loadCatalogue() {
        try {
            return QueryCatalogue.read(Home.queries());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + Home.queries(), e);
        }
    }

    public static FusekiServer build(StoreConfig config, ServerSettings settings, QueryCatalogue catalogue) {
        URL ui = DmmServer.class.getClassLoader().getResource("webapp/index.html");
        if (ui == null) {
            throw new IllegalStateException("the Fuseki UI (jena-fuseki-ui) is not on the class path");
        }
        String uiBase = ui.toExternalForm().replaceFirst("index\\.html$", "");
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
                .addServlet("/api/*", new QueryApiServlet(catalogue, "dmm", API_TIMEOUT_MILLIS, settings.maxResults(),
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
