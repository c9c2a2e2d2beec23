package org.w3id.dmmkg.loader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;

/** Loads a hand-made letter snippet and lists its facts as {@link Facts} does. */
public final class Snippets {
    private static LetterLoader loader;

    private Snippets() {
    }

    public static synchronized LetterLoader loader() throws Exception {
        if (loader == null) {
            loader = LetterLoader.builder().ontology(TestFiles.ontology()).build();
        }
        return loader;
    }

    public static Model model(String text) throws Exception {
        Path file = Files.createTempFile("snippet", ".txt");
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            Model m = new LinkedHashModel();
            loader().load(file, new StatementCollector(m));
            return m;
        } finally {
            Files.delete(file);
        }
    }

    /** The facts of a snippet: {@code date …}, {@code meeting meeting/dmm-2023-02-15}, {@code cites …}, … */
    public static Set<String> facts(String text) throws Exception {
        Model m = model(text);
        return Facts.facts(m, (org.eclipse.rdf4j.model.IRI) m.filter(null, org.eclipse.rdf4j.model.vocabulary.RDF.TYPE,
                org.w3id.dmmkg.loader.vocab.DMM.Letter).subjects().iterator().next());
    }

    /** A letter head dated {@code date} ("21 februari 2023") above {@code body}. */
    public static String letter(String date, String body) {
        return "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, " + date + "\n\n" + body
                + "\n\nDe Minister van Defensie,\nK.H. Ollongren\n";
    }
}
