package org.w3id.dmmkg.evaluation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.eclipse.rdf4j.rio.Rio;
import org.w3id.dmmkg.loader.LetterException;
import org.w3id.dmmkg.loader.LetterLoader;

/**
 * Letters read by the loader into an in-memory dataset, without a store: the loader's
 * statements are written as N-Quads by RDF4J Rio and read back by Jena RIOT, every graph
 * (letters, ontology, vocabulary) into the default graph, as a store's union graph shows them.
 */
public final class LetterGraphs {
    private LetterGraphs() {
    }

    /**
     * Loads the letter files and folders of letters in {@code paths}; a file the loader
     * refuses is reported to {@code problems} ({@code FILE: reason}) and left out.
     */
    public static Dataset read(LetterLoader loader, List<Path> paths, Consumer<String> problems) throws IOException {
        ByteArrayOutputStream nquads = new ByteArrayOutputStream();
        RDFHandler writer = Rio.createWriter(RDFFormat.NQUADS, nquads);
        writer.startRDF();
        loader.writeReferenceGraphs(writer);
        for (Path file : files(paths, problems)) {
            try {
                loader.load(file, writer);
            } catch (LetterException e) {
                problems.accept(file + ": " + e.getMessage());
            }
        }
        writer.endRDF();
        return union(new ByteArrayInputStream(nquads.toByteArray()), Lang.NQUADS);
    }

    /** The quads of {@code in} as one in-memory default graph: the union of their graphs. */
    static Dataset union(InputStream in, Lang lang) {
        Dataset dataset = DatasetFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> RDFParser.source(in).lang(lang)
                .parse(intoOneGraph(dataset.asDatasetGraph().getDefaultGraph())));
        return dataset;
    }

    /** Every quad's triple into {@code graph}: the union of the named graphs. */
    private static StreamRDF intoOneGraph(Graph graph) {
        return new StreamRDFWrapper(StreamRDFLib.graph(graph)) {
            @Override
            public void quad(Quad quad) {
                triple(quad.asTriple());
            }
        };
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
