package org.w3id.dmmkg.harvest.reconcile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.OWL;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.WriterConfig;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;

/**
 * The review file of a reconciliation, in Turtle: each candidate as {@code skos:closeMatch}
 * from the entity to the Wikidata item, and beside it an SSSOM mapping (an {@code owl:Axiom})
 * with its score, the names matched and why. A curator turns a right candidate's
 * {@code skos:closeMatch} into {@code skos:exactMatch} (and may delete wrong ones); accepting the
 * file writes only those into the vocabulary, as {@code owl:sameAs}. Nothing unreviewed becomes a link.
 */
public final class ReviewFile {
    static final String SSSOM = "https://w3id.org/sssom/";
    static final String SEMAPV = "https://w3id.org/semapv/vocab/";
    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private ReviewFile() {
    }

    /** Writes the candidates; refuses to overwrite a review file, which may hold a curator's work. */
    public static void write(Path file, List<Candidate> candidates, String endpoint) throws IOException {
        Model model = new LinkedHashModel();
        for (Candidate c : candidates) {
            IRI entity = VF.createIRI(c.entity().iri());
            IRI item = VF.createIRI(c.item());
            model.add(entity, SKOS.CLOSE_MATCH, item);
            BNode mapping = VF.createBNode();
            model.add(mapping, RDF.TYPE, OWL.AXIOM);
            model.add(mapping, OWL.ANNOTATEDSOURCE, entity);
            model.add(mapping, OWL.ANNOTATEDPROPERTY, SKOS.CLOSE_MATCH);
            model.add(mapping, OWL.ANNOTATEDTARGET, item);
            model.add(mapping, VF.createIRI(SSSOM, "confidence"), VF.createLiteral(String.format(Locale.ROOT, "%.2f",
                    c.score()), XSD.DOUBLE));
            model.add(mapping, VF.createIRI(SSSOM, "subject_label"), VF.createLiteral(c.entity().label()));
            model.add(mapping, VF.createIRI(SSSOM, "object_label"), VF.createLiteral(c.itemLabel()));
            model.add(mapping, VF.createIRI(SSSOM, "match_string"), VF.createLiteral(c.matched()));
            model.add(mapping, VF.createIRI(SSSOM, "mapping_justification"), VF.createIRI(SEMAPV, "LexicalMatching"));
            model.add(mapping, RDFS.COMMENT, VF.createLiteral(c.typed() ? "an instance of a class expected of "
                    + local(c.entity().type()) : "of none of the classes expected of " + local(c.entity().type())
                    + ": check it"));
        }
        for (String[] ns : new String[][] {{"skos", SKOS.NAMESPACE}, {"owl", OWL.NAMESPACE}, {"rdfs", RDFS.NAMESPACE},
            {"xsd", XSD.NAMESPACE}, {"sssom", SSSOM}, {"semapv", SEMAPV}, {"wd", Vocabulary.WIKIDATA},
            {"id", "https://w3id.org/dmm-kg/id/"}}) {
            model.setNamespace(ns[0], ns[1]);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file, java.nio.file.StandardOpenOption.CREATE_NEW);
             Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write("# Wikidata candidates proposed by dmm-kg reconcile on " + Instant.now() + " from " + endpoint + ".\n"
                    + "# Nothing here is a link yet. To accept a candidate, change its skos:closeMatch into\n"
                    + "# skos:exactMatch (delete the wrong ones if you like), then run: dmm-kg reconcile --accept THIS-FILE\n"
                    + "# Each owl:Axiom below is an SSSOM mapping: its score (sssom:confidence), the names matched, why.\n\n");
            WriterConfig config = new WriterConfig();
            config.set(BasicWriterSettings.PRETTY_PRINT, true);
            w.flush();
            Rio.write(model, w, RDFFormat.TURTLE, config);
        }
    }

    /** The links a curator accepted: every {@code skos:exactMatch} (or {@code owl:sameAs}) to a Wikidata item. */
    public static List<Statement> accepted(Path file) throws IOException {
        Model model;
        try (InputStream in = Files.newInputStream(file)) {
            model = Rio.parse(in, "", RDFFormat.TURTLE);
        } catch (RDFParseException e) {
            throw new IOException(file + ": not Turtle: line " + e.getLineNumber() + ": " + e.getMessage(), e);
        }
        List<Statement> out = new ArrayList<>();
        for (IRI p : new IRI[] {SKOS.EXACT_MATCH, OWL.SAMEAS}) {
            for (Statement st : model.filter(null, p, null)) {
                if (st.getSubject() instanceof IRI && st.getObject().stringValue().startsWith(Vocabulary.WIKIDATA)) {
                    out.add(VF.createStatement(st.getSubject(), OWL.SAMEAS, st.getObject()));
                }
            }
        }
        return out;
    }

    /** How many candidates the file still holds unreviewed ({@code skos:closeMatch}). */
    public static int unreviewed(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Rio.parse(in, "", RDFFormat.TURTLE).filter(null, SKOS.CLOSE_MATCH, null).size();
        }
    }

    private static String local(String iri) {
        return "dmm:" + iri.substring(iri.indexOf('#') + 1);
    }
}
