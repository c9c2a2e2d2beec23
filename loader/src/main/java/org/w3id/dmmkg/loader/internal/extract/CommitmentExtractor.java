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
 * What the Netherlands commits to: sentences in which the Netherlands (Nederland, het
 * kabinet, ik speaking for the government) contributes, continues, announces, intends,
 * pledges, investigates a contribution or supports with action — not sentences that only
 * stress, welcome or thank. Each commitment concerns the missions, initiatives and meetings
 * its sentence names; failing those, the ones its paragraph named just before, or its
 * section heading names.
 */
public final class CommitmentExtractor implements Extractor {
    private static final IRI NETHERLANDS = DMM.id("country", "nl");
    private static final String SUBJECT = "(?:Nederland|het kabinet|Het kabinet|ik|Ik|wij|Wij|de regering|de Nederlandse regering)";
    /** The Netherlands takes part in the action: as subject, or among others. */
    private static final Pattern AGENT = Pattern.compile("\\b" + SUBJECT + "\\b|waaronder Nederland|\\bNederlandse\\b");
    /** Acts that commit, whoever among them is the subject. */
    private static final Pattern ACT = Pattern.compile("(?iu)\\b(stappen ondernomen|ondernomen|kondig\\p{L}* .{0,120}?\\baan\\b|"
            + "aangekondigd|intentie|voornemen|onderzoekt|onderzoeken de mogelijkheid|zet\\b.{0,80}?\\bvoort|voort te zetten|"
            + "voortzetten|levert|leveren|geleverd|bij te dragen|draagt\\b.{0,40}?\\bbij|deel te nemen|neemt\\b.{0,30}?\\bdeel|"
            + "inspant|inspannen|uit te geven|investeert|investeren|stelt\\b.{0,60}?\\bbeschikbaar|beschikbaar te stellen|"
            + "verleng\\p{L}*|heeft besloten|besluit|traint|trainen|steunt actief|actief steun\\p{L}*|verder werken aan|"
            + "werkt aan|opschaling|zwaartepunt|zegt toe|toegezegd|committeert|financiert|doneert|schenkt)\\b");
    /** Acts that commit only with the Netherlands as their own subject. */
    private static final Pattern OWN_ACT = Pattern.compile("\\b(?:" + SUBJECT + " (?:zal|zullen|steunt|steunen)|"
            + "(?:zal|zullen|steunt|steunen) " + SUBJECT + ")\\b");
    /** The letter telling parliament about something is a report, not a commitment. */
    private static final Pattern INFORMING = Pattern.compile("(?iu)\\b(informeer ik|ik informeer|informeert het kabinet|"
            + "het kabinet informeert|informeren wij|wij informeren)\\b");
    private static final Pattern CONTRIBUTION = Pattern.compile("(?iu)\\bbijdrage\\b");

    @Override
    public void extract(LetterContext ctx) {
        LetterText text = ctx.text();
        Sentence previous = null;
        for (Sentence s : text.sentences()) {
            if (text.blocks().get(s.block()).kind() != Block.Kind.PARAGRAPH) {
                continue;
            }
            String sentence = text.textOf(s);
            // The cost or size of a commitment, stated in the sentence after it, belongs to it.
            boolean continues = previous != null && previous.block() == s.block() && Quantities.hasEuro(sentence);
            boolean own = isCommitment(sentence);
            if (own || continues) {
                write(ctx, s, sentence);
            }
            previous = own ? s : null;
        }
    }

    static boolean isCommitment(String sentence) {
        if (!mentionsTheNetherlands(sentence) && !sentence.contains("bijdrage")) {
            return false;
        }
        if (OWN_ACT.matcher(sentence).find()) {
            return true;
        }
        if (AGENT.matcher(sentence).find() && ACT.matcher(sentence).find() && !INFORMING.matcher(sentence).find()) {
            return true;
        }
        return CONTRIBUTION.matcher(sentence).find() && Quantities.hasAmount(sentence);
    }

    /** A cheap test before the patterns: no agent word, no commitment. */
    private static boolean mentionsTheNetherlands(String s) {
        return s.contains("Nederland") || s.contains("kabinet") || s.contains("ik ") || s.contains("Ik ")
                || s.contains("ij ") || s.contains("regering");
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
        Quantities.write(out, commitment, sentence);
        ctx.annotate(commitment, s.start(), s.end());
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
