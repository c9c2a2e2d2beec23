package org.w3id.dmmkg.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.rdf4j.common.exception.RDF4JException;
import org.eclipse.rdf4j.common.transaction.IsolationLevels;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.vocabulary.RDF4J;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.QueryInterruptedException;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.query.impl.SimpleDataset;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;
import org.eclipse.rdf4j.sail.lmdb.LmdbStore;
import org.eclipse.rdf4j.sail.lmdb.config.LmdbStoreConfig;
import org.slf4j.LoggerFactory;

/**
 * The benchmark's peer: the same N-Quads in RDF4J's LMDB store, answering the same saved
 * queries over HTTP on loopback in the same CSV as the dmm-kg server, so that both are timed
 * by one client through one network stack.
 * <p>
 * How the peer holds the data: every quad in its named graph, as dmm-kg holds it, and the
 * deduplicated triples of all of them in the store's default (null) context. dmm-kg's default
 * graph is the union of its named graphs with duplicates removed; RDF4J's, left unset, is every
 * context with duplicates kept, which changes counts. So a query without {@code GRAPH} runs over
 * the null context alone (a dataset naming {@code rdf4j:nil}): the same union, deduplicated; one
 * whose {@code GRAPH} patterns name their graphs ({@code graph/summary}) has those graphs as the
 * dataset's named graphs beside it. A query with {@code GRAPH ?g} runs without a dataset, so
 * that it sees every letter's graph; its patterns outside {@code GRAPH} then also see every
 * duplicate, and the benchmark's row counts show any difference. Each answer is cut, as dmm-kg's, at the same
 * timeout (503).
 */
final class LmdbPeer implements AutoCloseable {
    /** How the peer holds the data and runs the queries, for the benchmark's report. */
    static final String DESCRIPTION = "RDF4J LMDB store (indexes spoc, posc, ospc, cspo) loaded from the same N-Quads: "
            + "every quad in its named graph, and all their triples, deduplicated, in its default context. A query "
            + "without GRAPH runs over that default context (the deduplicated union, as dmm-kg's union default graph), "
            + "with the graphs its GRAPH <iri> patterns name beside it; one with GRAPH ?g runs over every context. Same query text with the same defaults bound and the same LIMIT "
            + "(first page, or the server's row ceiling), CSV over loopback HTTP, the same 10 s timeout (503).";

    /** The dmm-kg server's query timeout in {@code fuseki-config/config.ttl}. */
    static final int TIMEOUT_SECONDS = 10;

    /**
     * One saved query as the peer runs it.
     *
     * @param usesNamedGraphs whether it has a {@code GRAPH ?variable} pattern, which must see every letter's graph
     * @param namedGraphs     the graphs its {@code GRAPH <iri>} patterns name
     */
    record PeerQuery(String text, boolean usesNamedGraphs, List<String> namedGraphs) {
        PeerQuery(String text, boolean usesNamedGraphs) {
            this(text, usesNamedGraphs, List.of());
        }
    }

    /** How long loading took: the quads into their graphs, then their triples into the default context. */
    record LoadTimes(double quadsSeconds, double defaultGraphSeconds) {
        double totalSeconds() {
            return quadsSeconds + defaultGraphSeconds;
        }
    }

    private final SailRepository repository;
    private final Map<String, PeerQuery> queries;
    private final LoadTimes loadTimes;
    private final int timeoutSeconds;
    private HttpServer http;
    private ExecutorService workers;
    /** Daemons: a query past its time limit runs on to its next row or its end without holding up the JVM. */
    private final ExecutorService queryThreads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "peer-query");
        t.setDaemon(true);
        return t;
    });

    private LmdbPeer(SailRepository repository, Map<String, PeerQuery> queries, LoadTimes loadTimes, int timeoutSeconds) {
        this.repository = repository;
        this.queries = queries;
        this.loadTimes = loadTimes;
        this.timeoutSeconds = timeoutSeconds;
    }

    /**
     * Loads {@code nquads} into a new LMDB store in {@code folder}.
     *
     * @param queries saved-query name to the query as the peer runs it
     */
    static LmdbPeer load(Path folder, Path nquads, Map<String, PeerQuery> queries) throws IOException {
        return load(folder, nquads, queries, TIMEOUT_SECONDS);
    }

    /** @param timeoutSeconds each query is cut off after this long (503) */
    static LmdbPeer load(Path folder, Path nquads, Map<String, PeerQuery> queries, int timeoutSeconds)
            throws IOException {
        LmdbStoreConfig config = new LmdbStoreConfig("spoc,posc,ospc,cspo");
        LmdbStore store = new LmdbStore(folder.toFile(), config);
        store.setEvaluationStrategyFactory(new QueryDeadline(store.getEvaluationStrategyFactory()));
        SailRepository repository = new SailRepository(store);
        repository.init();
        long t0 = System.nanoTime();
        try (RepositoryConnection c = repository.getConnection()) {
            // No isolation: the store is empty and nobody reads it yet, as with TDB2's bulk loader.
            c.begin(IsolationLevels.NONE);
            c.add(nquads.toFile(), RDFFormat.NQUADS);
            c.commit();
        }
        long t1 = System.nanoTime();
        try (RepositoryConnection c = repository.getConnection(); InputStream in = Files.newInputStream(nquads)) {
            c.begin(IsolationLevels.NONE);
            var parser = Rio.createParser(RDFFormat.NQUADS);
            parser.setRDFHandler(new AbstractRDFHandler() {
                @Override
                public void handleStatement(Statement st) {
                    c.add(st.getSubject(), st.getPredicate(), st.getObject());
                }
            });
            parser.parse(in, "");
            c.commit();
        }
        LoadTimes times = new LoadTimes((t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
        return new LmdbPeer(repository, Map.copyOf(queries), times, timeoutSeconds);
    }

    LoadTimes loadTimes() {
        return loadTimes;
    }

    /** Starts answering {@code GET /api/queries/NAME.csv} on 127.0.0.1 with 8 workers; returns the base URL. */
    String serve() throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        workers = Executors.newFixedThreadPool(8);
        http.setExecutor(workers);
        http.createContext("/api/queries/", this::answer);
        http.start();
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    /** Whether the peer can answer the saved query of this name. */
    boolean offers(String name) {
        return queries.containsKey(name);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            PeerQuery query = queries.get(path.substring("/api/queries/".length()).replaceFirst("\\.csv$", ""));
            if (query == null) {
                send(exchange, 404, "text/plain", "no such query\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            Future<byte[]> csv = queryThreads.submit(() -> QueryDeadline.within(deadline, () -> {
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                run(query, body);
                return body.toByteArray();
            }));
            try {
                send(exchange, 200, "text/csv; charset=utf-8", csv.get(timeoutSeconds, TimeUnit.SECONDS));
            } catch (TimeoutException e) {
                // Not cancelled: interrupting it would close its LMDB transaction under it.
                // It stops at its next read from the store and closes its own transaction.
                send(exchange, 503, "text/plain", "query timed out\n".getBytes(StandardCharsets.UTF_8));
            } catch (ExecutionException e) {
                boolean timedOut = pastTheLimit(e.getCause());
                send(exchange, timedOut ? 503 : 500, "text/plain", (timedOut ? "query timed out\n"
                        : "query failed: " + e.getCause().getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                send(exchange, 503, "text/plain", "interrupted\n".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** Whether a failure is the time limit, also where the evaluation wrapped it in another exception. */
    private static boolean pastTheLimit(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof QueryInterruptedException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Answers in full before sending, as dmm-kg's API does, so a timeout is a 503 and not a cut
     * answer. Runs on a query thread of its own; the request is answered 503 when the time limit
     * passes, and the query stops at its next read from the store ({@link QueryDeadline}).
     */
    private void run(PeerQuery query, OutputStream body) throws IOException {
        try (RepositoryConnection c = repository.getConnection();
                Writer out = new OutputStreamWriter(body, StandardCharsets.UTF_8)) {
            TupleQuery tuple = c.prepareTupleQuery(QueryLanguage.SPARQL, query.text());
            if (!query.usesNamedGraphs()) {
                SimpleDataset union = new SimpleDataset();
                union.addDefaultGraph(RDF4J.NIL);
                query.namedGraphs().forEach(g -> union.addNamedGraph(repository.getValueFactory().createIRI(g)));
                tuple.setDataset(union);
            }
            try (TupleQueryResult result = tuple.evaluate()) {
                writeCsv(result, out);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static void writeCsv(TupleQueryResult result, Writer out) throws IOException {
        List<String> names = result.getBindingNames();
        out.write(String.join(",", names));
        out.write("\r\n");
        for (BindingSet row : result) {
            // Also between rows: a sorted answer is written out without reading the store again.
            QueryDeadline.check();
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
            workers.shutdown();
        }
        queryThreads.shutdown();
        try {
            if (queryThreads.awaitTermination(30, TimeUnit.SECONDS)) {
                repository.shutDown();
            } else {
                LoggerFactory.getLogger(LmdbPeer.class).warn(
                        "peer: a query past its time limit still runs; its store stays open until the JVM ends");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
