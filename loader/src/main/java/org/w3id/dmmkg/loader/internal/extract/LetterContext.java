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
import org.w3id.dmmkg.loader.internal.vocabulary.NameText;
import org.w3id.dmmkg.loader.vocab.DMM;
import org.w3id.dmmkg.loader.vocab.OA;

/**
 * What extractors share while reading one letter: its text, its IRIs, the graph writer, and
 * the mentions found so far, so that later extractors (commitments) can use earlier ones.
 */
public final class LetterContext {
    /** Context kept before and after a quote when its sentence is unknown (a heading, letter-head furniture). */
    private static final int CONTEXT_CHARS = 32;
    /** The most of its sentence a quote's prefix or suffix keeps, so that a run-on sentence stays bounded. */
    private static final int SENTENCE_CONTEXT_CHARS = 400;

    private final LetterText text;
    private final String letterId;
    private final IRI letter;
    private final GraphWriter out;
    private final LocalDate letterDate;
    private final List<Mention> mentions = new ArrayList<>();
    private final Set<IRI> mentioned = new HashSet<>();
    /** {@link #mentioned} in the order first mentioned, so that a rollback forgets the last ones without a copy of the set. */
    private final List<IRI> mentionedInOrder = new ArrayList<>();
    private int annotations;
    private IRI primaryMeeting;
    private LocalDate primaryMeetingEnd;
    private int primaryMeetingTense;
    private final java.util.Map<IRI, String> portfolios = new java.util.HashMap<>();
    private NameText nameText;

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

    /** The letter's text as the gazetteers read it, made on first need and then shared by them. */
    public NameText nameText() {
        if (nameText == null) {
            nameText = NameText.of(text.text());
        }
        return nameText;
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
        primaryMeeting(meeting, end, 0);
    }

    /** @param tense -1 when the letter dates the meeting in the past ({@code jl.}), +1 ahead ({@code aanstaande}), else 0 */
    public void primaryMeeting(IRI meeting, LocalDate end, int tense) {
        this.primaryMeeting = meeting;
        this.primaryMeetingEnd = end;
        this.primaryMeetingTense = tense;
    }

    /** -1 when the letter dates its primary meeting in the past ({@code jl.}), +1 ahead ({@code a.s.}), else 0. */
    public int primaryMeetingTense() {
        return primaryMeetingTense;
    }

    /** Records that the ministers meeting at {@code meeting} hold {@code portfolio} ({@code Defensie} at a DMM). */
    public void portfolioAt(IRI meeting, String portfolio) {
        portfolios.put(meeting, portfolio);
    }

    /** The portfolio of the ministers meeting at {@code meeting}, or null when its type does not say. */
    public String portfolioAt(IRI meeting) {
        return portfolios.get(meeting);
    }

    /** What the context holds before a step: the step's writes are kept back until it {@link #commit}s. */
    public record Checkpoint(int mentions, int mentioned, int annotations, IRI primaryMeeting,
            LocalDate primaryMeetingEnd, int primaryMeetingTense, java.util.Map<IRI, String> portfolios) {
    }

    /** Marks where a step begins; its statements are kept back from now on. */
    public Checkpoint checkpoint() {
        out.hold();
        return new Checkpoint(mentions.size(), mentionedInOrder.size(), annotations, primaryMeeting, primaryMeetingEnd,
                primaryMeetingTense, java.util.Map.copyOf(portfolios));
    }

    /** The step succeeded: its statements go out. */
    public void commit() {
        out.release();
    }

    /** The step failed: its statements, mentions and findings are forgotten, as if it never ran. */
    public void rollback(Checkpoint at) {
        out.discard();
        mentions.subList(at.mentions(), mentions.size()).clear();
        List<IRI> since = mentionedInOrder.subList(at.mentioned(), mentionedInOrder.size());
        since.forEach(mentioned::remove);
        since.clear();
        annotations = at.annotations();
        primaryMeeting = at.primaryMeeting();
        primaryMeetingEnd = at.primaryMeetingEnd();
        primaryMeetingTense = at.primaryMeetingTense();
        portfolios.keySet().retainAll(at.portfolios().keySet());
    }

    /** Records that the letter mentions {@code entity} at {@code [start, end)}, with its evidence. */
    public Mention mention(IRI entity, IRI type, int start, int end) {
        Sentence s = text.sentenceAt(start);
        Mention m = new Mention(entity, type, start, end, s == null ? -1 : s.anchor());
        mentions.add(m);
        if (mentioned.add(entity)) {
            mentionedInOrder.add(entity);
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
     * file's characters behind normalised range {@code [start, end)}. The quote's prefix and
     * suffix are the rest of its sentence in the file, so that every fact can be shown with
     * the sentence it came from (keyword in context) without the file at hand.
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
        Sentence sentence = text.sentenceAt(start);
        int before = sentence == null ? from - CONTEXT_CHARS
                : Math.max(from - SENTENCE_CONTEXT_CHARS, Math.min(from, text.sourceStart(sentence.start())));
        int after = sentence == null ? to + CONTEXT_CHARS
                : Math.min(to + SENTENCE_CONTEXT_CHARS, Math.max(to, text.sourceEnd(sentence.end())));
        out.add(quote, OA.prefix, source.substring(whole(source, Math.max(0, before)), from));
        out.add(quote, OA.suffix, source.substring(to, whole(source, Math.min(source.length(), after))));
        out.add(position, RDF.TYPE, OA.TextPositionSelector);
        out.add(position, OA.start, text.codePointOffset(from));
        out.add(position, OA.end, text.codePointOffset(to));
        return annotation;
    }

    /** {@code at}, moved off the middle of a surrogate pair, so that a cut never splits a character. */
    private static int whole(String s, int at) {
        return at > 0 && at < s.length() && Character.isLowSurrogate(s.charAt(at)) ? at - 1 : at;
    }
}
