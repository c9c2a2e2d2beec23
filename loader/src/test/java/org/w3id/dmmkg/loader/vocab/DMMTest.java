package org.w3id.dmmkg.loader.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.w3id.dmmkg.loader.TestFiles;

class DMMTest {
    private static Model ontology() throws Exception {
        try (InputStream in = Files.newInputStream(TestFiles.ontology().resolve("dmm.ttl"))) {
            return Rio.parse(in, "", RDFFormat.TURTLE);
        }
    }

    @Test
    void constantsAndOntologyDeclareTheSameTerms() throws Exception {
        Model ontology = ontology();
        Set<String> declared = new TreeSet<>();
        for (Resource s : ontology.subjects()) {
            if (s instanceof IRI iri && iri.getNamespace().equals(DMM.NS)) {
                declared.add(iri.getLocalName());
            }
        }
        Set<String> constants = new TreeSet<>();
        for (Field f : DMM.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.get(null) instanceof IRI iri && iri.getNamespace().equals(DMM.NS)) {
                constants.add(iri.getLocalName());
            }
        }
        assertEquals(declared, constants);
    }

    @Test
    void everyDeclaredTermHasDutchAndEnglishLabelAndComment() throws Exception {
        Model ontology = ontology();
        Set<String> missing = new TreeSet<>();
        for (Resource s : ontology.subjects()) {
            if (s instanceof IRI iri && iri.getNamespace().equals(DMM.NS)) {
                for (String lang : new String[] {"nl", "en"}) {
                    for (IRI p : new IRI[] {org.eclipse.rdf4j.model.vocabulary.RDFS.LABEL,
                        org.eclipse.rdf4j.model.vocabulary.RDFS.COMMENT}) {
                        boolean has = ontology.filter(iri, p, null).objects().stream()
                                .anyMatch(v -> v instanceof org.eclipse.rdf4j.model.Literal l
                                        && l.getLanguage().orElse("").equals(lang));
                        if (!has) {
                            missing.add(iri.getLocalName() + " " + p.getLocalName() + "@" + lang);
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }
}
