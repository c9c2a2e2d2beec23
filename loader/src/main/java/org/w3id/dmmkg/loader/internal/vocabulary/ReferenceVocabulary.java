package org.w3id.dmmkg.loader.internal.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.Rio;
import org.w3id.dmmkg.loader.vocab.DMM;

/**
 * The reference vocabulary: the SKOS Turtle files of {@code ontology/vocabulary/}, and the
 * concept schemes of {@code ontology/concepts.ttl} with the words that name each meeting type,
 * read at start. Adding an alias there is a data change; no code knows any entry.
 */
public final class ReferenceVocabulary {
    private static final IRI MEETING_TYPES = org.eclipse.rdf4j.model.impl.SimpleValueFactory.getInstance()
            .createIRI(DMM.ID + "meeting-type");

    private final Model model;
    private final List<Entry> entries;
    private final List<MeetingTypeNames> meetingTypes;
    private final String digest;

    private ReferenceVocabulary(Model model, String digest) {
        this.model = model;
        this.entries = readEntries(model);
        this.meetingTypes = readMeetingTypes(model);
        this.digest = digest;
    }

    /** SHA-256 (hex) over the vocabulary files' bytes, in name order. */
    public String digest() {
        return digest;
    }

    /** Reads every {@code .ttl} file in {@code folder}, in name order. */
    public static ReferenceVocabulary read(Path folder) throws IOException {
        return read(folder, List.of());
    }

    /** Reads every {@code .ttl} file in {@code folder}, in name order, then {@code conceptSchemes}. */
    public static ReferenceVocabulary read(Path folder, List<Path> conceptSchemes) throws IOException {
        Model model = new LinkedHashModel();
        java.security.MessageDigest sha;
        try {
            sha = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        }
        List<Path> all = new ArrayList<>(files);
        all.addAll(conceptSchemes);
        for (Path file : all) {
            sha.update(Files.readAllBytes(file));
            try (InputStream in = Files.newInputStream(file)) {
                model.addAll(Rio.parse(in, DMM.ID, RDFFormat.TURTLE));
            } catch (RDFParseException e) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
        }
        return new ReferenceVocabulary(model, java.util.HexFormat.of().formatHex(sha.digest()));
    }

    /** All statements of the vocabulary files. */
    public Model model() {
        return model;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** How letters name ministers' portfolios ({@code Defensie}, {@code Buitenlandse Zaken}): the ministries' portfolio names. */
    public List<String> portfolioNames() {
        return model.filter(null, DMM.portfolioName, null).objects().stream().map(Value::stringValue).distinct()
                .sorted(Comparator.comparing(String::length).reversed()).toList();
    }

    /** The meeting types of the concept scheme with their names; empty without the concept schemes. */
    public List<MeetingTypeNames> meetingTypes() {
        return meetingTypes;
    }

    /** Entries of one class. */
    public List<Entry> entries(IRI type) {
        return entries.stream().filter(e -> e.type().equals(type)).toList();
    }

    /** Entries of one class by every lower-case name and alias. */
    public java.util.Map<String, IRI> namesOf(IRI type) {
        java.util.Map<String, IRI> out = new java.util.HashMap<>();
        for (Entry e : entries(type)) {
            e.names().forEach(n -> out.putIfAbsent(n.toLowerCase(java.util.Locale.ROOT), e.id()));
        }
        return java.util.Map.copyOf(out);
    }

    public Optional<Entry> entry(IRI id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private static List<Entry> readEntries(Model model) {
        List<Entry> out = new ArrayList<>();
        for (Resource subject : model.filter(null, RDF.TYPE, null).subjects()) {
            if (!(subject instanceof IRI id)) {
                continue;
            }
            Optional<IRI> type = model.filter(id, RDF.TYPE, null).objects().stream()
                    .filter(v -> v instanceof IRI i && i.getNamespace().equals(DMM.NS)).map(v -> (IRI) v).findFirst();
            if (type.isEmpty()) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            for (IRI p : List.of(SKOS.PREF_LABEL, RDFS.LABEL, SKOS.ALT_LABEL, SKOS.HIDDEN_LABEL)) {
                model.filter(id, p, null).objects().forEach(v -> names.add(v.stringValue()));
            }
            String notation = model.filter(id, SKOS.NOTATION, null).objects().stream().map(Value::stringValue)
                    .findFirst().orElse(null);
            List<String> adjectives = model.filter(id, DMM.adjective, null).objects().stream().map(Value::stringValue)
                    .toList();
            out.add(new Entry(id, type.get(), label(model, id), List.copyOf(names), notation, adjectives));
        }
        out.sort(Comparator.comparing(e -> e.id().stringValue()));
        return out;
    }

    private static List<MeetingTypeNames> readMeetingTypes(Model model) {
        List<MeetingTypeNames> out = new ArrayList<>();
        for (Resource subject : model.filter(null, SKOS.IN_SCHEME, MEETING_TYPES).subjects()) {
            if (!(subject instanceof IRI concept)) {
                continue;
            }
            List<String> names = new ArrayList<>();
            // The preferred label describes the type ("andere bijeenkomst"); the others name a meeting.
            for (IRI p : List.of(SKOS.ALT_LABEL, SKOS.HIDDEN_LABEL)) {
                names.addAll(strings(model, concept, p));
            }
            String notation = strings(model, concept, SKOS.NOTATION).stream().findFirst().orElseThrow(
                    () -> new IllegalArgumentException(concept + ": a meeting type needs a skos:notation"));
            IRI convenedBy = model.filter(concept, DMM.convenedBy, null).objects().stream()
                    .filter(IRI.class::isInstance).map(IRI.class::cast).findFirst().orElse(null);
            out.add(new MeetingTypeNames(concept, notation, names, strings(model, concept, DMM.eventNoun),
                    strings(model, concept, DMM.participantsName), strings(model, concept, DMM.compositionName),
                    convenedBy));
        }
        out.sort(Comparator.comparing(MeetingTypeNames::notation));
        return List.copyOf(out);
    }

    private static List<String> strings(Model model, IRI subject, IRI property) {
        return model.filter(subject, property, null).objects().stream().map(Value::stringValue).distinct().toList();
    }

    private static String label(Model model, IRI id) {
        String english = null;
        for (Value v : model.filter(id, SKOS.PREF_LABEL, null).objects()) {
            if (v instanceof Literal l) {
                String lang = l.getLanguage().orElse("");
                if (lang.equals("nl")) {
                    return l.getLabel();
                }
                english = english == null ? l.getLabel() : english;
            }
        }
        return english == null ? id.getLocalName() : english;
    }
}
