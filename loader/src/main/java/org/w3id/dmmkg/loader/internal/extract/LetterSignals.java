package org.w3id.dmmkg.loader.internal.extract;

import java.util.regex.Pattern;
import org.w3id.dmmkg.loader.internal.scan.Finder;
import org.w3id.dmmkg.loader.internal.scan.GuardedPattern;
import org.w3id.dmmkg.loader.internal.text.Block;
import org.w3id.dmmkg.loader.internal.text.LetterText;
import org.w3id.dmmkg.loader.internal.text.Sentence;

/**
 * What a letter says it is, read where a letter says so: its title, subject line and opening.
 * A committee's paper says so by its head and signatures; answers, a report and an agenda by
 * words about the letter itself ({@code Hierbij bied ik u het verslag aan van …}), not by any
 * mention of a report or agenda further on.
 */
final class LetterSignals {
    /** The title of a committee's paper. */
    private static final GuardedPattern COMMITTEE_TITLE = GuardedPattern.compile("(?iu)\\bverslag van een (schriftelijk|algemeen) overleg\\b|"
            + "\\bverslag van een (commissiedebat|notaoverleg|wetgevingsoverleg)\\b|\\blijst van vragen\\b");
    /** A committee reporting what it did: {@code De vaste commissie voor Defensie heeft … overleg gevoerd}. */
    private static final Pattern COMMITTEE_SENTENCE = Pattern.compile("(?iu)^(?:de\\s+)?(?:vaste|algemene)\\s+commissie\\s+"
            + "(?:voor|van)\\b[^.]{0,120}?\\bheeft\\b");
    private static final Pattern ADOPTED = Pattern.compile("(?iu)^vastgesteld\\s+\\d");
    private static final GuardedPattern COMMITTEE_OFFICE = GuardedPattern.compile("(?iu)\\b(griffier|voorzitter) van de (vaste )?commissie\\b");
    /** The letter answering questions: {@code Hierbij ontvangt u de antwoorden op …}. */
    private static final GuardedPattern ANSWERS = GuardedPattern.compile("(?iu)\\bvragen en antwoorden\\b|"
            + "\\bantwoord(en)? (op|van) (de )?(schriftelijke |kamer|feitelijke )?vragen\\b|"
            + "\\bbeantwoording van (de )?(schriftelijke |kamer|feitelijke )?vragen\\b");
    /** Words that name this letter a report: offering it, or informing of the outcome. */
    private static final GuardedPattern REPORT = GuardedPattern.compile("(?iu)\\b(?:hierbij|bijgaand|hiermee)\\b[^.]{0,30}?"
            + "\\b(?:bied|biedt|bieden|stuur|stuurt|sturen|zend|zenden|ontvangt|treft)\\b"
            + "(?:(?!\\b(?:op|over|inzake|bij|naar|met)\\b)[^.]){0,80}?\\b(?:het|een|mijn|ons)\\s+verslag\\b|"
            + "\\b(?:doe|doen) (?:ik|wij) (?:u |uw kamer )?verslag\\b|"
            + "\\b(?:informeer ik|informeren wij|bericht ik|berichten wij) (?:u|uw kamer)\\b(?:,[^,.]{0,100},)?\\s+over\\s+"
            + "(?:de\\s+|het\\s+)?(?:uitkomst|uitkomsten|resultaten|resultaat|verloop|besprekingen)\\b");
    /** A subject or title that names the letter a report: {@code Betreft Verslag …}, {@code Verslag van de …}. */
    private static final Pattern REPORT_TITLE = Pattern.compile("(?iu)^(?:betreft\\W*)?verslag\\b");
    /** Words that name this letter an agenda, or say it informs of one. */
    private static final GuardedPattern AGENDA = GuardedPattern.compile("(?iu)(?<!\\b(?:in|uit|inzake|bij|op) (?:de|mijn|onze) )"
            + "geannoteerde agenda\\b(?!\\s+(?:van|d\\.d\\.)\\s+\\d)|"
            + "\\b(?:informeer|informeren|geïnformeerd|bericht|berichten)\\b[^.]{0,100}?\\bover de (?:geannoteerde )?agenda\\b|"
            + "\\bagenda voor (?:deze|de) bijeenkomst");

    private final LetterText text;
    private final String title;

    /** @param title the upper-case title of an official publication, or null */
    LetterSignals(LetterText text, String title) {
        this.text = text;
        this.title = title;
    }

    /** A committee's paper: its title, its adoption date, its opening sentence or a committee's signature. */
    boolean isCommitteePaper() {
        if (title != null && COMMITTEE_TITLE.finds(title)) {
            return true;
        }
        for (Block b : text.blocks()) {
            String t = text.textOf(b).strip();
            boolean head = b.kind() == Block.Kind.FURNITURE || b.kind() == Block.Kind.SUBJECT || b.kind() == Block.Kind.HEADING;
            if (head && (ADOPTED.matcher(t).find() || COMMITTEE_TITLE.finds(t))
                    || b.kind() == Block.Kind.CLOSING && COMMITTEE_OFFICE.finds(t)) {
                return true;
            }
        }
        String first = firstSentence();
        return COMMITTEE_SENTENCE.matcher(first).find() || COMMITTEE_TITLE.finds(first);
    }

    /** The letter's own role says it answers questions, before it says it is an agenda. */
    boolean answersQuestions() {
        String own = ownRole();
        Finder answers = ANSWERS.finder(own);
        if (!answers.find()) {
            return false;
        }
        Finder agenda = AGENDA.finder(own);
        return !agenda.find() || answers.start() < agenda.start();
    }

    boolean isReport() {
        String opening = opening();
        if (REPORT.finds(opening)) {
            return true;
        }
        boolean beforeText = true;
        for (Block b : text.blocks()) {
            beforeText &= b.kind() != Block.Kind.PARAGRAPH;
            boolean titled = b.kind() == Block.Kind.SUBJECT || beforeText && b.kind() == Block.Kind.HEADING;
            if (titled && REPORT_TITLE.matcher(text.textOf(b).strip()).find()) {
                return true;
            }
        }
        return title != null && REPORT_TITLE.matcher(title).find();
    }

    boolean isAgenda() {
        return AGENDA.finds(opening());
    }

    /** Title, subject line and the first sentence of the first paragraph: where a letter names what it is. */
    private String ownRole() {
        StringBuilder b = new StringBuilder(title == null ? "" : title + "\n");
        text.blocks(Block.Kind.SUBJECT).forEach(s -> b.append(text.textOf(s)).append('\n'));
        return b.append(firstSentence()).toString();
    }

    private String firstSentence() {
        for (Sentence s : text.sentences()) {
            if (text.blocks().get(s.block()).kind() == Block.Kind.PARAGRAPH) {
                return text.textOf(s);
            }
        }
        return "";
    }

    /** The subject line and first two paragraphs. */
    private String opening() {
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
}
