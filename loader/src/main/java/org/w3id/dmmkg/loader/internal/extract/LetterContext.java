package org.w3id.dmmkg.loader.internal.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.w3id.dmmkg.loader.internal.rdf.GraphWriter;
import org.w3id.dmmkg.loader.internal.text.LetterText;
import org.w3id.dmmkg.loader.internal.text.Sentence;
import org.w3id.dmmkg.loader.vocab.DMM;
import org.w3id.dmmkg.loader.vocab.OA;

/**
 * What extractors share while reading one letter: its text, its IRIs, the graph writer, and
 * the mentions found so far, so that later extractors (commitments) can use earlier ones.
 */
public final class LetterContext {
    private static final int CONTEXT_CHARS = 32;

    private final LetterText text;
    private final String letterId;
    private final IRI letter;
    private final GraphWriter out;
    private final LocalDate letterDate;
    private final List<Mention> mentions = new ArrayList<>();
    private final Set<IRI> mentioned = new HashSet<>();
    private int annotations;
    private IRI primaryMeeting;
    private LocalDate primaryMeetingEnd;

    public LetterContext(LetterText text, String letterId, GraphWriter out, LocalDate letterDate) {
        this.text = text;
        this.letterId = letterId;
        this.letter = DMM.id("letter", letterId);
        this.out = out;
        this.letterDate = letterDate;
    }

    public LetterText text() {
        return text;
    }

    public IRI letter() {
        return letter;
    }

    public String letterId() {
        return letterId;
    }

    public GraphWriter out() {
        return out;
    }

    /** The date the letter states, or null. */
    public LocalDate letterDate() {
        return letterDate;
    }

    public IRI primaryMeeting() {
        return primaryMeeting;
    }

    /** The last day of the primary meeting, or null when unknown. */
    public LocalDate primaryMeetingEnd() {
        return primaryMeetingEnd;
    }

    public void primaryMeeting(IRI meeting, LocalDate end) {
        this.primaryMeeting = meeting;
        this.primaryMeetingEnd = end;
    }

    /** Records that the letter mentions {@code entity} at {@code [start, end)}, with its evidence. */
    public Mention mention(IRI entity, IRI type, int start, int end) {
        Sentence s = text.sentenceAt(start);
        Mention m = new Mention(entity, type, start, end, s == null ? -1 : s.anchor());
        mentions.add(m);
        if (mentioned.add(entity)) {
            out.add(letter, DMM.mentions, entity);
        }
        annotate(entity, start, end);
        return m;
    }

    public List<Mention> mentions() {
        return mentions;
    }

    /**
     * Writes a Web Annotation whose body is {@code body} and whose target is the source
     * file's characters behind normalised range {@code [start, end)}.
     */
    public IRI annotate(IRI body, int start, int end) {
        int n = ++annotations;
        String base = DMM.ID + "annotation/" + letterId + "/" + n;
        IRI annotation = GraphWriter.iri(base);
        IRI target = GraphWriter.iri(base + "#target");
        IRI quote = GraphWriter.iri(base + "#quote");
        IRI position = GraphWriter.iri(base + "#position");
        String source = text.source().text();
        int from = text.sourceStart(start);
        int to = text.sourceEnd(end);
        out.add(annotation, RDF.TYPE, OA.Annotation);
        out.add(annotation, OA.hasBody, body);
        out.add(annotation, OA.hasTarget, target);
        out.add(target, OA.hasSource, letter);
        out.add(target, OA.hasSelector, quote);
        out.add(target, OA.hasSelector, position);
        out.add(quote, RDF.TYPE, OA.TextQuoteSelector);
        out.add(quote, OA.exact, source.substring(from, to));
        out.add(quote, OA.prefix, source.substring(Math.max(0, from - CONTEXT_CHARS), from));
        out.add(quote, OA.suffix, source.substring(to, Math.min(source.length(), to + CONTEXT_CHARS)));
        out.add(position, RDF.TYPE, OA.TextPositionSelector);
        out.add(position, OA.start, text.codePointOffset(from));
        out.add(position, OA.end, text.codePointOffset(to));
        return annotation;
    }
}
