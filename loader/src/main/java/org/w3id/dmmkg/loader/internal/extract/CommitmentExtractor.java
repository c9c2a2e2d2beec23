package org.w3id.dmmkg.loader.internal.extract;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.w3id.dmmkg.loader.internal.rdf.GraphWriter;
import org.w3id.dmmkg.loader.internal.text.Block;
import org.w3id.dmmkg.loader.internal.text.LetterText;
import org.w3id.dmmkg.loader.internal.text.Sentence;
import org.w3id.dmmkg.loader.vocab.DMM;

/**
 * What the Netherlands commits to: the sentences {@link CommitmentLanguage} takes. Each
 * commitment concerns the missions, initiatives and meetings its sentence names; failing
 * those, the ones its paragraph named just before, or its section heading names; and the
 * countries it is for ({@code steun aan Oekraïne}, {@code de Oekraïense strijdkrachten}).
 */
public final class CommitmentExtractor implements Extractor {
    private static final IRI NETHERLANDS = DMM.id("country", "nl");
    /** A country a contribution goes to: {@code steun aan Oekraïne}, {@code voor Oekraïne}. */
    private static final Pattern RECIPIENT = Pattern.compile("(?iu)\\b(?:aan|voor|naar|richting)\\s+(?:het\\s+|de\\s+)?$");
    /** A country's forces or people a contribution is for: {@code de Oekraïense strijdkrachten}. */
    private static final Pattern FORCES = Pattern.compile("(?iu)^\\s+(?:strijdkrachten|krijgsmacht|militairen|luchtmacht|"
            + "marine|landmacht|luchtverdediging|rekruten|soldaten|mariniers|piloten|defensie-industrie|bevolking)\\b");

    @Override
    public void extract(LetterContext ctx) {
        LetterText text = ctx.text();
        Sentence previous = null;
        SpeakerTurns turns = new SpeakerTurns();
        int block = -1;
        boolean government = true;
        for (Sentence s : text.sentences()) {
            Block paragraph = text.blocks().get(s.block());
            if (paragraph.kind() != Block.Kind.PARAGRAPH) {
                continue;
            }
            if (s.block() != block) {
                block = s.block();
                government = turns.governmentSpeaks(text.text().subSequence(paragraph.start(), paragraph.end()));
            }
            String sentence = text.textOf(s);
            if (!government) {
                previous = null;
                continue;
            }
            // The cost or size of a commitment, stated in the sentence after it, belongs to it.
            boolean continues = previous != null && previous.block() == s.block() && Quantities.hasEuro(sentence);
            boolean own = CommitmentLanguage.isCommitment(sentence);
            if (own || continues) {
                write(ctx, s, sentence);
            }
            previous = own ? s : null;
        }
    }

    private static void write(LetterContext ctx, Sentence s, String sentence) {
        IRI commitment = DMM.id("commitment", ctx.letterId() + "-" + s.index());
        GraphWriter out = ctx.out();
        out.add(commitment, RDF.TYPE, DMM.Commitment);
        out.add(commitment, DMM.quote, sentence);
        out.add(commitment, DMM.statedIn, ctx.letter());
        out.add(commitment, DMM.committedBy, NETHERLANDS);
        for (IRI concern : concerns(ctx, s)) {
            out.add(commitment, DMM.concerns, concern);
        }
        for (IRI country : beneficiaries(ctx, s)) {
            out.add(commitment, DMM.concerns, country);
        }
        Quantities.write(out, commitment, sentence);
        ctx.annotate(commitment, s.start(), s.end());
    }

    /** The countries the sentence names as what a contribution is for ({@code aan Oekraïne}, {@code Oekraïense strijdkrachten}). */
    private static Set<IRI> beneficiaries(LetterContext ctx, Sentence s) {
        Set<IRI> out = new LinkedHashSet<>();
        String text = ctx.text().text();
        for (Mention m : ctx.mentions()) {
            if (!m.type().equals(DMM.Country) || m.entity().equals(NETHERLANDS) || m.start() < s.start()
                    || m.end() > s.end()) {
                continue;
            }
            String before = text.substring(Math.max(s.start(), m.start() - 20), m.start());
            String after = text.substring(m.end(), Math.min(s.end(), m.end() + 30));
            if (RECIPIENT.matcher(before).find() || FORCES.matcher(after).find()) {
                out.add(m.entity());
            }
        }
        return out;
    }

    private static Set<IRI> concerns(LetterContext ctx, Sentence s) {
        Set<IRI> inSentence = topics(ctx, s.index(), true);
        if (inSentence.stream().anyMatch(t -> !isMeeting(ctx, t))) {
            return inSentence;
        }
        Set<IRI> out = new LinkedHashSet<>(inSentence);
        for (int i = s.index() - 1; i >= 0; i--) {
            Sentence before = ctx.text().sentences().get(i);
            if (before.block() != s.block()) {
                break;
            }
            Set<IRI> found = topics(ctx, i, false);
            if (!found.isEmpty()) {
                out.addAll(found);
                return out;
            }
        }
        if (s.heading() >= 0) {
            for (Mention m : ctx.mentions()) {
                Block heading = ctx.text().blocks().get(s.heading());
                if (m.start() >= heading.start() && m.end() <= heading.end() && isTopic(m.type(), false)) {
                    out.add(m.entity());
                }
            }
        }
        return out;
    }

    private static Set<IRI> topics(LetterContext ctx, int sentence, boolean withMeetings) {
        Set<IRI> out = new LinkedHashSet<>();
        for (Mention m : ctx.mentions()) {
            if (m.sentence() == sentence && isTopic(m.type(), withMeetings)) {
                out.add(m.entity());
            }
        }
        return out;
    }

    private static boolean isTopic(IRI type, boolean withMeetings) {
        return type.equals(DMM.Mission) || type.equals(DMM.Initiative) || withMeetings && type.equals(DMM.Meeting);
    }

    private static boolean isMeeting(LetterContext ctx, IRI entity) {
        return ctx.mentions().stream().anyMatch(m -> m.entity().equals(entity) && m.type().equals(DMM.Meeting));
    }
}
