package org.w3id.dmmkg.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.w3id.dmmkg.server.fuseki.FusekiUiFilter;
import org.w3id.dmmkg.server.gallery.GalleryServlet;
import org.w3id.dmmkg.server.linked.DumpServlet;
import org.w3id.dmmkg.server.linked.Site;
import org.w3id.dmmkg.server.linked.ResourceServlet;
import org.w3id.dmmkg.server.linked.SourceServlet;
import org.w3id.dmmkg.server.linked.StoreServlet;
import org.w3id.dmmkg.server.queries.QueryBinder;
import org.w3id.dmmkg.server.queries.QueryCatalogue;
import org.w3id.dmmkg.server.site.SiteServlet;
import org.w3id.dmmkg.store.StoreConfig;

/**
 * The public endpoint: Fuseki serving {@code fuseki-config/config.ttl} read-only, with the
 * site's pages (start page, search, letter reader, entity pages, lists, saved-query gallery,
 * dumps) and the Fuseki UI at {@code /fuseki/}. Of Fuseki's admin module only the read-only
 * server status ({@code /$/server}), ping and stats are added, so that nobody can create or
 * delete datasets ({@code /$/datasets} is not there).
 */
public final class DmmServer {
    /** The name the dataset is published under: {@code /dmm/sparql}. */
    public static final String DATASET = "dmm";

    private DmmServer() {
    }

    /** The dataset a built server publishes at {@code /dmm}: load into it in-process through this. */
    public static org.apache.jena.sparql.core.DatasetGraph dataset(FusekiServer server) {
        return server.getDataAccessPointRegistry().get("/" + DATASET).getDataService().getDataset();
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
        try {
            FusekiServer server = create(config, settings, catalogue);
            harden(server, settings);
            return server;
        } catch (RuntimeException e) {
            throw org.w3id.dmmkg.store.Store.explained(e, config.store());
        }
    }

    /**
     * What the builder does not offer: plain-text error pages instead of Jetty's HTML, no folder
     * listings from the static files, the query guard on the published dataset, so that every
     * query on it (endpoint, saved queries, pages) is bounded where the work happens, and a
     * response output buffer of the settings' size instead of Fuseki's 5 MB.
     */
    private static void harden(FusekiServer server, ServerSettings settings) {
        server.getJettyServer().setErrorHandler(new PlainErrors());
        var context = server.getJettyServer().getDescendant(org.eclipse.jetty.ee10.servlet.ServletContextHandler.class);
        context.setErrorHandler(new PlainErrors());
        context.setInitParameter("org.eclipse.jetty.servlet.Default.dirAllowed", "false");
        if (settings.serverUrl() != null) {
            context.setAttribute(org.w3id.dmmkg.server.linked.Responses.SERVER_URL, settings.serverUrl());
        }
        org.w3id.dmmkg.server.guard.QueryGuard.install(dataset(server), settings.limits());
        for (var connector : server.getJettyServer().getConnectors()) {
            var http = connector.getConnectionFactory(org.eclipse.jetty.server.HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setOutputBufferSize(settings.outputBufferBytes());
            }
        }
    }

    private static FusekiServer create(StoreConfig config, ServerSettings settings, QueryCatalogue catalogue) {
        long timeout = config.queryTimeoutMillis();
        Site site = new Site(settings.publicBase(), DATASET, timeout);
        ResourceServlet resources = new ResourceServlet(site);
        StoreServlet store = new StoreServlet(site);
        SiteServlet pages = new SiteServlet(site);
        GalleryServlet gallery = new GalleryServlet(catalogue, site, settings.endpoints(), settings.maxResults());
        DumpServlet dumps = new DumpServlet(site);
        PageGate gate = new PageGate(2 * Runtime.getRuntime().availableProcessors(), timeout);
        return FusekiServer.create()
                .port(settings.port())
                .loopback(!settings.publicHost())
                // Cross-origin reads only, with no credentials: BrowserPolicyFilter, not Fuseki's CORS.
                .enableCors(false, null)
                .registerOperation(Operation.Query, new PublicQuery(settings.maxResults(), settings.limits()))
                .parseConfig(config.model())
                .enablePing(true)
                .enableStats(true)
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("", pages)
                .addServlet("/search", pages)
                .addServlet("/api/*", new QueryApiServlet(catalogue, DATASET, timeout, settings.maxResults(),
                        settings.endpoints()))
                .addServlet("/queries/*", gallery)
                .addServlet("/queries", gallery)
                .addServlet("/id/*", resources)
                .addServlet("/def", resources)
                .addServlet("/source/*", new SourceServlet(site))
                .addServlet("/.well-known/void", store)
                .addServlet("/report", store)
                .addServlet("/dumps/*", dumps)
                .addServlet("/dumps", dumps)
                .addServlet("/static/*", new StaticFiles("/static", "org/w3id/dmmkg/server/static"))
                .addServlet("/webjars/*", new StaticFiles("/webjars", "META-INF/resources/webjars"))
                .addFilter("/*", new BrowserPolicyFilter())
                .addFilter("/*", new RequestBodyFilter(settings.maxRequestBytes()))
                .addFilter("/id/*", gate)
                .addFilter("/def", gate)
                .addFilter("/source/*", gate)
                .addFilter("/search", gate)
                .addFilter("/queries/*", gate)
                .addFilter("/report", gate)
                .addFilter("/.well-known/void", gate)
                .addFilter("/*", new FusekiUiFilter(DATASET, examples(catalogue)))
                .addFilter("/*", new ServiceDescriptionFilter(DATASET))
                .build();
    }

    /** The saved queries as the SPARQL editor's examples: summary, and the query with its defaults bound. */
    private static java.util.List<String[]> examples(QueryCatalogue catalogue) {
        java.util.List<String[]> out = new java.util.ArrayList<>();
        for (var q : catalogue.queries()) {
            boolean runnable = q.parameters().stream().noneMatch(q::needs);
            out.add(new String[] {q.summary(), runnable ? QueryBinder.bind(q, java.util.Map.of()).toString() : q.text()});
        }
        return out;
    }
}
