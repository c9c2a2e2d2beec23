package org.w3id.dmmkg.loader.internal.extract;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.w3id.dmmkg.loader.internal.scan.GuardedPattern;
import org.w3id.dmmkg.loader.internal.text.Block;
import org.w3id.dmmkg.loader.internal.text.LetterText;
import org.w3id.dmmkg.loader.vocab.DMM;

/**
 * The letter's type and primary meeting. An internal note says so by its headings
 * ({@code Geadviseerd besluit}, {@code Aanleiding}) and has no addressee; a report and an
 * annotated agenda say so in the subject or first paragraph, or by the primary meeting's
 * date lying before or after the letter's own. A committee's paper (the report of a written
 * consultation, a list of questions and answers) and answers to questions are letters of
 * type {@code brief}, whatever meeting they concern.
 */
public final class LetterTypeExtractor implements Extractor {
    /** The title or opening of a paper that answers questions or reports a committee's consultation. */
    private static final GuardedPattern QUESTIONS = GuardedPattern.compile("(?iu)\\bverslag van een (schriftelijk|algemeen) overleg\\b|"
            + "\\bverslag van een (commissiedebat|notaoverleg)\\b|\\blijst van vragen\\b|\\bvragen en antwoorden\\b|"
            + "\\bantwoord(en)? (op|van) (de )?(schriftelijke |kamer|feitelijke )?vragen\\b|"
            + "\\bbeantwoording van (de )?(schriftelijke |kamer|feitelijke )?vragen\\b");
    private static final Pattern NOTE = Pattern.compile("(?iu)^(geadviseerd besluit|beslispunten?|aanleiding|nota|"
            + "ter beslissing|ter informatie|informatie die niet openbaar wordt gemaakt)$");
    private static final GuardedPattern AGENDA = GuardedPattern.compile("(?iu)geannoteerde agenda|"
            + "informeer ik (uw kamer|u)\\b[^.]{0,80}?\\bover de agenda|"
            + "\\bagenda voor (deze|de) bijeenkomst");
    private static final GuardedPattern REPORT = GuardedPattern.compile("(?iu)\\bverslag\\b|informeer ik (uw kamer|u) over de "
            + "(uitkomst|uitkomsten|resultaten)");

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
        String opening = opening(text);
        if (header.title() != null && QUESTIONS.matcher(header.title()).find() || QUESTIONS.matcher(opening).find()) {
            return "brief";
        }
        if (REPORT.matcher(opening).find()) {
            return "verslag";
        }
        if (AGENDA.matcher(opening).find()) {
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

    /** The subject line and first two paragraphs: where a letter says what it is. */
    private static String opening(LetterText text) {
        StringBuilder b = new StringBuilder();
        int paragraphs = 0;
        for (Block block : text.blocks()) {
            if (block.kind() == Block.Kind.SUBJECT) {
                b.append(text.textOf(block)).append('\n');
            } else if (block.kind() == Block.Kind.PARAGRAPH && paragraphs++ < 2) {
                b.append(text.textOf(block)).append('\n');
            }
        }
        return b.toString();
    }

    /**
     * A letter that opens with its meeting is its report when the meeting lies before the
     * letter's date, its agenda when after; any other letter (one that takes a position, and
     * names the meeting only further on) is a {@code brief}.
     */
    private static String byDates(LetterContext ctx) {
        LocalDate end = ctx.primaryMeetingEnd();
        LocalDate date = ctx.letterDate();
        if (end == null || date == null || !opensWith(ctx, ctx.primaryMeeting())) {
            return "brief";
        }
        return end.isBefore(date) ? "verslag" : "geannoteerde-agenda";
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
