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

    /** The words of its first mention: what tells meetings of the catch-all type apart. */
    final String name;

    Meeting(MeetingType type, String name) {
        this.type = type;
        this.name = name;
    }

    /** Whether a mention of {@code type} by {@code words} can be this meeting. */
    boolean accepts(MeetingType t, String words) {
        return type.equals(t) && (!type.catchAll() || MeetingNames.key(name).equals(MeetingNames.key(words)));
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

    /** The tense of the first date the letter gives it with one: -1 for {@code jl.}, +1 for {@code aanstaande}, else 0. */
    int tense() {
        return mentions.stream().filter(m -> m.date != null && m.date.direction() != 0).findFirst()
                .map(m -> m.date.direction()).orElse(0);
    }

    int firstPosition() {
        return mentions.stream().mapToInt(m -> m.start).min().orElse(Integer.MAX_VALUE);
    }

    boolean overlaps(LocalDate f, LocalDate t) {
        return from != null && !f.isAfter(to) && !t.isBefore(from);
    }

    /**
     * The IRI's last segment: type and last day when dated; else type and sequence number;
     * else type and place; else the type at the letter's primary meeting. A meeting of the
     * catch-all type has its name after the type ({@code other-europese-raad-2024-06-27}).
     */
    String slug(Meeting primary, String letterId) {
        String kind = type.catchAll() ? type.slug() + "-" + org.w3id.dmmkg.loader.internal.rdf.Slugs.of(name) : type.slug();
        if (to != null) {
            return kind + "-" + to;
        }
        if (sequence > 0) {
            return kind + "-" + sequence;
        }
        if (place != null) {
            return kind + "-" + place.getLocalName();
        }
        if (heldAt(primary)) {
            return kind + "-at-" + primary.iri.getLocalName();
        }
        return kind + "-in-letter-" + letterId;
    }

    /**
     * Whether this meeting is known only as held at the letter's primary meeting (an NPG at a
     * DMM): the letter gives it no date, number or place of its own.
     */
    boolean heldAt(Meeting primary) {
        return to == null && sequence == 0 && place == null && primary != null && primary != this;
    }
}
