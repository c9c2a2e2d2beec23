package org.w3id.dmmkg.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where tests find the project's files: the build passes the project folder as {@code dmmkg.home}. */
public final class TestFiles {
    private TestFiles() {
    }

    public static Path home() {
        return Path.of(System.getProperty("dmmkg.home", "..")).toAbsolutePath().normalize();
    }

    public static Path ontology() {
        return home().resolve("ontology");
    }

    public static List<Path> seeds() throws IOException {
        try (Stream<Path> s = Files.list(home().resolve("seeds"))) {
            return s.sorted().toList();
        }
    }

    public static Path seed(String prefix) throws IOException {
        return seeds().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }
}
