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
    private final LetterLoader loader;
    private final Store store;
    private final PrintWriter err;
    private final Map<String, Path> seenContent = new HashMap<>();
    private int loaded;
    private int failed;
    private long triples;

    public LetterImport(LetterLoader loader, Store store, PrintWriter err) {
        this.loader = loader;
        this.store = store;
        this.err = err;
    }

    /** Replaces the graph of the saved-query catalogue with the current {@code queries/}. */
    public void writeCatalogue(org.w3id.dmmkg.app.queries.QueryCatalogue catalogue) {
        store.replaceGraph(org.w3id.dmmkg.app.queries.CatalogueRdf.GRAPH,
                org.w3id.dmmkg.app.queries.CatalogueRdf.quads(catalogue));
    }

    /** Replaces the ontology and vocabulary graphs with the current files. */
    public void writeReferenceGraphs() throws IOException {
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
        for (Path path : paths) {
            for (Path file : expand(path)) {
                loadFile(file);
            }
        }
    }

    private List<Path> expand(Path path) {
        if (!Files.exists(path)) {
            err.println(path + ": no such file or folder");
            failed++;
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
            err.println(path + ": cannot list folder: " + e.getMessage());
            failed++;
            return List.of();
        }
    }

    private void loadFile(Path file) {
        JenaSink sink = new JenaSink();
        try {
            LoadedLetter letter = loader.load(file, sink);
            store.replaceGraph(JenaSink.node(letter.graph()), sink.quads());
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
            err.println(e.getMessage());
            failed++;
        } catch (RuntimeException e) {
            err.println(file + ": extraction failed: " + e);
            failed++;
        }
        err.flush();
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
