package org.w3id.dmmkg.loader.internal.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.w3id.dmmkg.loader.TestFiles;
import org.w3id.dmmkg.loader.vocab.DMM;

class VocabularyFilesTest {
    static List<Path> files() throws Exception {
        try (Stream<Path> s = Files.list(TestFiles.ontology().resolve("vocabulary"))) {
            return s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        }
    }

    @Test
    void everyFileParses() throws Exception {
        for (Path file : files()) {
            try (InputStream in = Files.newInputStream(file)) {
                assertTrue(Rio.parse(in, DMM.ID, RDFFormat.TURTLE).size() > 10, file.toString());
            }
        }
    }

    @Test
    void everyEntryHasDutchAndEnglishPreferredLabelsAndADefinition() throws Exception {
        ReferenceVocabulary v = ReferenceVocabulary.read(TestFiles.ontology().resolve("vocabulary"));
        Model m = v.model();
        Set<String> missing = new TreeSet<>();
        for (Entry e : v.entries()) {
            for (String lang : new String[] {"nl", "en"}) {
                boolean has = m.filter(e.id(), SKOS.PREF_LABEL, null).objects().stream()
                        .anyMatch(o -> o instanceof Literal l && l.getLanguage().orElse("").equals(lang));
                if (!has) {
                    missing.add(e.id() + " prefLabel@" + lang);
                }
            }
            if (!m.contains(e.id(), SKOS.DEFINITION, null)) {
                missing.add(e.id() + " definition");
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void noAliasNamesTwoEntitiesOfTheGazetteer() throws Exception {
        ReferenceVocabulary v = ReferenceVocabulary.read(TestFiles.ontology().resolve("vocabulary"));
        Set<IRI> scanned = Set.of(DMM.Mission, DMM.Initiative, DMM.Organisation, DMM.Country, DMM.Minister);
        Map<String, IRI> owner = new HashMap<>();
        Set<String> clashes = new TreeSet<>();
        for (Entry e : v.entries()) {
            if (!scanned.contains(e.type())) {
                continue;
            }
            List<String> names = new java.util.ArrayList<>(e.names());
            names.addAll(e.adjectives());
            for (String name : names) {
                String key = Gazetteer.isCaseSensitive(name) ? name : name.toLowerCase(Locale.ROOT);
                IRI before = owner.putIfAbsent(key, e.id());
                if (before != null && !before.equals(e.id())) {
                    clashes.add(name + ": " + before + " and " + e.id());
                }
            }
        }
        assertEquals(Set.of(), clashes);
    }

    @Test
    void countriesCarryIsoCodeAndAdjectives() throws Exception {
        ReferenceVocabulary v = ReferenceVocabulary.read(TestFiles.ontology().resolve("vocabulary"));
        for (Entry c : v.entries(DMM.Country)) {
            assertTrue(c.notation() != null && c.notation().matches("[A-Z]{2}"), c.id().toString());
            assertTrue(!c.adjectives().isEmpty(), c.id() + " has adjective forms");
        }
        Entry ukraine = v.entry(DMM.id("country", "ua")).orElseThrow();
        assertTrue(ukraine.adjectives().contains("Oekraïense"));
    }
}
