package org.w3id.dmmkg.evaluation;

import java.nio.file.Path;

/** The project folder, as surefire passes it ({@code dmmkg.home}); the module's parent without it. */
final class ProjectFiles {
    private ProjectFiles() {
    }

    static Path home() {
        String home = System.getProperty("dmmkg.home");
        return (home == null || home.isBlank() ? Path.of("..") : Path.of(home)).toAbsolutePath().normalize();
    }
}
