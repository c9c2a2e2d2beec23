package org.w3id.dmmkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A benchmark's work folder: its stores and files take gigabytes, so they go when it ends. */
final class WorkFolder {
    private WorkFolder() {
    }

    /** Deletes {@code folder} and everything in it, deepest first. */
    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the work folder " + folder, e);
        }
    }
}
