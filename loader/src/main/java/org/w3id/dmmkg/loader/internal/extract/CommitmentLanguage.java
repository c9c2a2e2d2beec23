package org.w3id.dmmkg.loader.internal.extract;

import java.util.regex.Matcher;
import org.w3id.dmmkg.loader.internal.scan.GuardedPattern;

/**
 * Whether a sentence commits the Netherlands: Nederland, het kabinet (also {@code het
 * demissionaire kabinet}) or the minister ({@code ik}) contributes, deploys, continues,
 * announces, intends, pledges, spends, adopts a proposal or supports with action, in any tense;
 * or the sentence names a Dutch contribution as a noun ({@code de Nederlandse bijdrage aan …},
 * {@code de inzet van twee Nederlandse experts}); or states the amount of a contribution. Not
 * sentences in which the Netherlands only thanks, stresses, welcomes, wishes or calls on others,
 * nor sentences about the letter itself.
 */
final class CommitmentLanguage {
    private static final String SUBJECT = "(?:Nederland|[Hh]et (?:\\p{Ll}+e )?kabinet|ik|Ik|wij|Wij|de regering|"
            + "de Nederlandse regering)";
    /** The Netherlands takes part in the action: as subject, or among others. */
    private static final GuardedPattern AGENT = GuardedPattern.compile("\\b" + SUBJECT + "\\b|waaronder Nederland|\\bNederlandse\\b");
    /** Acts that commit, whoever among them is the subject. */
    private static final GuardedPattern ACT = GuardedPattern.compile("(?iu)\\b(stappen ondernomen|ondernomen|kondig\\p{L}* .{0,120}?\\baan\\b|"
            + "aangekondigd|intentie|voornemen|voornemens|onderzoekt|onderzoeken de mogelijkheid|zet\\b.{0,80}?\\bvoort|"
            + "voort te zetten|voortzetten|levert|leveren|leverde|leverden|geleverd|bij te dragen|bijgedragen|"
            + "draagt\\b.{0,40}?\\bbij|droeg\\b.{0,40}?\\bbij|deel te nemen|neemt\\b.{0,30}?\\bdeel|nam\\b.{0,30}?\\bdeel|"
            + "deelgenomen|inspant|inspannen|uit te geven|uitgeven|uitgegeven|geeft\\b.{0,60}?\\buit\\b|"
            + "besteedt|besteden|besteed|investeert|investeren|geïnvesteerd|stelt\\b.{0,60}?\\bbeschikbaar|"
            + "stelde\\b.{0,60}?\\bbeschikbaar|beschikbaar te stellen|beschikbaar gesteld|verleng\\p{L}*|heeft besloten|"
            + "besluit|besloot|traint|trainen|getraind|ingezet|in te zetten|inzetten|zette\\b.{0,60}?\\bin\\b|"
            + "steunt actief|actief steun\\p{L}*|verder werken aan|werkt aan|opschaling|zwaartepunt|zegt toe|zegde\\b.{0,60}?\\btoe|"
            + "toegezegd|committeert|gecommitteerd|financiert|financierde|gefinancierd|doneert|doneerde|gedoneerd|"
            + "schenkt|schonk|geschonken|reserveert|gereserveerd|trekt\\b.{0,60}?\\buit\\b|uitgetrokken|"
            + "volgt\\b.{0,60}?\\b(voorstel|advies|aanbeveling)|stemt in met|gaat akkoord met|"
            + "sluit zich\\b.{0,40}?\\baan bij|sloot zich\\b.{0,40}?\\baan bij|aangesloten bij|treedt toe|toegetreden|"
            + "ondertekent|ondertekende|ondertekend|geregeld|vrijgemaakt|vrij te maken|vrijmaken|"
            + "maakt(?:e|en)?\\b.{0,60}?\\b(?:miljoen|miljard|euro|middelen|geld|budget)\\b.{0,40}?\\bvrij|"
            + "aangeschaft|aangekocht|ingekocht|overgedragen|bekostigt|bekostigd|uitgezonden|zendt\\b.{0,60}?\\buit\\b|"
            + "ter beschikking (?:te )?(?:stellen|gesteld)|stelt\\b.{0,60}?\\bter beschikking)\\b");
    /** Acts that commit only with the Netherlands as their own subject. */
    private static final GuardedPattern OWN_ACT = GuardedPattern.compile("\\b(?:" + SUBJECT + " (?:zal|zullen|steunt|steunen)|"
            + "(?:zal|zullen|steunt|steunen) " + SUBJECT + ")\\b");
    /**
     * A Dutch contribution named as a definite noun, which presupposes it is real: {@code de
     * Nederlandse bijdrage aan …}, {@code de inzet van twee Nederlandse experts} (not {@code een
     * Nederlandse bijdrage}, which may be only considered).
     */
    private static final GuardedPattern CONTRIBUTION_NOUN = GuardedPattern.compile("(?iu)\\b(?:de|het)\\s+(?:[\\p{L}-]+\\s+){0,2}?"
            + "(?:(?:Nederlandse|nationale) (?:militaire |financiële |personele )?(?:bijdrage|deelname|levering|leveringen|"
            + "donatie|inzet)\\s+(?:aan|in|bij|van)\\b|(?:inzet|uitzending|deelname|bijdrage|levering)\\s+van\\s+"
            + "(?:[\\p{L}\\d-]+\\s+){0,3}Nederlandse\\b)");
    /** The letter telling parliament about something is a report, not a commitment. */
    private static final GuardedPattern INFORMING = GuardedPattern.compile("(?iu)\\b(informeer ik|ik informeer|informeert het kabinet|"
            + "het kabinet informeert|informeren wij|wij informeren)\\b");
    /** A sentence about the letter itself. */
    private static final GuardedPattern ABOUT_THE_LETTER = GuardedPattern.compile("(?iu)\\b(deze|onderhavige|voorliggende) (brief|"
            + "kamerbrief|geannoteerde agenda|agenda|nota)\\b|\\b(de|het) (brief|kamerbrief|verslag|nota) sluit\\b");
    /** The Netherlands only thanking, stressing, welcoming, wishing or calling on others. */
    private static final String NOT_COMMITTING_VERB = "(?:bedankt|bedankte|dankt|dankte|ziet graag|zag graag|hoopt|hoopte|"
            + "wenst|wenste|verwelkomt|verwelkomde|benadrukt|benadrukte|onderstreept|onderstreepte|roept|riep|"
            + "spreekt waardering uit|sprak waardering uit|uit zorgen|uitte)";
    private static final GuardedPattern NOT_COMMITTING = GuardedPattern.compile("\\b" + SUBJECT + "\\s+(?:\\p{L}+\\s+){0,2}?"
            + NOT_COMMITTING_VERB + "\\b|\\b" + NOT_COMMITTING_VERB + "\\s+(?:\\p{L}+\\s+){0,1}?" + SUBJECT + "\\b");
    /** Words {@link #ABOUT_THE_LETTER} and {@link #NOT_COMMITTING} need, for cheap tests before them. */
    private static final String[] LETTER_WORDS = {"brief", "agenda", "nota", "verslag"};
    private static final String[] NOT_COMMITTING_STEMS = {"dank", "graag", "hoop", "wens", "welkom", "benadruk",
        "onderstre", "roep", "riep", "waardering", "zorgen", "uitte"};
    private static final GuardedPattern CONTRIBUTION = GuardedPattern.compile("(?iu)\\bbijdrage\\b");
    /** A clause that reports what the Netherlands does: {@code dat Nederland …}. */
    private static final GuardedPattern REPORTED = GuardedPattern.compile("\\bdat\\s+" + SUBJECT + "\\b");

    private CommitmentLanguage() {
    }

    static boolean isCommitment(String sentence) {
        if (!mentionsTheNetherlands(sentence) && !sentence.contains("bijdrage")) {
            return false;
        }
        if (OWN_ACT.matcher(sentence).find()) {
            return true;
        }
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        if (mayContain(lower, LETTER_WORDS) && ABOUT_THE_LETTER.matcher(sentence).find()) {
            return reportsACommitment(sentence);
        }
        if (mayContain(lower, NOT_COMMITTING_STEMS) && NOT_COMMITTING.matcher(sentence).find()) {
            return false;
        }
        boolean informing = INFORMING.matcher(sentence).find();
        if (!informing && CONTRIBUTION_NOUN.matcher(sentence).find()) {
            return true;
        }
        if (!informing && AGENT.matcher(sentence).find() && ACT.matcher(sentence).find()) {
            return true;
        }
        return CONTRIBUTION.matcher(sentence).find() && Quantities.hasAmount(sentence);
    }

    /** A sentence about the letter that reports a commitment in a clause of its own: {@code … aangegeven dat Nederland zich inspant …}. */
    private static boolean reportsACommitment(String sentence) {
        Matcher clause = REPORTED.matcher(sentence);
        return clause.find() && ACT.matcher(sentence.substring(clause.end())).find();
    }

    /** A cheap test before a pattern: the words it needs. */
    private static boolean mayContain(String lower, String[] words) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A cheap test before the patterns: no agent word, no commitment. */
    private static boolean mentionsTheNetherlands(String s) {
        return s.contains("Nederland") || s.contains("kabinet") || s.contains("ik ") || s.contains("Ik ")
                || s.contains("ij ") || s.contains("regering") || s.contains("nationale");
    }
}
