package org.w3id.dmmkg.loader.internal.extract;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.w3id.dmmkg.loader.internal.text.Block;
import org.w3id.dmmkg.loader.internal.text.LetterText;
import org.w3id.dmmkg.loader.vocab.DMM;

/**
 * The letter's type and primary meeting. An internal note says so by its headings
 * ({@code Geadviseerd besluit}, {@code Aanleiding}) and has no addressee. A committee's paper
 * (the report of a consultation, a list of questions: its title, {@code Vastgesteld …}, {@code De
 * vaste commissie … heeft …}, a committee's signature) and a letter whose own role is to answer
 * questions are of type {@code brief}, whatever meeting they concern. A report and an annotated
 * agenda say so in words about the letter itself ({@link LetterSignals}), or by the primary
 * meeting's date lying before or after the letter's own, or, in an undated letter, by the
 * tense of that date ({@code jl.}, {@code aanstaande}).
 */
public final class LetterTypeExtractor implements Extractor {
    private static final Pattern NOTE = Pattern.compile("(?iu)^(geadviseerd besluit|beslispunten?|aanleiding|nota|"
            + "ter beslissing|ter informatie|informatie die niet openbaar wordt gemaakt)$");

    private final LetterHeader header;

    public LetterTypeExtractor(LetterHeader header) {
        this.header = header;
    }

    @Override
    public void extract(LetterContext ctx) {
        ctx.out().add(ctx.letter(), DMM.letterType, DMM.id("letter-type", type(ctx)));
        if (ctx.primaryMeeting() != null) {
            ctx.out().add(ctx.letter(), DMM.reportsOn, ctx.primaryMeeting());
        }
    }

    private String type(LetterContext ctx) {
        LetterText text = ctx.text();
        if (isNote(text, ctx.letterDate())) {
            return "nota";
        }
        LetterSignals says = new LetterSignals(text, header.title());
        if (says.isCommitteePaper() || says.answersQuestions()) {
            return "brief";
        }
        if (says.isReport()) {
            return "verslag";
        }
        if (says.isAgenda()) {
            return "geannoteerde-agenda";
        }
        return byDates(ctx);
    }

    private static boolean isNote(LetterText text, LocalDate date) {
        boolean addressed = text.blocks(Block.Kind.FURNITURE).stream()
                .anyMatch(b -> text.textOf(b).toLowerCase(java.util.Locale.ROOT).contains("voorzitter van de"));
        long noteHeadings = text.blocks(Block.Kind.HEADING).stream()
                .filter(b -> NOTE.matcher(text.textOf(b).strip()).matches()).count();
        return !addressed && date == null && noteHeadings >= 1 || noteHeadings >= 2 && !addressed;
    }

    /**
     * A letter that opens with its meeting is its report when the meeting lies before the
     * letter's date, its agenda when after; without both dates, the tense of the meeting's date
     * decides ({@code 14 en 15 juni jl.}, {@code 10 juni aanstaande}); any other letter (one
     * that takes a position, and names the meeting only further on) is a {@code brief}.
     */
    private static String byDates(LetterContext ctx) {
        LocalDate end = ctx.primaryMeetingEnd();
        LocalDate date = ctx.letterDate();
        if (!opensWith(ctx, ctx.primaryMeeting())) {
            return "brief";
        }
        int tense = end == null || date == null ? ctx.primaryMeetingTense() : end.isBefore(date) ? -1 : 1;
        return tense < 0 ? "verslag" : tense > 0 ? "geannoteerde-agenda" : "brief";
    }
    /** Whether the subject line or the first paragraph names the meeting. */
    private static boolean opensWith(LetterContext ctx, org.eclipse.rdf4j.model.IRI meeting) {
        LetterText text = ctx.text();
        int firstParagraph = -1;
        for (int i = 0; i < text.blocks().size() && firstParagraph < 0; i++) {
            firstParagraph = text.blocks().get(i).kind() == Block.Kind.PARAGRAPH ? i : -1;
        }
        for (Mention m : ctx.mentions()) {
            if (m.entity().equals(meeting) && m.sentence() >= 0) {
                int block = text.sentences().get(m.sentence()).block();
                if (block == firstParagraph || text.blocks().get(block).kind() == Block.Kind.SUBJECT) {
                    return true;
                }
            }
        }
        return false;
    }
}
