package org.w3id.dmmkg.loader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The folders dmm-kg ships inside its jars, under {@code dmm-kg/}: the ontology here, the
 * Fuseki configuration, the saved queries and the seed letters in the modules that use them.
 * Each is returned as a {@link Path}, a folder on disk when the classes run from a build
 * folder and a folder inside the jar otherwise, so that code reads a bundled folder and a
 * folder a user gives in the same way.
 */
public final class BundledFiles {
    private BundledFiles() {
    }

    /**
     * The folder that holds {@code resource}, a file known to ship in it (for example
     * {@code dmm-kg/ontology/dmm.ttl}), as found by {@code anchor}'s class loader.
     *
     * @throws IllegalStateException when the resource is not on the class path (a broken build)
     */
    public static Path folderOf(Class<?> anchor, String resource) {
        URL url = anchor.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException(resource + " is not on the class path: the jar is incomplete");
        }
        try {
            URI uri = url.toURI();
            return path(uri).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot address " + url, e);
        }
    }

    private static synchronized Path path(URI uri) {
        if (!"jar".equals(uri.getScheme())) {
            return Path.of(uri);
        }
        try {
            return FileSystems.getFileSystem(uri).provider().getPath(uri);
        } catch (java.nio.file.FileSystemNotFoundException notOpenYet) {
            try {
                FileSystem jar = FileSystems.newFileSystem(uri, Map.of());
                return jar.provider().getPath(uri);
            } catch (FileSystemAlreadyExistsException raced) {
                return FileSystems.getFileSystem(uri).provider().getPath(uri);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open " + uri, e);
            }
        }
    }
}
