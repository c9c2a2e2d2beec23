package org.w3id.dmmkg.loader.internal.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.rdf4j.model.IRI;

/** One real meeting of a letter: the mentions that refer to it and what they say of it. */
final class Meeting {
    final MeetingType type;
    final List<MeetingMention> mentions = new ArrayList<>();
    LocalDate from;
    LocalDate to;
    IRI place;
    int sequence;
    IRI iri;

    Meeting(MeetingType type) {
        this.type = type;
    }

    void add(MeetingMention m) {
        mentions.add(m);
        if (m.from != null) {
            from = from == null || m.from.isBefore(from) ? m.from : from;
            to = to == null || m.to.isAfter(to) ? m.to : to;
        }
        if (place == null) {
            place = m.place;
        }
        if (sequence == 0) {
            sequence = m.sequence;
        }
    }

    int firstPosition() {
        return mentions.stream().mapToInt(m -> m.start).min().orElse(Integer.MAX_VALUE);
    }

    boolean overlaps(LocalDate f, LocalDate t) {
        return from != null && !f.isAfter(to) && !t.isBefore(from);
    }

    /**
     * The IRI's last segment: type and last day when dated; else type and sequence number;
     * else type and place; else the type at the letter's primary meeting.
     */
    String slug(Meeting primary, String letterId) {
        if (to != null) {
            return type.slug() + "-" + to;
        }
        if (sequence > 0) {
            return type.slug() + "-" + sequence;
        }
        if (place != null) {
            return type.slug() + "-" + place.getLocalName();
        }
        if (heldAt(primary)) {
            return type.slug() + "-at-" + primary.iri.getLocalName();
        }
        return type.slug() + "-in-letter-" + letterId;
    }

    /**
     * Whether this meeting is known only as held at the letter's primary meeting (an NPG at a
     * DMM): the letter gives it no date, number or place of its own.
     */
    boolean heldAt(Meeting primary) {
        return to == null && sequence == 0 && place == null && primary != null && primary != this;
    }
}
