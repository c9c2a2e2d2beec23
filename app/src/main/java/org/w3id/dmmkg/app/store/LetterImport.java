package org.w3id.dmmkg.app.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.w3id.dmmkg.loader.LetterException;
import org.w3id.dmmkg.loader.LetterLoader;
import org.w3id.dmmkg.loader.LoadedLetter;

/**
 * Loads letter files into a {@link Store}: each letter read completely first, then its graph
 * replaced in one write transaction, so a letter that fails leaves the store as it was. A bad
 * file gets one line on {@code err} naming it and the reason; the others still load.
 */
public final class LetterImport {
    /** Reads one letter file into statements: the loader, or a stand-in in tests. */
    @FunctionalInterface
    public interface LetterReader {
        LoadedLetter read(Path file, org.eclipse.rdf4j.rio.RDFHandler sink) throws LetterException;
    }

    private final LetterReader reader;
    private final String version;
    private final Store store;
    private final PrintWriter err;
    private final Map<String, Path> seenContent = new HashMap<>();
    private final boolean force;
    private int loaded;
    private int unchanged;
    private int failed;
    private long triples;

    public LetterImport(LetterLoader loader, Store store, PrintWriter err) {
        this(loader, store, err, false);
    }

    /** @param force load every letter again, also one the store holds from the same bytes and rules */
    public LetterImport(LetterLoader loader, Store store, PrintWriter err, boolean force) {
        this(loader::load, loader.version(), store, err, force);
    }

    /** @param version the reader's rules and vocabulary, as {@link LetterLoader#version()} */
    public LetterImport(LetterReader reader, String version, Store store, PrintWriter err, boolean force) {
        this.reader = reader;
        this.version = version;
        this.store = store;
        this.err = err;
        this.force = force;
    }

    /** Replaces the store's own VoID description (graph/void) with one counted now. */
    public static void writeDescription(Store store) {
        org.apache.jena.sparql.core.DatasetGraph dsg = store.dataset().asDatasetGraph();
        var model = org.apache.jena.system.Txn.calculateRead(store.dataset(),
                () -> org.w3id.dmmkg.app.linked.DatasetDescription.describe(dsg, "http://127.0.0.1:3030"));
        org.apache.jena.graph.Node graph = org.apache.jena.graph.NodeFactory.createURI(
                org.w3id.dmmkg.app.linked.DatasetDescription.GRAPH);
        List<Quad> quads = new ArrayList<>();
        model.getGraph().find().forEachRemaining(t -> quads.add(new Quad(graph, t)));
        store.replaceGraph(graph, quads);
    }

    /** Replaces the graph of the saved-query catalogue with the current {@code queries/}. */
    public static void writeCatalogue(Store store, org.w3id.dmmkg.app.queries.QueryCatalogue catalogue) {
        store.replaceGraph(org.w3id.dmmkg.app.queries.CatalogueRdf.GRAPH,
                org.w3id.dmmkg.app.queries.CatalogueRdf.quads(catalogue));
    }

    /** Replaces the ontology and vocabulary graphs with the current files. */
    public static void writeReferenceGraphs(LetterLoader loader, Store store) throws IOException {
        JenaSink sink = new JenaSink();
        loader.writeReferenceGraphs(sink);
        Map<Node, List<Quad>> byGraph = new LinkedHashMap<>();
        for (Quad q : sink.quads()) {
            byGraph.computeIfAbsent(q.getGraph(), g -> new ArrayList<>()).add(q);
        }
        byGraph.forEach(store::replaceGraph);
    }

    /** Loads every file named, and every file below every folder named. */
    public void load(List<Path> paths) {
        java.util.Set<Path> seen = new java.util.HashSet<>();
        for (Path path : paths) {
            for (Path file : expand(path)) {
                if (seen.add(file.toAbsolutePath().normalize())) {
                    loadFile(file);
                }
            }
        }
    }

    private List<Path> expand(Path path) {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            fail(path, "no such file or folder");
            return List.of();
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(p -> !Files.isDirectory(p))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            fail(path, "cannot list folder: " + e.getMessage());
            return List.of();
        }
    }

    private void loadFile(Path file) {
        JenaSink sink = new JenaSink();
        try {
            if (!Files.isRegularFile(file)) {
                fail(file, "not a regular file" + (Files.isSymbolicLink(file) ? " (a dangling link)" : ""));
                return;
            }
            String sha = sha256(file);
            Path earlierInRun = seenContent.get(sha);
            if (!force && store.holdsLetter(sha, version)) {
                unchanged++;
                if (earlierInRun != null) {
                    err.println(file + ": same content as " + earlierInRun + "; stored once");
                }
                seenContent.putIfAbsent(sha, file);
                return;
            }
            LoadedLetter letter = reader.read(file, sink);
            store.replaceGraph(JenaSink.node(letter.graph()), sink.quads());
            LoadRecord.loaded(store, file);
            loaded++;
            triples += letter.statements();
            for (String warning : letter.warnings()) {
                err.println(file + ": warning: " + warning);
            }
            Path earlier = seenContent.putIfAbsent(letter.sha256(), file);
            if (earlier != null) {
                err.println(file + ": same content as " + earlier + "; stored once, as letter " + letter.id());
            }
        } catch (LetterException e) {
            fail(file, e.reason());
        } catch (IOException e) {
            fail(file, "cannot read: " + reason(e));
        } catch (RuntimeException e) {
            fail(file, "extraction failed: " + e);
        }
        err.flush();
    }

    /** One line naming the file and the reason, and a record of it in the store's load report. */
    private void fail(Path file, String reason) {
        err.println(file + ": " + reason);
        failed++;
        LoadRecord.failed(store, file, reason);
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage();
    }

    private static String sha256(Path file) throws IOException {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            try (java.io.InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[65536];
                for (int n; (n = in.read(buffer)) > 0;) {
                    md.update(buffer, 0, n);
                }
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** Letters skipped because the store holds them from the same bytes and rules. */
    public int unchanged() {
        return unchanged;
    }

    public int loaded() {
        return loaded;
    }

    public int failed() {
        return failed;
    }

    public long triples() {
        return triples;
    }
}
