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

    /** The seed letters, then the development letters: every letter with gold, in name order. */
    public static List<Path> lettersWithGold() throws IOException {
        List<Path> files = new java.util.ArrayList<>(seeds());
        try (Stream<Path> dev = Files.list(home().resolve("evaluation/dev/letters"))) {
            dev.sorted().forEach(files::add);
        }
        return files;
    }

    public static Path seed(String prefix) throws IOException {
        return seeds().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }
}
