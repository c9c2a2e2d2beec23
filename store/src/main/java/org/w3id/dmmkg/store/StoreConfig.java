package org.w3id.dmmkg.store;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.w3id.dmmkg.store.text.GuardedTextIndexAssembler;

/**
 * The Fuseki assembler file ({@code fuseki-config/config.ttl}) with its store locations
 * pointed at one store folder: TDB2 in {@code STORE/tdb2}, the text index in
 * {@code STORE/text-index}.
 */
public final class StoreConfig {
    static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    /** The store's TDB2 database, below the store folder. */
    static final String TDB2_FOLDER = "tdb2";
    /** A file that always ships in the bundled configuration folder. */
    private static final String BUNDLED = "dmm-kg/fuseki-config/config.ttl";
    static final String TEXT = "http://jena.apache.org/text#";

    private final Model model;
    private final Path store;

    private StoreConfig(Model model, Path store) {
        this.model = model;
        this.store = store;
    }

    /** The configuration that ships in the jar, pointed at {@code store}. */
    public static StoreConfig bundled(Path store) {
        return read(bundledFile(), store);
    }

    /** The configuration file that ships in the jar. */
    public static Path bundledFile() {
        return org.w3id.dmmkg.loader.BundledFiles.folderOf(StoreConfig.class, BUNDLED).resolve("config.ttl");
    }

    /** {@code configFile} (a Fuseki assembler file) pointed at {@code store}. */
    public static StoreConfig read(Path configFile, Path store) {
        GuardedTextIndexAssembler.register();
        Model model = ModelFactory.createDefaultModel();
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(configFile)) {
            // A fixed base: the file may sit inside a jar, whose URI is no base for relative IRIs.
            RDFDataMgr.read(model, in, "file:///dmm-kg/fuseki-config/config.ttl", org.apache.jena.riot.Lang.TURTLE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the configuration " + configFile, e);
        }
        Path abs = store.toAbsolutePath().normalize();
        replace(model, model.createProperty(TDB2, "location"), model.createLiteral(abs.resolve(TDB2_FOLDER).toString()));
        replace(model, model.createProperty(TEXT, "directory"),
                model.createResource(abs.resolve("text-index").toUri().toString()));
        return new StoreConfig(model, abs);
    }

    private static void replace(Model model, Property p, RDFNode value) {
        List<Statement> old = model.listStatements(null, p, (RDFNode) null).toList();
        if (old.isEmpty()) {
            throw new IllegalArgumentException("the configuration has no " + p + " to point at the store");
        }
        for (Statement s : old) {
            Resource subject = s.getSubject();
            model.remove(s);
            model.add(subject, p, value);
        }
    }

    /** The configuration, ready for Fuseki or the assembler. */
    public Model model() {
        return model;
    }

    public Path store() {
        return store;
    }

    /**
     * The query timeout the configuration sets on the server ({@code arq:queryTimeout}), so
     * that everything else that runs queries for the public uses the same one.
     */
    public long queryTimeoutMillis() {
        String ja = "http://jena.hpl.hp.com/2005/11/Assembler#";
        Property name = model.createProperty(ja, "cxtName");
        Property value = model.createProperty(ja, "cxtValue");
        return model.listResourcesWithProperty(name, "arq:queryTimeout").toList().stream()
                .map(r -> r.getProperty(value)).filter(java.util.Objects::nonNull)
                .map(st -> Long.parseLong(st.getString().split(",")[0].trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the configuration sets no arq:queryTimeout"));
    }

    /** The resource that describes the dataset the service publishes. */
    public Resource dataset() {
        Property dataset = model.createProperty("http://jena.apache.org/fuseki#", "dataset");
        return model.listObjectsOfProperty(dataset).toList().stream().map(RDFNode::asResource).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the configuration names no fuseki:dataset"));
    }
}
