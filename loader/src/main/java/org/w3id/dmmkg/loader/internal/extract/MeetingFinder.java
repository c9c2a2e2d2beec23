package org.w3id.dmmkg.loader.internal.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.rdf4j.model.IRI;
import org.w3id.dmmkg.loader.internal.text.LetterText;
import org.w3id.dmmkg.loader.internal.text.Sentence;

/**
 * Finds meeting mentions sentence by sentence and gives each the date, place and sequence
 * number its sentence states nearest to it.
 */
final class MeetingFinder {
    private static final int MAX_DISTANCE = 80;
    private static final Pattern SEQUENCE = Pattern.compile("(?iu)\\bvoor de (\\p{L}+|\\d+(?:e|ste|de)) (?:keer|maal)\\b");
    private static final Map<String, Integer> ORDINALS = ordinals();
    /** Events that are not meetings of the scheme: a date next to one of these is its date. */
    private static final Pattern OTHER_EVENT = Pattern.compile("(?iu)\\b(commissiedebat|plenair debat|debat|"
            + "algemeen overleg|notaoverleg|conferentie|videoconferentie|persconferentie|werkbezoek|verklaring)\\b");
    private static final int EVENT_MARGIN = 15;

    private final Pattern places;
    private final Map<String, IRI> placeByName;

    MeetingFinder(Pattern places, Map<String, IRI> placeByName) {
        this.places = places;
        this.placeByName = placeByName;
    }

    List<MeetingMention> find(LetterText text, LocalDate letterDate) {
        List<MeetingMention> all = new ArrayList<>();
        MeetingMention previousSentenceLast = null;
        for (Sentence s : text.sentences()) {
            String sentence = text.textOf(s);
            List<MeetingMention> here = mentions(sentence, s);
            assignDates(sentence, here, letterDate);
            assignPlaces(sentence, here);
            assignSequence(sentence, here, previousSentenceLast);
            for (MeetingMention m : here) {
                all.add(shift(m, s.start()));
            }
            previousSentenceLast = here.isEmpty() ? null : all.get(all.size() - 1);
        }
        return all;
    }

    private static List<MeetingMention> mentions(String sentence, Sentence s) {
        List<MeetingMention> found = new ArrayList<>();
        boolean[] taken = new boolean[sentence.length()];
        for (MeetingType type : MeetingType.values()) {
            if (!type.mayOccurIn(sentence)) {
                continue;
            }
            Matcher m = type.pattern.matcher(sentence);
            while (m.find()) {
                if (m.end() > m.start() && !taken[m.start()] && !taken[m.end() - 1]) {
                    java.util.Arrays.fill(taken, m.start(), m.end(), true);
                    found.add(new MeetingMention(type, m.start(), m.end(), s.index()));
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.start, b.start));
        return found;
    }

    private static void assignDates(String sentence, List<MeetingMention> here, LocalDate letterDate) {
        if (here.isEmpty()) {
            return;
        }
        for (DateMention d : DutchDates.find(sentence)) {
            MeetingMention nearest = nearest(here, d.start(), d.end());
            if (nearest != null && nearest.date == null && !nearerOtherEvent(sentence, d, nearest)) {
                nearest.date = d;
                nearest.dateStart = d.start();
                LocalDate[] range = d.resolve(letterDate);
                if (range != null) {
                    nearest.from = range[0];
                    nearest.to = range[1];
                }
            }
        }
    }

    private static boolean nearerOtherEvent(String sentence, DateMention d, MeetingMention meeting) {
        Matcher m = OTHER_EVENT.matcher(sentence);
        int toMeeting = meeting.distance(d.start(), d.end());
        while (m.find()) {
            int toEvent = m.start() >= d.end() ? m.start() - d.end() : Math.max(0, d.start() - m.end());
            if (toEvent <= toMeeting + EVENT_MARGIN) {
                return true;
            }
        }
        return false;
    }

    private void assignPlaces(String sentence, List<MeetingMention> here) {
        if (here.isEmpty()) {
            return;
        }
        Matcher m = places.matcher(sentence);
        while (m.find()) {
            MeetingMention nearest = nearest(here, m.start(1), m.end(1));
            if (nearest != null && nearest.place == null) {
                nearest.place = placeByName.get(m.group(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
    }

    private static void assignSequence(String sentence, List<MeetingMention> here, MeetingMention previous) {
        if (!sentence.contains(" keer") && !sentence.contains(" maal")) {
            return;
        }
        Matcher m = SEQUENCE.matcher(sentence);
        if (!m.find()) {
            return;
        }
        Integer n = ordinal(m.group(1));
        MeetingMention target = null;
        for (MeetingMention mm : here) {
            if (mm.start < m.start()) {
                target = mm;
            }
        }
        if (target == null && here.isEmpty() && previous != null) {
            target = previous;
        }
        if (n != null && target != null) {
            target.sequence = n;
        }
    }

    private static MeetingMention nearest(List<MeetingMention> here, int start, int end) {
        MeetingMention best = null;
        int bestDistance = MAX_DISTANCE + 1;
        for (MeetingMention m : here) {
            int d = m.distance(start, end);
            if (d < bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        return best;
    }

    private static MeetingMention shift(MeetingMention m, int offset) {
        MeetingMention out = new MeetingMention(m.type, m.start + offset, m.end + offset, m.sentence);
        out.date = m.date;
        out.dateStart = m.dateStart < 0 ? -1 : m.dateStart + offset;
        out.from = m.from;
        out.to = m.to;
        out.place = m.place;
        out.sequence = m.sequence;
        return out;
    }

    private static Integer ordinal(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (Character.isDigit(w.charAt(0))) {
            return Integer.parseInt(w.replaceAll("\\D", ""));
        }
        return ORDINALS.get(w);
    }

    private static Map<String, Integer> ordinals() {
        String[] words = {"eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende",
            "tiende", "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende", "zeventiende",
            "achttiende", "negentiende", "twintigste", "eenentwintigste", "tweeëntwintigste", "drieëntwintigste",
            "vierentwintigste", "vijfentwintigste", "zesentwintigste", "zevenentwintigste", "achtentwintigste",
            "negenentwintigste", "dertigste"};
        Map<String, Integer> map = new java.util.HashMap<>();
        for (int i = 0; i < words.length; i++) {
            map.put(words[i], i + 1);
        }
        return Map.copyOf(map);
    }
}
