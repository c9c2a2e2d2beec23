package org.w3id.dmmkg.loader.internal.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who holds the floor in a committee's record of a debate ({@code verslag van een algemeen
 * overleg / commissiedebat}): a paragraph opening with {@code De voorzitter:}, {@code De heer
 * Ormel (CDA):}, {@code Mevrouw Hachchi (D66):} or {@code Minister Hillen:} gives the floor to
 * that speaker until the next one. Only the government's speakers (a minister, a state
 * secretary) speak for the Netherlands; a member's or the chair's {@code ik zal} commits
 * nobody. Outside a record of a debate no paragraph opens a turn and everyone writing is the
 * government.
 */
final class SpeakerTurns {
    private static final String NAME = "[^:()\\n]{1,60}+";
    private static final String PARTY = "(?: \\([^():\\n]{1,30}+\\))?+";
    private static final Pattern TURN = Pattern.compile("^(?:(?<chair>(?:[Dd]e )?[Vv]oorzitter)|(?<member>(?:De heer|Mevrouw) "
            + NAME + PARTY + ")|(?<government>(?:De |de )?(?:[Mm]inister(?:-[Pp]resident)?|[Ss]taatssecretaris)(?: " + NAME
            + ")?+))\\s?:");
    /** Longest opening a turn can have. */
    private static final int OPENING = 140;

    private boolean government = true;

    /** Follows the paragraph starting with {@code opening}; whether its text speaks for the Netherlands. */
    boolean governmentSpeaks(CharSequence opening) {
        CharSequence head = opening.length() > OPENING ? opening.subSequence(0, OPENING) : opening;
        if (head.length() > 0 && Character.isUpperCase(Character.codePointAt(head, 0))) {
            Matcher turn = TURN.matcher(head);
            if (turn.lookingAt()) {
                government = turn.group("government") != null;
            }
        }
        return government;
    }
}
