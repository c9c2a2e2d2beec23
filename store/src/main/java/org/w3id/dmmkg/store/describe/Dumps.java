package org.w3id.dmmkg.store.describe;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.w3id.dmmkg.loader.vocab.Prefixes;
import org.w3id.dmmkg.store.RdfBridge;

/**
 * Full dumps of the store: TriG and N-Quads written with RDF4J Rio (so the loader's RDF and
 * the dumps share one RDF library), JSON-LD streamed by {@link JsonLdDump}; plus the VoID
 * description and the JSON-LD {@code @context} that maps the contract's terms to short
 * names. Every dump streams, so that it can be written from the store on request. Call
 * inside a read transaction.
 */
public final class Dumps {
    private static final Map<String, String> PREFIXES = Prefixes.MAP;

    /** The full dumps, by file name, with their media types. */
    public static final Map<String, String> FULL = orderedMap("dmm-kg.trig", "application/trig", "dmm-kg.nq",
            "application/n-quads", "dmm-kg.jsonld", "application/ld+json");

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The full dump named {@code name} (a key of {@link #FULL}). */
    public static void write(DatasetGraph dsg, String name, OutputStream out) {
        switch (name) {
            case "dmm-kg.trig" -> write(dsg, RDFFormat.TRIG, out);
            case "dmm-kg.nq" -> write(dsg, RDFFormat.NQUADS, out);
            case "dmm-kg.jsonld" -> JsonLdDump.write(dsg, out);
            default -> throw new IllegalArgumentException("no dump named " + name);
        }
    }

    private Dumps() {
    }

    /** One dump in one format. */
    public static void write(DatasetGraph dsg, RDFFormat format, OutputStream out) {
        RDFWriter writer = Rio.createWriter(format, out);
        writer.startRDF();
        PREFIXES.forEach(writer::handleNamespace);
        dsg.find().forEachRemaining(q -> writer.handleStatement(RdfBridge.statement(q)));
        writer.endRDF();
    }

    /** Every dump, the VoID description and the context, into {@code folder}. */
    public static void writeAll(DatasetGraph dsg, Path ontology, Path folder, String server) throws IOException {
        Files.createDirectories(folder);
        for (String name : FULL.keySet()) {
            Path tmp = folder.resolve(name + ".partial");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                write(dsg, name, out);
            }
            Files.move(tmp, folder.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        try (OutputStream out = Files.newOutputStream(folder.resolve("void.ttl"))) {
            RDFDataMgr.write(out, DatasetDescription.describe(dsg, server), Lang.TURTLE);
        }
        Files.writeString(folder.resolve("context.jsonld"), context(ontology), StandardCharsets.UTF_8);
    }

    /** A JSON-LD context mapping every term of {@code ontology/dmm.ttl} to its local name. */
    public static String context(Path ontology) throws IOException {
        return context(RDFDataMgr.loadModel(ontology.resolve("dmm.ttl").toString()));
    }

    /** A JSON-LD context mapping every term of the ontology to its local name, with IRIs and dates typed. */
    public static String context(org.apache.jena.rdf.model.Model model) {
        Map<String, String> terms = new TreeMap<>();
        String ns = PREFIXES.get("dmm");
        model.listSubjects().forEachRemaining(r -> {
            if (r.isURIResource() && r.getURI().startsWith(ns)) {
                String name = r.getURI().substring(ns.length());
                boolean object = r.hasProperty(org.apache.jena.vocabulary.RDF.type, org.apache.jena.vocabulary.OWL.ObjectProperty);
                var range = r.getPropertyResourceValue(org.apache.jena.vocabulary.RDFS.range);
                String type = object ? "\"@type\": \"@id\", " : range != null && range.getURI() != null
                        && range.getURI().startsWith(PREFIXES.get("xsd")) && !range.getURI().endsWith("#string")
                        ? "\"@type\": \"xsd:" + range.getLocalName() + "\", " : "";
                terms.put(name, type.isEmpty() ? "\"dmm:" + name + "\"" : "{ " + type + "\"@id\": \"dmm:" + name + "\" }");
            }
        });
        StringBuilder b = new StringBuilder("{\n  \"@context\": {\n");
        new TreeMap<>(PREFIXES).forEach((p, iri) -> b.append("    \"").append(p).append("\": \"").append(iri).append("\",\n"));
        int i = 0;
        for (Map.Entry<String, String> t : terms.entrySet()) {
            b.append("    \"").append(t.getKey()).append("\": ").append(t.getValue())
                    .append(++i < terms.size() ? ",\n" : "\n");
        }
        return b.append("  }\n}\n").toString();
    }
}
