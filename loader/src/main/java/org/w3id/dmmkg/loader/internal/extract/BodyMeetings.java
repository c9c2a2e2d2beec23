package org.w3id.dmmkg.loader.internal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3id.dmmkg.loader.internal.scan.Finder;
import org.w3id.dmmkg.loader.internal.scan.GuardedPattern;

/**
 * Meetings of bodies that are no meeting type of their own but meet: {@code de ministeriële
 * bijeenkomst van het European Intervention Initiative}, {@code een vergadering van de Northern
 * Group}. Each is a meeting of the catch-all type, told apart by the body's name. The bodies are
 * the vocabulary's initiatives; only the frame (a gathering of …) is code.
 */
final class BodyMeetings {
    /** The words a gathering begins with, for a cheap test before the pattern. */
    private static final String[] GATHERING_WORDS = {"bijeenkomst", "vergadering", "conferentie", "overleg",
        "ontmoeting", "sessie"};

    private final GuardedPattern gatherings;
    private final MeetingType other;

    /** @param bodies the bodies' names; @param other the catch-all type, or null (then none is found) */
    BodyMeetings(List<String> bodies, MeetingType other) {
        this.other = other;
        this.gatherings = bodies.isEmpty() || other == null ? null
                : GuardedPattern.compile(MeetingNames.EDGE_BEFORE + MeetingNames.ADJECTIVE + MeetingNames.GATHERING + "(?<n>"
                        + MeetingNames.alternatives(bodies, true) + ")" + MeetingNames.EDGE_AFTER, java.util.regex.Pattern.UNICODE_CASE);
    }

    /** The gatherings of bodies a sentence names; {@code lower} is the sentence in lower case ({@link Locale#ROOT}). */
    List<MeetingNames.Hit> find(String sentence, String lower) {
        List<MeetingNames.Hit> out = new ArrayList<>();
        if (gatherings == null || !containsAny(lower, GATHERING_WORDS)) {
            return out;
        }
        Finder m = gatherings.finder(sentence);
        while (m.find()) {
            out.add(new MeetingNames.Hit(m.start(), m.end(), MeetingNames.Kind.NAME, m.group("n"), List.of(other), false));
        }
        return out;
    }

    private static boolean containsAny(String text, String[] words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
