package org.w3id.dmmkg.app.store;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;

/**
 * The Fuseki assembler file ({@code fuseki-config/config.ttl}) with its store locations
 * pointed at one store folder: TDB2 in {@code STORE/tdb2}, the text index in
 * {@code STORE/text-index}.
 */
public final class StoreConfig {
    static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    static final String TEXT = "http://jena.apache.org/text#";

    private final Model model;
    private final Path store;

    private StoreConfig(Model model, Path store) {
        this.model = model;
        this.store = store;
    }

    public static StoreConfig read(Path configFile, Path store) {
        GuardedTextIndexAssembler.register();
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, configFile.toAbsolutePath().toUri().toString());
        Path abs = store.toAbsolutePath().normalize();
        replace(model, model.createProperty(TDB2, "location"), model.createLiteral(abs.resolve("tdb2").toString()));
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

    /** The resource that describes the dataset the service publishes. */
    public Resource dataset() {
        Property dataset = model.createProperty("http://jena.apache.org/fuseki#", "dataset");
        return model.listObjectsOfProperty(dataset).toList().stream().map(RDFNode::asResource).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the configuration names no fuseki:dataset"));
    }
}
