package org.w3id.dmmkg.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.FOAF;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.dmmkg.loader.vocab.DMM;

/**
 * One folder per case under {@code src/test/resources/cases}: a letter and the facts
 * expected of it ({@code expected.txt}), compared as sets so that a missing or an extra fact
 * both fail.
 */
class CasesTest {
    static List<Path> cases() throws Exception {
        Path root = Path.of(CasesTest.class.getResource("/cases").toURI());
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void letterYieldsExactlyTheExpectedFacts(Path folder) throws Exception {
        Path letter;
        try (Stream<Path> s = Files.list(folder)) {
            letter = s.filter(p -> p.getFileName().toString().startsWith("letter.")).findFirst().orElseThrow();
        }
        LetterLoader loader = LetterLoader.builder().ontology(TestFiles.ontology()).build();
        Model m = new LinkedHashModel();
        LoadedLetter loaded = loader.load(letter, new StatementCollector(m));
        Set<String> expected = new TreeSet<>(Files.readAllLines(folder.resolve("expected.txt"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList());
        assertEquals(String.join("\n", expected), String.join("\n", facts(m, loaded.letter())));
    }

    static Set<String> facts(Model m, IRI letter) {
        Set<String> out = new TreeSet<>();
        m.filter(letter, DCTERMS.DATE, null).objects().forEach(v -> out.add("date " + v.stringValue()));
        m.filter(letter, DMM.letterType, null).objects().forEach(v -> out.add("type " + local(v)));
        for (Value c : m.filter(letter, DCTERMS.CREATOR, null).objects()) {
            m.filter((Resource) c, FOAF.NAME, null).objects().forEach(v -> out.add("creator " + v.stringValue()));
        }
        m.filter(letter, DMM.publishedAs, null).objects().forEach(v -> out.add("publishedAs " + id(v)));
        m.filter(letter, DMM.reportsOn, null).objects().forEach(v -> out.add("reportsOn " + id(v)));
        m.filter(letter, DMM.cites, null).objects().forEach(v -> out.add("cites " + id(v)));
        for (Value e : m.filter(letter, DMM.mentions, null).objects()) {
            for (Value type : m.filter((Resource) e, RDF.TYPE, null).objects()) {
                String kind = type.equals(DMM.Meeting) ? "meeting" : type.equals(DMM.Mission) ? "mission"
                        : type.equals(DMM.Initiative) ? "initiative" : type.equals(DMM.Minister) ? "minister" : null;
                if (kind != null) {
                    boolean discovered = m.contains((Resource) e, DMM.discovered, null);
                    out.add(kind + " " + id(e) + (discovered ? " discovered" : ""));
                }
            }
        }
        for (Statement st : m.filter(null, DMM.quote, null)) {
            out.add("commitment " + st.getObject().stringValue());
        }
        out.remove("type " + SKOS.NAMESPACE);
        return out;
    }

    private static String id(Value v) {
        return v.stringValue().replace(DMM.ID, "");
    }

    private static String local(Value v) {
        return ((IRI) v).getLocalName();
    }
}
