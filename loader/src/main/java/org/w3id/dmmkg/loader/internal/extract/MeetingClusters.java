package org.w3id.dmmkg.loader.internal.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups meeting mentions into meetings, most specific first: dated mentions by overlapping
 * days; a date without year by its day in a dated meeting; then by place, then by sequence
 * number; a bare mention ("de DMM") joins the letter's first meeting of its type.
 */
final class MeetingClusters {
    private final List<Meeting> meetings = new ArrayList<>();

    MeetingClusters(List<MeetingMention> mentions) {
        List<MeetingMention> rest = new ArrayList<>();
        for (MeetingMention m : mentions) {
            if (m.isDated()) {
                Meeting target = find(m.type, meeting -> meeting.overlaps(m.from, m.to));
                (target == null ? create(m.type) : target).add(m);
            } else {
                rest.add(m);
            }
        }
        for (MeetingMention m : rest) {
            if (m.hasPartialDate() && joinByDay(m)) {
                continue;
            }
            if (m.place != null) {
                Meeting t = find(m.type, x -> m.place.equals(x.place));
                (t == null ? create(m.type) : t).add(m);
            } else if (m.sequence > 0) {
                Meeting t = find(m.type, x -> x.sequence == m.sequence);
                if (t == null) {
                    t = single(m.type);
                }
                (t == null ? create(m.type) : t).add(m);
            }
        }
        for (MeetingMention m : rest) {
            if (m.place == null && m.sequence == 0 && !placed(m)) {
                Meeting t = find(m.type, x -> x.from != null);
                if (t == null) {
                    t = find(m.type, x -> true);
                }
                (t == null ? create(m.type) : t).add(m);
            }
        }
        meetings.sort(Comparator.comparingInt(Meeting::firstPosition));
    }

    List<Meeting> meetings() {
        return meetings;
    }

    private boolean joinByDay(MeetingMention m) {
        Meeting t = find(m.type, x -> x.from != null && x.from.getMonthValue() == m.date.first().getMonthValue()
                && !m.date.first().atYear(x.from.getYear()).isBefore(x.from)
                && !m.date.first().atYear(x.from.getYear()).isAfter(x.to));
        if (t != null) {
            t.add(m);
            return true;
        }
        return false;
    }

    private boolean placed(MeetingMention m) {
        return meetings.stream().anyMatch(x -> x.mentions.contains(m));
    }

    private Meeting single(MeetingType type) {
        List<Meeting> of = meetings.stream().filter(x -> x.type == type && x.sequence == 0).toList();
        return of.size() == 1 ? of.get(0) : null;
    }

    private Meeting find(MeetingType type, java.util.function.Predicate<Meeting> test) {
        return meetings.stream().filter(x -> x.type == type && test.test(x)).findFirst().orElse(null);
    }

    private Meeting create(MeetingType type) {
        Meeting m = new Meeting(type);
        meetings.add(m);
        return m;
    }
}
