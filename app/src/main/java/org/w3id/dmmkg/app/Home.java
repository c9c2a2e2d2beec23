package org.w3id.dmmkg.app;

import java.nio.file.Path;

/**
 * The project folder: where {@code ontology/}, {@code fuseki-config/}, {@code queries/} and
 * {@code seeds/} live. The {@code ./dmm-kg} launcher passes it as {@code -Ddmmkg.home};
 * without it, the working directory.
 */
public final class Home {
    private Home() {
    }

    public static Path dir() {
        String home = System.getProperty("dmmkg.home");
        return Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
    }

    public static Path ontology() {
        return dir().resolve("ontology");
    }

    public static Path config() {
        return dir().resolve("fuseki-config").resolve("config.ttl");
    }

    public static Path seeds() {
        return dir().resolve("seeds");
    }

    public static Path queries() {
        return dir().resolve("queries");
    }
}
