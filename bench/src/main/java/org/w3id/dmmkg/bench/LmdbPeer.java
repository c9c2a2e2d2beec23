package org.w3id.dmmkg.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.sail.lmdb.LmdbStore;
import org.eclipse.rdf4j.sail.lmdb.config.LmdbStoreConfig;

/**
 * The benchmark's peer: the same N-Quads in RDF4J's LMDB store, answering the same saved
 * queries over HTTP on loopback in the same CSV as the dmm-kg server, so that both are timed
 * by one client through one network stack. Queries RDF4J cannot answer the same way (jena-text
 * full-text search) are not offered.
 */
final class LmdbPeer implements AutoCloseable {
    private final SailRepository repository;
    private final Map<String, String> queries;
    private HttpServer http;

    private LmdbPeer(SailRepository repository, Map<String, String> queries) {
        this.repository = repository;
        this.queries = queries;
    }

    /**
     * Loads {@code nquads} into a new LMDB store in {@code folder}.
     *
     * @param queries saved-query name to its text with its default parameters bound
     */
    static LmdbPeer load(Path folder, Path nquads, Map<String, String> queries) throws IOException {
        LmdbStoreConfig config = new LmdbStoreConfig("spoc,posc,ospc,cspo");
        SailRepository repository = new SailRepository(new LmdbStore(folder.toFile(), config));
        repository.init();
        try (RepositoryConnection c = repository.getConnection()) {
            c.begin();
            c.add(nquads.toFile(), RDFFormat.NQUADS);
            c.commit();
        }
        return new LmdbPeer(repository, Map.copyOf(queries));
    }

    /** Starts answering {@code GET /api/queries/NAME.csv} on 127.0.0.1; returns the base URL. */
    String serve() throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        http.setExecutor(Executors.newFixedThreadPool(8));
        http.createContext("/api/queries/", this::answer);
        http.start();
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    /** Whether the peer can answer the saved query of this name. */
    boolean offers(String name) {
        return queries.containsKey(name);
    }

    /** How many rows the query answers, for checking that both stores agree. */
    long rows(String name) {
        try (RepositoryConnection c = repository.getConnection();
                TupleQueryResult r = c.prepareTupleQuery(QueryLanguage.SPARQL, queries.get(name)).evaluate()) {
            return r.stream().count();
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String name = path.substring("/api/queries/".length()).replaceFirst("\\.csv$", "");
        String text = queries.get(name);
        if (text == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/csv; charset=utf-8");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream body = exchange.getResponseBody();
                Writer out = new OutputStreamWriter(body, StandardCharsets.UTF_8);
                RepositoryConnection c = repository.getConnection()) {
            TupleQuery query = c.prepareTupleQuery(QueryLanguage.SPARQL, text);
            query.setMaxExecutionTime(10);
            try (TupleQueryResult result = query.evaluate()) {
                writeCsv(result, out);
            }
        }
    }

    private static void writeCsv(TupleQueryResult result, Writer out) throws IOException {
        List<String> names = result.getBindingNames();
        out.write(String.join(",", names));
        out.write("\r\n");
        for (BindingSet row : result) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < names.size(); i++) {
                Value v = row.getValue(names.get(i));
                line.append(i == 0 ? "" : ",").append(v == null ? "" : csv(v.stringValue()));
            }
            out.write(line.append("\r\n").toString());
        }
    }

    private static String csv(String s) {
        return s.matches("[^\",\r\n]*") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }

    @Override
    public void close() {
        if (http != null) {
            http.stop(0);
        }
        repository.shutDown();
    }
}
