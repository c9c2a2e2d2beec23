package org.w3id.dmmkg.loader.internal.extract;

import java.time.LocalDate;
import org.eclipse.rdf4j.model.IRI;

/** A meeting named in one sentence, with what that sentence says of its date, place and number. */
final class MeetingMention {
    final MeetingType type;
    final int start;
    final int end;
    final int sentence;
    DateMention date;
    int dateStart = -1;
    LocalDate from;
    LocalDate to;
    IRI place;
    int sequence;

    MeetingMention(MeetingType type, int start, int end, int sentence) {
        this.type = type;
        this.start = start;
        this.end = end;
        this.sentence = sentence;
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
}
