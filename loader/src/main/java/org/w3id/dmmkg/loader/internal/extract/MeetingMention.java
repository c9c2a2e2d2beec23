package org.w3id.dmmkg.loader.internal.extract;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.rdf4j.model.IRI;

/** A meeting named in one sentence, with what that sentence says of its date, place and number. */
final class MeetingMention {
    final int start;
    final int end;
    final int sentence;
    /** How the sentence names it, and the types the words allow. */
    final MeetingNames.Kind kind;
    /** The words that name it. */
    final String name;
    final List<MeetingType> candidates;
    /** For a council of several compositions: the participants of its type follow its name. */
    final boolean qualified;
    /** The type, once the words and the letter decide it; null until then. */
    MeetingType type;
    DateMention date;
    int dateStart = -1;
    LocalDate from;
    LocalDate to;
    IRI place;
    int sequence;

    MeetingMention(MeetingNames.Hit hit, int offset, int sentence) {
        this.start = hit.start() + offset;
        this.end = hit.end() + offset;
        this.sentence = sentence;
        this.kind = hit.kind();
        this.name = hit.name();
        this.candidates = hit.candidates();
        this.qualified = hit.qualified();
    }

    /** Characters between this mention and the range {@code [s, e)}; 0 when they overlap. */
    int distance(int s, int e) {
        if (e <= start) {
            return start - e;
        }
        return s >= end ? s - end : 0;
    }

    boolean isDated() {
        return from != null;
    }

    /** A date without year that the text gave, kept to match a dated meeting of the same letter. */
    boolean hasPartialDate() {
        return date != null && from == null;
    }

    /** Takes the date the sentence gives at {@code [at, …)}, with its days when the year is known. */
    void date(DateMention d, int at, LocalDate[] days) {
        date = d;
        dateStart = at;
        if (days != null) {
            from = days[0];
            to = days[1];
        }
    }
}
