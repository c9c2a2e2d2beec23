package org.w3id.dmmkg.loader.internal.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Groups meeting mentions into meetings, most specific first: dated mentions by overlapping
 * days; a meeting named beside a day of a longer meeting of another type ({@code op 4 april
 * wordt de top afgesloten met de NAVO-Oekraïne Commissie}) on that day; a date without year by
 * its day in a dated meeting; then by place, then by sequence number; a bare mention
 * ({@code de DMM}) joins the letter's first meeting of its type.
 */
final class MeetingClusters {
    private final List<Meeting> meetings = new ArrayList<>();

    MeetingClusters(List<MeetingMention> mentions) {
        List<MeetingMention> rest = new ArrayList<>();
        for (MeetingMention m : mentions) {
            if (m.isDated()) {
                joinByDays(m);
            } else {
                rest.add(m);
            }
        }
        for (MeetingMention m : List.copyOf(rest)) {
            if (m.place == null && m.sequence == 0 && m.date == null && dayOfLongerMeeting(m, mentions)) {
                joinByDays(m);
                rest.remove(m);
            }
        }
        for (MeetingMention m : rest) {
            if (m.hasPartialDate() && joinByDay(m)) {
                continue;
            }
            if (m.place != null) {
                Meeting t = find(m, x -> m.place.equals(x.place));
                (t == null ? create(m) : t).add(m);
            } else if (m.sequence > 0) {
                Meeting t = find(m, x -> x.sequence == m.sequence);
                if (t == null) {
                    t = single(m);
                }
                (t == null ? create(m) : t).add(m);
            }
        }
        for (MeetingMention m : rest) {
            if (m.place == null && m.sequence == 0 && !placed(m)) {
                Meeting t = find(m, x -> x.from != null);
                if (t == null) {
                    t = find(m, x -> true);
                }
                (t == null ? create(m) : t).add(m);
            }
        }
        meetings.sort(Comparator.comparingInt(Meeting::firstPosition));
    }

    List<Meeting> meetings() {
        return meetings;
    }

    private void joinByDays(MeetingMention m) {
        Meeting target = find(m, meeting -> meeting.overlaps(m.from, m.to));
        (target == null ? create(m) : target).add(m);
    }

    /**
     * A sentence that names one day of a meeting lasting several days names the day, not that
     * meeting: an undated meeting of another type in the same sentence is held on it.
     */
    private boolean dayOfLongerMeeting(MeetingMention m, List<MeetingMention> all) {
        for (MeetingMention day : all) {
            if (day.sentence != m.sentence || !day.isDated() || !day.from.equals(day.to) || day.type.equals(m.type)) {
                continue;
            }
            Meeting longer = find(day, x -> x.mentions.contains(day));
            if (longer != null && longer.from.isBefore(longer.to)) {
                m.date = day.date;
                m.dateStart = day.dateStart;
                m.from = day.from;
                m.to = day.to;
                return true;
            }
        }
        return false;
    }

    private boolean joinByDay(MeetingMention m) {
        Meeting t = find(m, x -> x.from != null && x.from.getMonthValue() == m.date.first().getMonthValue()
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

    private Meeting single(MeetingMention m) {
        List<Meeting> of = meetings.stream().filter(x -> x.accepts(m.type, m.name) && x.sequence == 0).toList();
        return of.size() == 1 ? of.get(0) : null;
    }

    private Meeting find(MeetingMention m, Predicate<Meeting> test) {
        return meetings.stream().filter(x -> x.accepts(m.type, m.name) && test.test(x)).findFirst().orElse(null);
    }

    private Meeting create(MeetingMention m) {
        Meeting meeting = new Meeting(m.type, m.name);
        meetings.add(meeting);
        return meeting;
    }
}
