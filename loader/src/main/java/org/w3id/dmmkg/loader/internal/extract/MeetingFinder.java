package org.w3id.dmmkg.loader.internal.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.rdf4j.model.IRI;
import org.w3id.dmmkg.loader.internal.scan.Finder;
import org.w3id.dmmkg.loader.internal.scan.GuardedPattern;
import org.w3id.dmmkg.loader.internal.text.Block;
import org.w3id.dmmkg.loader.internal.text.LetterText;
import org.w3id.dmmkg.loader.internal.text.Sentence;

/**
 * Finds meeting mentions sentence by sentence and gives each the date, place and sequence
 * number its sentence states nearest to it. Dates go to mentions nearest first; meetings named
 * together ({@code de UDCG en de DMM}) share the date one of them is given; a date next to
 * another event (a debate) or a document (a letter) is theirs, not the meeting's.
 */
final class MeetingFinder {
    private static final int MAX_DISTANCE = 80;
    private static final GuardedPattern SEQUENCE = GuardedPattern.compile("(?iu)\\bvoor de (\\p{L}+|\\d+(?:e|ste|de)) (?:keer|maal)\\b");
    private static final Map<String, Integer> ORDINALS = ordinals();
    /** Events and documents that are not meetings of the scheme: a date next to one of these is its date. */
    private static final GuardedPattern OTHER_EVENT = GuardedPattern.compile("(?iu)\\b(commissiedebat|plenair debat|debat|"
            + "algemeen overleg|notaoverleg|conferentie|videoconferentie|persconferentie|werkbezoek|verklaring|"
            + "brief|kamerbrief|nota|motie)\\b");
    private static final int EVENT_MARGIN = 15;
    /** The preposition that makes a date modify the words before it. */
    private static final Pattern CLAUSE_START = Pattern.compile("(?iu)(?:^|[,;:]|\\b(?:en|maar|of|waarna))\\s*$");
    private static final GuardedPattern POSTMODIFIER = GuardedPattern.compile("(?iu)(?:\\bd\\.d\\.|\\bdd\\.?|\\bvan|\\bop)\\s*$");
    /** Nothing but a coordinator between two meetings named together. */
    private static final Pattern COORDINATED = Pattern.compile("(?iu)^(?:\\s*,\\s*|\\s+(?:en|alsmede|en aansluitend)\\s+)"
            + "(?:(?:de|het)\\s+)?$");

    private final MeetingNames names;
    private final BodyMeetings bodies;
    private final GuardedPattern places;
    private final Map<String, IRI> placeByName;

    MeetingFinder(MeetingNames names, BodyMeetings bodies, GuardedPattern places, Map<String, IRI> placeByName) {
        this.names = names;
        this.bodies = bodies;
        this.places = places;
        this.placeByName = placeByName;
    }

    /**
     * Every meeting mention of the letter, with dates resolved against {@code anchor}: the
     * letter's date, or when it has none, the first date with a year in its text.
     */
    List<MeetingMention> find(LetterText text, LocalDate anchor) {
        List<MeetingMention> all = new ArrayList<>();
        MeetingMention previousSentenceLast = null;
        for (Sentence s : text.sentences()) {
            String sentence = text.textOf(s);
            List<MeetingMention> here = new ArrayList<>();
            String lower = sentence.toLowerCase(Locale.ROOT);
            List<MeetingNames.Hit> hits = new ArrayList<>(names.find(sentence, lower));
            hits.addAll(bodies.find(sentence, lower));
            for (MeetingNames.Hit hit : MeetingHits.read(sentence, hits)) {
                here.add(new MeetingMention(hit, s.start(), s.index()));
            }
            assignDates(sentence, s.start(), here, anchor);
            here.removeIf(m -> m.date == null && isJointSession(sentence, m.start - s.start()));
            shareCoordinatedDates(text, here);
            assignPlaces(sentence, s.start(), here);
            assignSequence(sentence, s.start(), here, previousSentenceLast);
            all.addAll(here);
            previousSentenceLast = here.isEmpty() ? null : here.get(here.size() - 1);
        }
        return all;
    }

    /**
     * A joint session without a day of its own ({@code in een gezamenlijke bijeenkomst van de
     * ministers van Buitenlandse Zaken en van Defensie}) is part of the meeting it is held at,
     * not a meeting of one of its groups; one with its own day is a meeting.
     */
    private static boolean isJointSession(String sentence, int start) {
        return JOINT.matcher(sentence).region(Math.max(0, start - 24), start).find();
    }

    /** The adjective of a joint session, just before the gathering it names. */
    private static final Pattern JOINT = Pattern.compile("(?iu)\\b(?:gezamenlijke|gemeenschappelijke)\\s++$");

    /**
     * The date year-less dates are resolved against: in the record of a committee's debate, the
     * day the words were spoken ({@code De vaste commissie … heeft op 10 februari 2022 overleg
     * gevoerd}), not the later day the record was adopted; else the letter's own, else the first
     * full date of its text.
     */
    static LocalDate anchor(LetterText text, LocalDate letterDate) {
        LocalDate debate = debateDate(text);
        if (debate != null) {
            return debate;
        }
        if (letterDate != null) {
            return letterDate;
        }
        for (Block b : text.blocks()) {
            if (b.kind() == Block.Kind.PARAGRAPH) {
                for (DateMention d : DutchDates.find(text.textOf(b))) {
                    if (d.year() > 0) {
                        return d.resolve(null)[0];
                    }
                }
            }
        }
        return null;
    }

    /** The day of the debate a committee's record reports, or null. */
    private static LocalDate debateDate(LetterText text) {
        for (Block b : text.blocks()) {
            String t = text.textOf(b);
            if (b.kind() == Block.Kind.PARAGRAPH && t.contains("overleg gevoerd")) {
                Matcher m = DEBATE.matcher(t);
                if (m.find()) {
                    return DutchDates.find(m.group(1)).get(0).resolve(null)[0];
                }
            }
        }
        return null;
    }

    /** A committee reporting the day it debated: {@code … hebben op 14 april 2016 overleg gevoerd}. */
    private static final Pattern DEBATE = Pattern.compile("(?iu)\\b(?:heeft|hebben)\\s++op\\s++([0-3]?\\d\\s++(?:"
            + DutchDates.MONTHS + ")\\s++(?:19|20)\\d\\d)\\s++(?:\\p{L}++\\s++){0,3}?overleg\\s++gevoerd");

    /** The date of a cited letter: {@code d.d. 8 april 2016}. */
    private static final Pattern CITED_LETTER = Pattern.compile("d\\.d\\.\\s*+$");

    /** Each date to the nearest mention that has none yet, nearest pairs first. */
    private static void assignDates(String sentence, int offset, List<MeetingMention> here, LocalDate anchor) {
        if (here.isEmpty()) {
            return;
        }
        List<DateMention> dates = DutchDates.find(sentence);
        LocalDate[] anchors = anchors(sentence, dates, anchor);
        List<int[]> pairs = new ArrayList<>();
        for (int d = 0; d < dates.size(); d++) {
            DateMention date = dates.get(d);
            List<int[]> any = new ArrayList<>();
            for (int m = 0; m < here.size(); m++) {
                int distance = here.get(m).distance(offset + date.start(), offset + date.end());
                if (distance <= MAX_DISTANCE && !nearerOtherEvent(sentence, offset, date, here.get(m))) {
                    any.add(new int[] {d, m, distance});
                }
            }
            boolean postmodifier = modifiesWhatPrecedes(sentence, date);
            for (int[] pair : any) {
                // A date that modifies what precedes it goes to a later meeting only when no earlier one can take it.
                boolean later = here.get(pair[1]).start >= offset + date.end();
                pairs.add(postmodifier && later ? new int[] {pair[0], pair[1], pair[2] + MAX_DISTANCE} : pair);
            }
        }
        pairs.sort(Comparator.comparingInt(p -> p[2]));
        boolean[] used = new boolean[dates.size()];
        for (int[] p : pairs) {
            MeetingMention m = here.get(p[1]);
            if (!used[p[0]] && m.date == null) {
                DateMention d = dates.get(p[0]);
                m.date(d, offset + d.start(), d.resolve(anchors[p[0]]));
                used[p[0]] = true;
            }
        }
    }

    /**
     * The date each date's year is reckoned from: the letter's, except after a cited letter's
     * date ({@code de brief d.d. 8 april 2016 inzake de agenda voor de Raad op 19 april a.s.}),
     * whose title speaks from that letter's day.
     */
    private static LocalDate[] anchors(String sentence, List<DateMention> dates, LocalDate anchor) {
        LocalDate[] out = new LocalDate[dates.size()];
        LocalDate cited = null;
        for (int i = 0; i < dates.size(); i++) {
            DateMention d = dates.get(i);
            if (d.year() != 0) {
                cited = CITED_LETTER.matcher(sentence).region(Math.max(0, d.start() - 6), d.start()).find()
                        ? d.first().atYear(d.year()) : null;
            }
            out[i] = d.year() == 0 && cited != null ? cited : anchor;
        }
        return out;
    }

    /**
     * A date introduced by {@code d.d.}, {@code van} or {@code op} inside a clause
     * ({@code de bijeenkomst in Vilnius d.d. 7-8 februari}) modifies what precedes it; one
     * that opens a sentence or clause ({@code Op 4 april …}, {@code … en op 5 april de DMM}) does not.
     */
    private static boolean modifiesWhatPrecedes(String sentence, DateMention date) {
        Finder m = POSTMODIFIER.finder(sentence.substring(0, date.start()));
        return m.find() && !CLAUSE_START.matcher(sentence.substring(0, m.start())).find();
    }

    /** Meetings named together ({@code de NAVO-Oekraïne Raad en de NUC}) share the one date the sentence gives them. */
    private static void shareCoordinatedDates(LetterText text, List<MeetingMention> here) {
        for (int i = 0; i + 1 < here.size(); i++) {
            MeetingMention a = here.get(i);
            MeetingMention b = here.get(i + 1);
            if ((a.date == null) == (b.date == null) || b.start < a.end) {
                continue;
            }
            if (COORDINATED.matcher(text.text().substring(a.end, b.start)).matches()) {
                MeetingMention dated = a.date != null ? a : b;
                MeetingMention undated = dated == a ? b : a;
                undated.date = dated.date;
                undated.dateStart = dated.dateStart;
                undated.from = dated.from;
                undated.to = dated.to;
            }
        }
    }

    private static boolean nearerOtherEvent(String sentence, int offset, DateMention d, MeetingMention meeting) {
        Finder m = OTHER_EVENT.finder(sentence);
        int toMeeting = meeting.distance(offset + d.start(), offset + d.end());
        while (m.find()) {
            if (meeting.distance(offset + m.start(), offset + m.end()) == 0) {
                continue; // the event word is part of the meeting's own name
            }
            int toEvent = m.start() >= d.end() ? m.start() - d.end() : Math.max(0, d.start() - m.end());
            if (toEvent <= toMeeting + EVENT_MARGIN) {
                return true;
            }
        }
        return false;
    }

    private void assignPlaces(String sentence, int offset, List<MeetingMention> here) {
        if (here.isEmpty()) {
            return;
        }
        Finder m = places.finder(sentence);
        while (m.find()) {
            MeetingMention nearest = nearest(here, offset + m.start(1), offset + m.end(1));
            if (nearest != null && nearest.place == null) {
                nearest.place = placeByName.get(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
    }

    private static void assignSequence(String sentence, int offset, List<MeetingMention> here,
            MeetingMention previous) {
        if (!sentence.contains(" keer") && !sentence.contains(" maal")) {
            return;
        }
        Finder m = SEQUENCE.finder(sentence);
        if (!m.find()) {
            return;
        }
        Integer n = ordinal(m.group(1));
        MeetingMention target = null;
        for (MeetingMention mm : here) {
            if (mm.start < offset + m.start()) {
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

    private static Integer ordinal(String word) {
        String w = word.toLowerCase(Locale.ROOT);
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
