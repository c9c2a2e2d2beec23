package org.w3id.dmmkg.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/**
 * A folder of gold: one JSON file per letter (what a careful reader extracts from it), and
 * optionally {@code graph.json}, the things several letters mention that must be one IRI.
 *
 * @param letters the letters' gold, by file name
 * @param graph   the cross-letter gold, or null when the folder has none
 */
public record Gold(List<JsonObject> letters, JsonObject graph) {
    private static final String GRAPH_FILE = "graph.json";

    /** Reads every {@code .json} file of {@code folder} in name order. */
    public static Gold read(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + ": no such folder");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")
                    && !p.getFileName().toString().equals(GRAPH_FILE)).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no gold files in " + folder);
        }
        List<JsonObject> letters = new ArrayList<>();
        for (Path file : files) {
            letters.add(parse(file));
        }
        Path graph = folder.resolve(GRAPH_FILE);
        return new Gold(List.copyOf(letters), Files.exists(graph) ? parse(graph) : null);
    }

    private static JsonObject parse(Path file) throws IOException {
        try {
            return JSON.read(file.toString());
        } catch (org.apache.jena.atlas.json.JsonParseException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }
}
