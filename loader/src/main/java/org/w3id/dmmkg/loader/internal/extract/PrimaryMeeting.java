package org.w3id.dmmkg.loader.internal.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.w3id.dmmkg.loader.internal.scan.GuardedPattern;
import org.w3id.dmmkg.loader.internal.text.Block;
import org.w3id.dmmkg.loader.internal.text.LetterText;
import org.w3id.dmmkg.loader.internal.text.Sentence;

/**
 * The meeting a letter is about: the one its subject line (or a title heading before any
 * paragraph) names; else the one its opening paragraph names, a dated one first, then one with
 * a day and month, then one its first sentence names as what the letter is for ({@code Hierbij
 * ontvangt u de agenda voor …}) or dates; else the first dated near the letter's date, or in an undated
 * letter the first it dates from itself ({@code 8 en 9 juni jl.}, {@code 3 maart aanstaande}),
 * known year or not. A letter that names no meeting of its own has none.
 */
final class PrimaryMeeting {
    private static final int WINDOW_DAYS = 75;
    /** A first sentence that says what the letter is: {@code Hierbij ontvangt u de geannoteerde agenda voor …}. */
    private static final GuardedPattern PURPOSE = GuardedPattern.compile("(?iu)\\b(hierbij|agenda|verslag|informeer ik|ontvangt u)\\b");

    private PrimaryMeeting() {
    }

    static Meeting of(LetterContext ctx, List<Meeting> meetings) {
        LetterText text = ctx.text();
        Meeting titled = namedIn(text, meetings, title(text.blocks()), true);
        if (titled != null) {
            return titled;
        }
        Meeting opening = namedIn(text, meetings, first(text.blocks(), Block.Kind.PARAGRAPH), false);
        if (opening != null) {
            return opening;
        }
        LocalDate date = ctx.letterDate();
        for (Meeting m : meetings) {
            if (date == null ? m.tense() != 0 : m.from != null && Math.abs(ChronoUnit.DAYS.between(date, m.to)) <= WINDOW_DAYS) {
                return m;
            }
        }
        return null;
    }

    /** The subject line; else a heading that comes before any paragraph; -1 if neither. */
    private static int title(List<Block> blocks) {
        int subject = first(blocks, Block.Kind.SUBJECT);
        if (subject >= 0) {
            return subject;
        }
        for (int i = 0; i < blocks.size(); i++) {
            Block.Kind kind = blocks.get(i).kind();
            if (kind == Block.Kind.HEADING) {
                return i;
            }
            if (kind == Block.Kind.PARAGRAPH) {
                return -1;
            }
        }
        return -1;
    }

    private static int first(List<Block> blocks, Block.Kind kind) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == kind) {
                return i;
            }
        }
        return -1;
    }

    /** The meeting named in block {@code index} that ranks highest (see the class comment), or null. */
    private static Meeting namedIn(LetterText text, List<Meeting> meetings, int index, boolean title) {
        if (index < 0) {
            return null;
        }
        Meeting best = null;
        int bestRank = 0;
        for (Meeting m : meetings) {
            for (MeetingMention mm : m.mentions) {
                Sentence s = text.sentences().get(mm.sentence);
                if (s.block() != index) {
                    continue;
                }
                int rank = m.from != null ? 3 : mm.date != null ? 2
                        : title || isPurpose(text, s, index) ? 1 : 0;
                if (rank > bestRank) {
                    best = m;
                    bestRank = rank;
                }
            }
        }
        return best;
    }

    /**
     * The opening sentence says what the letter is for, or dates what it tells of ({@code Op 14
     * en 15 juni jl. werd in Brussel een bijeenkomst gehouden van …}) even when its date stands
     * too far from the meeting's name to be that meeting's own.
     */
    private static boolean isPurpose(LetterText text, Sentence s, int block) {
        if (s.start() != text.blocks().get(block).start()) {
            return false;
        }
        String sentence = text.textOf(s);
        return PURPOSE.finds(sentence) || !DutchDates.find(sentence).isEmpty();
    }
}
