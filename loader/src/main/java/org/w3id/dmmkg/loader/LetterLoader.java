package org.w3id.dmmkg.loader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.PROV;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.Rio;
import org.w3id.dmmkg.loader.internal.extract.CommitmentExtractor;
import org.w3id.dmmkg.loader.internal.extract.EntityExtractor;
import org.w3id.dmmkg.loader.internal.extract.Extractor;
import org.w3id.dmmkg.loader.internal.extract.MinisterExtractor;
import org.w3id.dmmkg.loader.internal.extract.HeaderExtractor;
import org.w3id.dmmkg.loader.internal.extract.KamerstukExtractor;
import org.w3id.dmmkg.loader.internal.extract.LetterContext;
import org.w3id.dmmkg.loader.internal.extract.LetterHeader;
import org.w3id.dmmkg.loader.internal.extract.LetterTypeExtractor;
import org.w3id.dmmkg.loader.internal.extract.MeetingExtractor;
import org.w3id.dmmkg.loader.internal.rdf.GraphWriter;
import org.w3id.dmmkg.loader.internal.text.LetterText;
import org.w3id.dmmkg.loader.internal.text.Normaliser;
import org.w3id.dmmkg.loader.internal.text.SourceReader;
import org.w3id.dmmkg.loader.internal.text.SourceText;
import org.w3id.dmmkg.loader.internal.vocabulary.ReferenceVocabulary;
import org.w3id.dmmkg.loader.vocab.DMM;

/**
 * Maps letters of the Minister of Defence to RDF against the dmm-kg ontology.
 *
 * <pre>{@code
 * LetterLoader loader = LetterLoader.builder().ontology(Path.of("ontology")).build();
 * LoadedLetter letter = loader.load(Path.of("seeds/000_d1c2b747a5e6e0d8.txt"), rdfHandler);
 * }</pre>
 *
 * Each letter's statements go to the handler in the letter's own named graph
 * ({@code graph/letter/{id}}); the handler's start and end are the caller's to call. A loader
 * is immutable and safe to share between threads.
 */
public final class LetterLoader {
    /** Files larger than this are refused unless the builder says otherwise. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    /** The version of the extraction rules; raise it when they change what a letter yields. */
    public static final String RULES_VERSION = "0.2.0";

    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private final Path ontology;
    private final ReferenceVocabulary vocabulary;
    private final SourceReader reader;
    private final Clock clock;
    private final MeetingExtractor meetings;
    private final EntityExtractor entities;
    private final MinisterExtractor ministers;
    private final java.util.Map<String, IRI> knownMinisters;
    private final String version;

    private LetterLoader(Builder b) throws IOException {
        this.ontology = b.ontology;
        this.vocabulary = ReferenceVocabulary.read(b.ontology.resolve("vocabulary"),
                List.of(b.ontology.resolve("concepts.ttl")));
        this.reader = new SourceReader(b.maxBytes);
        this.clock = b.clock;
        this.meetings = new MeetingExtractor(vocabulary);
        this.entities = new EntityExtractor(vocabulary);
        this.ministers = new MinisterExtractor(vocabulary);
        this.knownMinisters = vocabulary.namesOf(DMM.Minister);
        this.version = RULES_VERSION + "+vocabulary." + vocabulary.digest().substring(0, 12);
    }

    /**
     * The rules and vocabulary this loader extracts with ({@code 0.1.0+vocabulary.1a2b3c4d5e6f}):
     * a letter's graph made with the same version from the same bytes is the same graph.
     */
    public String version() {
        return version;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads one letter and sends its statements to {@code sink}.
     *
     * @throws LetterException when the file is not a letter that can be read (empty, binary, …)
     */
    public LoadedLetter load(Path file, RDFHandler sink) throws LetterException {
        SourceText source = reader.read(file);
        LetterText text = Normaliser.normalise(source);
        LetterHeader header = LetterHeader.read(text);
        String id = (header.date() == null ? "undated" : header.date().toString()) + "-" + source.sha256().substring(0, 8);
        IRI graph = DMM.letterGraph(id);
        GraphWriter out = new GraphWriter(sink, graph);
        LetterContext ctx = new LetterContext(text, id, out, header.date());
        writeLetter(ctx, source, text);
        for (Extractor step : pipeline(header)) {
            step.extract(ctx);
        }
        List<String> warnings = new ArrayList<>(source.warnings());
        if (header.date() == null) {
            warnings.add("no date stated");
        }
        if (ctx.primaryMeeting() == null) {
            warnings.add("no meeting found");
        }
        return new LoadedLetter(id, ctx.letter(), graph, source.fileName(), source.sha256(), out.count(), warnings);
    }

    private List<Extractor> pipeline(LetterHeader header) {
        return List.of(new HeaderExtractor(header, knownMinisters), meetings, new KamerstukExtractor(), entities, ministers,
                new CommitmentExtractor(), new LetterTypeExtractor(header));
    }

    private void writeLetter(LetterContext ctx, SourceText source, LetterText text) {
        GraphWriter out = ctx.out();
        IRI letter = ctx.letter();
        out.add(letter, RDF.TYPE, DMM.Letter);
        out.add(letter, DMM.sourceFile, source.fileName());
        out.add(letter, DMM.sha256, source.sha256());
        out.add(letter, DMM.text, text.text());
        out.add(out.graph(), RDF.TYPE, PROV.ENTITY);
        out.add(out.graph(), PROV.WAS_DERIVED_FROM, letter);
        out.add(out.graph(), PROV.GENERATED_AT_TIME, VF.createLiteral(Instant.now(clock).toString(), XSD.DATETIME));
        out.add(out.graph(), DCTERMS.SOURCE, source.fileName());
        out.add(out.graph(), DMM.loaderVersion, version);
    }

    /** The ontology into {@code graph/ontology}; concept schemes and reference vocabulary into {@code graph/vocabulary}. */
    public void writeReferenceGraphs(RDFHandler sink) throws IOException {
        for (Statement st : parse(ontology.resolve("dmm.ttl"))) {
            sink.handleStatement(VF.createStatement(st.getSubject(), st.getPredicate(), st.getObject(), DMM.ONTOLOGY_GRAPH));
        }
        List<Statement> vocab = new ArrayList<>(parse(ontology.resolve("concepts.ttl")));
        vocab.addAll(vocabulary.model());
        for (Statement st : vocab) {
            sink.handleStatement(VF.createStatement(st.getSubject(), st.getPredicate(), st.getObject(), DMM.VOCABULARY_GRAPH));
        }
    }

    private static List<Statement> parse(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new ArrayList<>(Rio.parse(in, DMM.ID, RDFFormat.TURTLE));
        } catch (RDFParseException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Settings of a {@link LetterLoader}. */
    public static final class Builder {
        private Path ontology = Path.of("ontology");
        private long maxBytes = DEFAULT_MAX_BYTES;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The {@code ontology/} folder: {@code dmm.ttl}, {@code concepts.ttl}, {@code vocabulary/}. */
        public Builder ontology(Path folder) {
            this.ontology = folder;
            return this;
        }

        /** Files larger than this many bytes are refused. */
        public Builder maxBytes(long bytes) {
            this.maxBytes = bytes;
            return this;
        }

        /** The clock that stamps {@code prov:generatedAtTime}. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public LetterLoader build() throws IOException {
            return new LetterLoader(this);
        }
    }
}
