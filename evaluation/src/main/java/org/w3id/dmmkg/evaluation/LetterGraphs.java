package org.w3id.dmmkg.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.w3id.dmmkg.loader.LetterException;
import org.w3id.dmmkg.loader.LetterLoader;
import org.w3id.dmmkg.store.QuadCollector;

/**
 * Letters read by the loader into an in-memory dataset, without a store: every graph the
 * loader writes (letters, ontology, vocabulary) into the default graph, as a store's union
 * graph shows them.
 */
public final class LetterGraphs {
    private LetterGraphs() {
    }

    /**
     * Loads the letter files and folders of letters in {@code paths}; a file the loader
     * refuses is reported to {@code problems} ({@code FILE: reason}) and left out.
     */
    public static Dataset read(LetterLoader loader, List<Path> paths, Consumer<String> problems) throws IOException {
        QuadCollector quads = new QuadCollector();
        loader.writeReferenceGraphs(quads);
        for (Path file : files(paths, problems)) {
            try {
                loader.load(file, quads);
            } catch (LetterException e) {
                problems.accept(file + ": " + e.getMessage());
            }
        }
        Dataset dataset = DatasetFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> {
            Graph union = dataset.asDatasetGraph().getDefaultGraph();
            quads.quads().forEach(q -> union.add(q.asTriple()));
        });
        return dataset;
    }

    /** The files named, and every file (not hidden) under the folders named, in name order. */
    private static List<Path> files(List<Path> paths, Consumer<String> problems) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                problems.accept(path + ": no such file or folder");
            } else if (!Files.isDirectory(path)) {
                out.add(path);
            } else {
                try (Stream<Path> walk = Files.walk(path)) {
                    out.addAll(walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList());
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
        }
        return out;
    }
}
