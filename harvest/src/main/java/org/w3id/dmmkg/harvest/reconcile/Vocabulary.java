package org.w3id.dmmkg.harvest.reconcile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.vocabulary.OWL;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.Rio;
import org.w3id.dmmkg.loader.vocab.DMM;

/**
 * The entities of the reference vocabulary that have no Wikidata link yet, and the Wikidata
 * classes the ontology expects of each class ({@code dmm:wikidataClass}).
 */
public final class Vocabulary {
    /** Where Wikidata's entities live. */
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private final Model model;
    private final Map<String, List<String>> classes;
    private final Map<String, Path> declaredIn;

    private Vocabulary(Model model, Map<String, List<String>> classes, Map<String, Path> declaredIn) {
        this.model = model;
        this.classes = classes;
        this.declaredIn = declaredIn;
    }

    /** Reads {@code dmm.ttl} and every {@code vocabulary/*.ttl} of an ontology folder. */
    public static Vocabulary read(Path ontology) throws IOException {
        Model model = new LinkedHashModel();
        parse(ontology.resolve("dmm.ttl"), model);
        Map<String, Path> declaredIn = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(ontology.resolve("vocabulary"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ttl")).sorted().toList()) {
                Model file = new LinkedHashModel();
                parse(f, file);
                file.filter(null, RDF.TYPE, null).subjects().forEach(s -> declaredIn.putIfAbsent(s.stringValue(), f));
                model.addAll(file);
            }
        }
        Map<String, List<String>> classes = new LinkedHashMap<>();
        for (var st : model.filter(null, DMM.wikidataClass, null)) {
            classes.computeIfAbsent(st.getSubject().stringValue(), k -> new ArrayList<>()).add(st.getObject().stringValue());
        }
        return new Vocabulary(model, classes, declaredIn);
    }

    private static void parse(Path file, Model into) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            into.addAll(Rio.parse(in, DMM.ID, RDFFormat.TURTLE));
        } catch (RDFParseException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The Wikidata classes expected of each class, by class IRI. */
    public Map<String, List<String>> classes() {
        return classes;
    }

    /** Entities of the classes that have Wikidata classes (or of {@code only}, by local name), not linked yet. */
    public List<Entity> unlinked(Set<String> only) {
        List<Entity> out = new ArrayList<>();
        for (String type : classes.keySet()) {
            String local = type.substring(type.indexOf('#') + 1).toLowerCase(java.util.Locale.ROOT);
            if (!only.isEmpty() && !only.contains(local)) {
                continue;
            }
            for (Resource r : model.filter(null, RDF.TYPE, org.eclipse.rdf4j.model.util.Values.iri(type)).subjects()) {
                if (r instanceof IRI iri && !linked(iri)) {
                    out.add(entity(iri, type));
                }
            }
        }
        return out;
    }

    /** The vocabulary file that declares this entity, if the vocabulary knows it. */
    public java.util.Optional<Path> fileOf(String iri) {
        return java.util.Optional.ofNullable(declaredIn.get(iri));
    }

    /** Whether the vocabulary already states this link. */
    public boolean states(String entity, String item) {
        return model.contains(org.eclipse.rdf4j.model.util.Values.iri(entity), OWL.SAMEAS,
                org.eclipse.rdf4j.model.util.Values.iri(item));
    }

    private boolean linked(IRI iri) {
        for (IRI p : new IRI[] {OWL.SAMEAS, SKOS.EXACT_MATCH}) {
            for (Value v : model.filter(iri, p, null).objects()) {
                if (v.stringValue().startsWith(WIKIDATA)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Entity entity(IRI iri, String type) {
        Set<String> pref = names(iri, SKOS.PREF_LABEL);
        pref.addAll(names(iri, RDFS.LABEL));
        Set<String> alt = names(iri, SKOS.ALT_LABEL);
        alt.removeAll(pref);
        String label = pref.isEmpty() ? iri.getLocalName() : pref.iterator().next();
        return new Entity(iri.stringValue(), type, label, List.copyOf(pref), List.copyOf(alt));
    }

    private Set<String> names(IRI iri, IRI property) {
        Set<String> out = new TreeSet<>();
        for (Value v : model.filter(iri, property, null).objects()) {
            if (v instanceof Literal l) {
                out.add(l.getLabel().strip());
            }
        }
        return out;
    }
}
