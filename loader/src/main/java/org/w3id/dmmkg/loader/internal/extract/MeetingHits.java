package org.w3id.dmmkg.loader.internal.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dmmkg.loader.internal.scan.Chars;

/**
 * The meeting names of one sentence read together: an office named after a body
 * ({@code de voorzitter van de Europese Raad}) names a person, not a meeting; an alias in
 * parentheses right after a name ({@code … met de ministers van Defensie (RBZ-Defensie)}) is
 * the same meeting, not another; and where names overlap the longest wins.
 */
final class MeetingHits {
    /** An office whose holder the words after it name: {@code voorzitter van de}, {@code president van het}. */
    private static final Pattern OFFICE = Pattern.compile("(?iu)(?<![\\p{L}-])(?:(?:vice)?voorzitters?|president(?:en)?|"
            + "secretaris(?:sen)?-generaal|leden|lid|delegatieleider)\\s+van\\s+(?:de\\s+|het\\s+)?\\z");
    /** The words an {@link #OFFICE} ends in before its spaces, folded. */
    private static final List<String> OFFICE_LAST_WORDS = List.of("van", "de", "het");
    /** How far before a name its office may begin. */
    private static final int OFFICE_REACH = 40;
    /** A name in parentheses: a capital first, no nesting. */
    private static final Pattern ALIAS = Pattern.compile("\\s*\\(\\p{Lu}[^()]{0,40}\\)");

    private MeetingHits() {
    }

    private static final Comparator<MeetingNames.Hit> LONGEST_THEN_EARLIEST =
            Comparator.comparingInt((MeetingNames.Hit h) -> h.end() - h.start()).reversed()
                    .thenComparingInt(MeetingNames.Hit::start);
    private static final Comparator<MeetingNames.Hit> BY_START = Comparator.comparingInt(MeetingNames.Hit::start);

    /** The hits that name meetings, each with the alias after it, longest first where they overlap, in text order. */
    static List<MeetingNames.Hit> read(String sentence, List<MeetingNames.Hit> all) {
        if (all.isEmpty()) {
            return List.of();
        }
        List<MeetingNames.Hit> out = new ArrayList<>();
        for (MeetingNames.Hit h : all) {
            if (!namesAnOffice(sentence, h.start())) {
                out.add(withAlias(sentence, h));
            }
        }
        return longestFirst(out);
    }

    /** An office before the name ({@code voorzitter van de}): looked for only after {@code van}, {@code de} or {@code het} and spaces. */
    private static boolean namesAnOffice(String sentence, int start) {
        if (!Chars.endsWithWordAndSpace(sentence, start, OFFICE_LAST_WORDS)) {
            return false;
        }
        return OFFICE.matcher(sentence).region(Math.max(0, start - OFFICE_REACH), start).find();
    }

    private static MeetingNames.Hit withAlias(String sentence, MeetingNames.Hit h) {
        Matcher m = ALIAS.matcher(sentence).region(h.end(), sentence.length());
        if (!m.lookingAt()) {
            return h;
        }
        return new MeetingNames.Hit(h.start(), m.end(), h.kind(), h.name(), h.candidates(), h.qualified());
    }

    private static List<MeetingNames.Hit> longestFirst(List<MeetingNames.Hit> all) {
        all.sort(LONGEST_THEN_EARLIEST);
        List<MeetingNames.Hit> kept = new ArrayList<>();
        for (MeetingNames.Hit h : all) {
            if (kept.stream().noneMatch(k -> k.start() < h.end() && h.start() < k.end())) {
                kept.add(h);
            }
        }
        kept.sort(BY_START);
        return kept;
    }
}
