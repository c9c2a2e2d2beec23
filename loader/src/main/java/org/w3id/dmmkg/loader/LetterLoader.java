package org.w3id.dmmkg.loader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import org.w3id.dmmkg.loader.internal.extract.Pipeline;
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
 * LetterLoader loader = LetterLoader.create();            // ontology and vocabulary from the jar
 * Model model = new LinkedHashModel();
 * LoadedLetter letter = loader.load(Path.of("letter.txt"), new StatementCollector(model));
 * }</pre>
 *
 * A letter comes from a file, a stream with a name, or a string with a name; its statements go
 * to the handler in the letter's own named graph ({@code graph/letter/{id}}), and the handler's
 * start and end are the caller's to call. What the loader had to repair or could not find goes
 * to a {@link LetterListener}. A loader is immutable and safe to share between threads.
 */
public final class LetterLoader {
    /** Files larger than this are refused unless the builder says otherwise. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    /** The version of the extraction rules; raise it when they change what a letter yields. */
    public static final String RULES_VERSION = "0.2.0";
    /** A file that always ships in the bundled ontology folder. */
    private static final String BUNDLED_ONTOLOGY = "dmm-kg/ontology/dmm.ttl";

    private static final ValueFactory VF = SimpleValueFactory.getInstance();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LetterLoader.class);

    private final List<Statement> ontology;
    private final List<Statement> concepts;
    private final ReferenceVocabulary vocabulary;
    private final SourceReader reader;
    private final Clock clock;
    private final LetterListener listener;
    private final MeetingExtractor meetings;
    private final EntityExtractor entities;
    private final MinisterExtractor ministers;
    private final java.util.Map<String, IRI> knownMinisters;
    private final String version;

    private LetterLoader(Builder b) throws OntologyException {
        Path folder = b.ontology == null ? bundledOntology() : b.ontology;
        this.ontology = parse(folder.resolve("dmm.ttl"));
        this.concepts = parse(folder.resolve("concepts.ttl"));
        this.vocabulary = readVocabulary(folder.resolve("vocabulary"), folder.resolve("concepts.ttl"));
        this.reader = new SourceReader(b.maxBytes);
        this.clock = b.clock;
        this.listener = b.listener;
        this.meetings = new MeetingExtractor(vocabulary);
        this.entities = new EntityExtractor(vocabulary);
        this.ministers = new MinisterExtractor(vocabulary);
        this.knownMinisters = vocabulary.namesOf(DMM.Minister);
        this.version = RULES_VERSION + "+vocabulary." + vocabulary.digest().substring(0, 12);
    }

    /** A loader with the ontology and vocabulary that ship in the jar, and the default settings. */
    public static LetterLoader create() throws OntologyException {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The ontology folder that ships in the jar: {@code dmm.ttl}, {@code concepts.ttl}, {@code vocabulary/}. */
    public static Path bundledOntology() {
        return BundledFiles.folderOf(LetterLoader.class, BUNDLED_ONTOLOGY);
    }

    /**
     * The rules and vocabulary this loader extracts with ({@code 0.1.0+vocabulary.1a2b3c4d5e6f}):
     * a letter's graph made with the same version from the same bytes is the same graph.
     */
    public String version() {
        return version;
    }

    /** Reads and decodes a letter file, computing its checksum, without extracting anything yet. */
    public LetterSource read(Path file) throws LetterException {
        return new LetterSource(reader.read(file));
    }

    /** Reads a letter from a stream (not closed here); {@code name} is its file name, which says its format. */
    public LetterSource read(InputStream in, String name) throws LetterException {
        return new LetterSource(reader.read(name, name, reader.readBytes(name, in)));
    }

    /** A letter given as text; {@code name} is its file name ({@code .txt} or {@code .md}). */
    public LetterSource read(String text, String name) throws LetterException {
        return new LetterSource(reader.read(name, name, text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Reads one letter file and sends its statements to {@code sink}. */
    public LoadedLetter load(Path file, RDFHandler sink) throws LetterException {
        return load(read(file), sink);
    }

    /** Reads one letter from a stream and sends its statements to {@code sink}. */
    public LoadedLetter load(InputStream in, String name, RDFHandler sink) throws LetterException {
        return load(read(in, name), sink);
    }

    /** Reads one letter given as text and sends its statements to {@code sink}. */
    public LoadedLetter load(String text, String name, RDFHandler sink) throws LetterException {
        return load(read(text, name), sink);
    }

    /** Extracts a letter already read, warning the builder's listener. */
    public LoadedLetter load(LetterSource letter, RDFHandler sink) {
        return load(letter, sink, listener);
    }

    /** Extracts a letter already read, warning {@code warnings}. */
    public LoadedLetter load(LetterSource letter, RDFHandler sink, LetterListener warnings) {
        SourceText source = letter.sourceText();
        LetterText text = Normaliser.normalise(source);
        LetterHeader header = LetterHeader.read(text);
        String id = (header.date() == null ? "undated" : header.date().toString()) + "-" + source.sha256().substring(0, 8);
        IRI graph = DMM.letterGraph(id);
        GraphWriter out = new GraphWriter(sink, graph);
        LetterContext ctx = new LetterContext(text, id, out, header.date());
        writeLetter(ctx, source, text);
        source.warnings().forEach(w -> warnings.warning(source.fileName(), w));
        Pipeline.run(pipeline(header), ctx, w -> warnings.warning(source.fileName(), w));
        if (header.date() == null) {
            warnings.warning(source.fileName(), "no date stated");
        }
        if (ctx.primaryMeeting() == null) {
            boolean any = ctx.mentions().stream().anyMatch(m -> m.type().equals(DMM.Meeting));
            warnings.warning(source.fileName(), any ? "no meeting of its own among the meetings it names"
                    : "no meeting found");
        }
        return new LoadedLetter(id, ctx.letter(), graph, source.fileName(), source.sha256(), out.count());
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
        out.add(letter, DMM.sourceText, source.text());
        out.add(out.graph(), RDF.TYPE, PROV.ENTITY);
        out.add(out.graph(), PROV.WAS_DERIVED_FROM, letter);
        out.add(out.graph(), PROV.GENERATED_AT_TIME, VF.createLiteral(Instant.now(clock).toString(), XSD.DATETIME));
        out.add(out.graph(), DCTERMS.SOURCE, source.fileName());
        out.add(out.graph(), DMM.loaderVersion, version);
    }

    /** The ontology into {@code graph/ontology}; concept schemes and reference vocabulary into {@code graph/vocabulary}. */
    public void writeReferenceGraphs(RDFHandler sink) {
        for (Statement st : ontology) {
            sink.handleStatement(VF.createStatement(st.getSubject(), st.getPredicate(), st.getObject(), DMM.ONTOLOGY_GRAPH));
        }
        List<Statement> vocab = new ArrayList<>(concepts);
        vocab.addAll(vocabulary.model());
        for (Statement st : vocab) {
            sink.handleStatement(VF.createStatement(st.getSubject(), st.getPredicate(), st.getObject(), DMM.VOCABULARY_GRAPH));
        }
    }

    private static ReferenceVocabulary readVocabulary(Path folder, Path concepts) throws OntologyException {
        try {
            return ReferenceVocabulary.read(folder, List.of(concepts));
        } catch (IOException e) {
            throw new OntologyException("cannot read the vocabulary: " + e.getMessage(), e);
        }
    }

    private static List<Statement> parse(Path file) throws OntologyException {
        try (InputStream in = Files.newInputStream(file)) {
            return new ArrayList<>(Rio.parse(in, DMM.ID, RDFFormat.TURTLE));
        } catch (RDFParseException e) {
            throw new OntologyException("cannot read the ontology: " + file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new OntologyException("cannot read the ontology: " + file + ": " + ioReason(e), e);
        }
    }

    private static void log(String source, String message) {
        LOG.warn("{}: {}", source, message);
    }

    private static String ioReason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getMessage();
    }

    /** Settings of a {@link LetterLoader}. */
    public static final class Builder {
        private Path ontology;
        private long maxBytes = DEFAULT_MAX_BYTES;
        private Clock clock = Clock.systemUTC();
        private LetterListener listener = LetterLoader::log;

        private Builder() {
        }

        /**
         * An ontology folder to use instead of the one in the jar: {@code dmm.ttl},
         * {@code concepts.ttl}, {@code vocabulary/}.
         */
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

        /** Where warnings go when a load names no listener of its own. Default: the log, at WARN. */
        public Builder listener(LetterListener listener) {
            this.listener = listener;
            return this;
        }

        /** @throws OntologyException when the ontology or the vocabulary cannot be read */
        public LetterLoader build() throws OntologyException {
            return new LetterLoader(this);
        }
    }
}
