package org.w3id.dmmkg.harvest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.w3id.dmmkg.harvest.internal.RecordJson;
import org.w3id.dmmkg.store.OfficialRecord;

/**
 * A local mirror of the official letters: in {@code letters/}, each publication's file
 * ({@code kst-28676-467.xml}, or the Tweede Kamer's PDF or DOCX) and beside it a JSON sidecar
 * ({@code kst-28676-467.json}) with its official metadata, when and from where it was fetched,
 * and its checksum. Files are written whole or not at all (a temporary file moved into place),
 * the sidecar last: a file without its sidecar is an interrupted download, fetched again. A
 * publication the source deleted keeps a sidecar that says so, and no file.
 */
public final class Mirror {
    /** The file that marks a folder as a mirror. */
    public static final String MARKER = "mirror.json";
    private static final String LETTERS = "letters";
    private static final String TEMP = ".part-";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;

    private Mirror(Path dir) {
        this.dir = dir;
    }

    /** Opens the mirror in {@code dir}, making it if needed, and clears what an interrupted run left half-written. */
    public static Mirror open(Path dir) throws IOException {
        Files.createDirectories(dir.resolve(LETTERS));
        Path marker = dir.resolve(MARKER);
        if (!Files.exists(marker)) {
            Files.writeString(marker, "{\n  \"about\": \"a dmm-kg mirror of official letters: letters/ holds each file "
                    + "and its JSON sidecar\"\n}\n");
        }
        try (Stream<Path> files = Files.list(dir.resolve(LETTERS))) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith(TEMP)).toList()) {
                Files.delete(p);
            }
        }
        return new Mirror(dir);
    }

    public static boolean isMirror(Path dir) {
        return Files.isRegularFile(dir.resolve(MARKER)) && Files.isDirectory(dir.resolve(LETTERS));
    }

    public Path dir() {
        return dir;
    }

    /** Every sidecar, by key. A sidecar that cannot be read is a {@link IOException} naming it. */
    public Map<String, ObjectNode> sidecars() throws IOException {
        Map<String, ObjectNode> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir.resolve(LETTERS))) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                ObjectNode sidecar = read(p);
                out.put(sidecar.path("key").asText(), sidecar);
            }
        }
        return out;
    }

    /** Puts a publication's file in place, then its sidecar, each whole; a file of another format goes. */
    public void put(String key, String extension, byte[] bytes, ObjectNode sidecar) throws IOException {
        String name = key + "." + extension;
        Optional<Path> before = file(key);
        write(dir.resolve(LETTERS).resolve(name), bytes);
        sidecar.put("file", name);
        write(sidecarPath(key), JSON.writeValueAsBytes(sidecar));
        if (before.isPresent() && !before.get().getFileName().toString().equals(name)) {
            Files.deleteIfExists(before.get());
        }
    }

    /** Records that the source deleted a publication: its sidecar says so, and its file goes. */
    public void markDeleted(String key, ObjectNode sidecar) throws IOException {
        sidecar.put("deleted", true);
        sidecar.remove("file");
        Optional<Path> file = file(key);
        write(sidecarPath(key), JSON.writeValueAsBytes(sidecar));
        if (file.isPresent()) {
            Files.delete(file.get());
        }
    }

    /** The files of the publications the mirror holds, in key order. */
    public List<Path> letters() throws IOException {
        List<Path> out = new ArrayList<>();
        for (ObjectNode sidecar : sidecars().values()) {
            if (!sidecar.path("deleted").asBoolean() && sidecar.hasNonNull("file")) {
                out.add(dir.resolve(LETTERS).resolve(sidecar.get("file").asText()));
            }
        }
        return out;
    }

    /** The keys of the publications the sources deleted. */
    public List<String> deleted() throws IOException {
        return sidecars().entrySet().stream().filter(e -> e.getValue().path("deleted").asBoolean()).map(Map.Entry::getKey)
                .toList();
    }

    /** The official record of a file in a mirror, from its sidecar; none for a file outside a mirror. */
    public static Optional<OfficialRecord> recordOf(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || folder.getParent() == null || !isMirror(folder.getParent())) {
            return Optional.empty();
        }
        String name = file.getFileName().toString();
        Path sidecar = file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".json");
        if (!Files.isRegularFile(sidecar)) {
            return Optional.empty();
        }
        try {
            return Optional.of(RecordJson.read(read(sidecar).path("official")));
        } catch (IOException | IllegalArgumentException | java.time.DateTimeException e) {
            throw new java.io.UncheckedIOException(new IOException(sidecar + ": not a sidecar: " + e.getMessage(), e));
        }
    }

    private Optional<Path> file(String key) throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve(LETTERS))) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(key + ".") && !n.endsWith(".json") && n.indexOf('.', key.length() + 1) < 0;
            }).findFirst();
        }
    }

    private Path sidecarPath(String key) {
        return dir.resolve(LETTERS).resolve(key + ".json");
    }

    private static ObjectNode read(Path p) throws IOException {
        try {
            JsonNode json = JSON.readTree(p.toFile());
            if (json == null || !json.isObject() || !json.hasNonNull("key")) {
                throw new IOException(p + ": not a sidecar (no key)");
            }
            return (ObjectNode) json;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(p + ": not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes a file whole or not at all: a temporary file in the same folder, moved into place. */
    private static void write(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(TEMP + target.getFileName());
        Files.write(tmp, bytes);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
