package org.w3id.dmmkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.w3id.dmmkg.loader.BundledFiles;
import org.w3id.dmmkg.loader.LetterLoader;
import org.w3id.dmmkg.server.queries.QueryCatalogue;
import org.w3id.dmmkg.store.StoreConfig;

/**
 * Where the command finds its files: {@code ontology/}, {@code queries/},
 * {@code fuseki-config/config.ttl} and {@code seeds/}. Each ships inside the jar; a project
 * folder on disk, named by {@code -Ddmmkg.home} or the environment variable
 * {@code DMMKG_HOME} (the {@code ./dmm-kg} launcher names the checkout), overrides each of
 * them that it holds, so that an edited query or vocabulary counts without a rebuild.
 */
public final class Home {
    /** The environment variable that names a project folder. */
    public static final String ENVIRONMENT = "DMMKG_HOME";
    /** The system property that names a project folder; it wins over the environment. */
    public static final String PROPERTY = "dmmkg.home";
    private static final String DISTRIBUTION = "dmm-kg/distribution.properties";

    private Home() {
    }

    /** The project folder on disk, if one is named. */
    public static Optional<Path> dir() {
        String named = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
        return named == null || named.isBlank() ? Optional.empty() : Optional.of(Path.of(named).toAbsolutePath().normalize());
    }

    public static Path ontology() {
        return onDisk("ontology").orElseGet(LetterLoader::bundledOntology);
    }

    public static Path config() {
        return onDisk("fuseki-config/config.ttl").orElseGet(StoreConfig::bundledFile);
    }

    public static Path queries() {
        return onDisk("queries").orElseGet(QueryCatalogue::bundledFolder);
    }

    public static Path seeds() {
        return onDisk("seeds").orElseGet(() -> bundle().resolve("seeds"));
    }

    /** The version of this build, as the jar records it. */
    public static String version() {
        try (InputStream in = Files.newInputStream(bundle().resolve("distribution.properties"))) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DISTRIBUTION, e);
        }
    }

    private static Path bundle() {
        return BundledFiles.folderOf(Home.class, DISTRIBUTION);
    }

    private static Optional<Path> onDisk(String relative) {
        return dir().map(d -> d.resolve(relative)).filter(Files::exists);
    }
}
