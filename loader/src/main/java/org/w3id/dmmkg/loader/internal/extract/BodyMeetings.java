package org.w3id.dmmkg.loader.internal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dmmkg.loader.internal.scan.Finder;
import org.w3id.dmmkg.loader.internal.scan.GuardedPattern;

/**
 * Meetings of bodies that are no meeting type of their own but meet: {@code de ministeriële
 * bijeenkomst van het European Intervention Initiative}, {@code een vergadering van de Northern
 * Group}. Each is a meeting of the catch-all type, told apart by the body's name. The bodies are
 * the vocabulary's initiatives; only the frame (a gathering of …) is code.
 * <p>
 * What is found is what one pattern finds, {@code (adjective) gathering van (de|het) (body)}, read
 * in two steps: the gathering, then a body's name right after it, tried with {@link NameStarts}
 * among the names that begin with the letters there. A gathering is usually of something else
 * (a council, the ministers), and one pattern would try every body's name after each.
 */
final class BodyMeetings {
    /** The words a gathering begins with, for a cheap test before the pattern. */
    private static final String[] GATHERING_WORDS = {"bijeenkomst", "vergadering", "conferentie", "overleg",
        "ontmoeting", "sessie"};
    /** A gathering up to its last {@code van}: where the article and the name may follow. */
    private static final GuardedPattern GATHERING = GuardedPattern.compile(MeetingNames.EDGE_BEFORE + MeetingNames.ADJECTIVE
            + MeetingNames.GATHERING_BEFORE_ARTICLE, Pattern.UNICODE_CASE);
    private static final Pattern ARTICLE = Pattern.compile(MeetingNames.GATHERING_ARTICLE, Pattern.UNICODE_CASE);

    private final NameStarts names;
    private final MeetingType other;

    /** @param bodies the bodies' names; @param other the catch-all type, or null (then none is found) */
    BodyMeetings(List<String> bodies, MeetingType other) {
        this.other = other;
        this.names = bodies.isEmpty() || other == null ? null
                : new NameStarts(bodies, group -> Pattern.compile("(?<n>" + MeetingNames.alternatives(group, true) + ")"
                        + MeetingNames.EDGE_AFTER, Pattern.UNICODE_CASE));
    }

    /** The gatherings of bodies a sentence names; {@code lower} is the sentence in lower case ({@link Locale#ROOT}). */
    List<MeetingNames.Hit> find(String sentence, String lower) {
        List<MeetingNames.Hit> out = new ArrayList<>();
        if (names == null || !containsAny(lower, GATHERING_WORDS)) {
            return out;
        }
        NameStarts.Scan scan = names.scan(sentence, lower);
        Finder gathering = GATHERING.finder(sentence);
        Matcher article = ARTICLE.matcher(sentence);
        int searchFrom = 0;
        while (gathering.find()) {
            // As the one pattern searches on after the end of a meeting found, not inside its body's name.
            if (gathering.start() < searchFrom) {
                continue;
            }
            Matcher name = body(scan, article, gathering.end(), sentence.length());
            if (name != null) {
                searchFrom = name.end();
                out.add(new MeetingNames.Hit(gathering.start(), name.end(), MeetingNames.Kind.NAME, name.group("n"),
                        List.of(other), false));
            }
        }
        return out;
    }

    /** A body's name after the article at {@code at}, else at {@code at}, as the one pattern tries them; or null. */
    private static Matcher body(NameStarts.Scan scan, Matcher article, int at, int length) {
        if (article.region(at, length).lookingAt() && article.end() + 1 < length) {
            Matcher name = scan.at(article.end());
            if (name != null) {
                return name;
            }
        }
        return at + 1 < length ? scan.at(at) : null;
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
