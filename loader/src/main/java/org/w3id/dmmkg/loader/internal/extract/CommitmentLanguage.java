package org.w3id.dmmkg.loader.internal.extract;

import org.w3id.dmmkg.loader.internal.scan.Finder;
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
    /**
     * {@code besluit} as a verb, not as the noun after an article or a possessive ({@code het
     * besluit over …}, {@code een formeel besluit}): a decision named is no act of the Netherlands.
     */
    private static final String NOT_A_NOUN = "(?<!\\b(?:het|een|dit|dat|elk|ieder|zijn|haar|hun|ons|uw)\\s{1,3}"
            + "(?:\\p{L}{1,20}e\\s{1,3})?)(?<!\\been\\s{1,3}\\p{Ll}{1,20}\\s{1,3})";
    /** Acts that commit, whoever among them is the subject. */
    private static final GuardedPattern ACT = GuardedPattern.compile("(?iu)\\b(stappen ondernomen|ondernomen|kondig\\p{L}* .{0,120}?\\baan\\b|"
            + "aangekondigd|intentie|voornemen|voornemens|onderzoekt|onderzoeken de mogelijkheid|zet\\b.{0,80}?\\bvoort|"
            + "voort te zetten|voortzetten|levert|leveren|leverde|leverden|geleverd|bij te dragen|bijgedragen|"
            + "draagt\\b.{0,40}?\\bbij|droeg\\b.{0,40}?\\bbij|deel te nemen|neemt\\b.{0,30}?\\bdeel|nam\\b.{0,30}?\\bdeel|"
            + "deelgenomen|inspant|inspannen|uit te geven|uitgeven|uitgegeven|geeft\\b.{0,60}?\\buit\\b|"
            + "besteedt|besteden|besteed|investeert|investeren|geïnvesteerd|stelt\\b.{0,60}?\\bbeschikbaar|"
            + "stelde\\b.{0,60}?\\bbeschikbaar|beschikbaar te stellen|beschikbaar gesteld|verleng\\p{L}*|heeft besloten|"
            + NOT_A_NOUN + "besluit|besloot|traint|trainen|getraind|ingezet|in te zetten|inzetten|zette\\b.{0,60}?\\bin\\b|"
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
            + "donatie|inzet)\\s+(?:aan|in|bij|van)\\b|(?:Nederlandse|nationale) (?:militaire |financiële |personele )?"
            + "(?:bijdrage|deelname|levering|donatie)\\s+met\\b|(?:inzet|uitzending|deelname|bijdrage|levering)\\s+van\\s+"
            + "(?:[\\p{L}\\d-]+\\s+){0,3}Nederlandse\\b)");
    /** The letter telling parliament about something is a report, not a commitment. */
    private static final GuardedPattern INFORMING = GuardedPattern.compile("(?iu)\\b(informeer ik|ik informeer|informeert het kabinet|"
            + "het kabinet informeert|informeren wij|wij informeren)\\b");
    /**
     * The letter telling parliament of a decision to contribute reports a commitment: {@code
     * informeer ik u over het besluit (om) een Nederlandse bijdrage te leveren aan …}.
     */
    private static final GuardedPattern INFORMED_DECISION = GuardedPattern.compile("(?iu)\\bover\\s+het\\s+(?:\\p{L}+e\\s+)?"
            + "(?:kabinets)?besluit\\s+(?:om\\s+|tot\\s+)?(?:[\\p{L}-]+\\s+){0,8}?(?:te\\s+\\p{L}+|\\p{L}+\\s+te\\s+\\p{L}+)\\b");
    /**
     * The writer announcing what the letter or the writer's answer will treat: {@code Daarbij zal
     * ik tevens aandacht besteden aan …}, {@code … ga ik in op …}: about the text, not a commitment.
     */
    private static final GuardedPattern DISCOURSE = GuardedPattern.compile("(?iu)\\b(?:ik|wij)\\b.{0,80}?(?:\\bin(?:gaan|gegaan| te gaan) op\\b|"
            + "\\bga(?:an)?\\b.{0,60}?\\bin op\\b|\\baandacht (?:besteden|besteed|schenken) aan\\b|\\bstil(?:staan| te staan) bij\\b|"
            + "\\bterug(?:komen| te komen) op\\b)|\\b(?:besteed|sta|kom|ga) (?:ik|wij)\\b.{0,80}?\\b(?:aandacht|stil bij|terug op|in op)\\b");
    /** Words {@link #DISCOURSE} needs, for a cheap test before it. */
    private static final String[] DISCOURSE_WORDS = {" in op", "ingaan", "ingegaan", "aandacht", "stil", "terug"};
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
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        if (mayContain(lower, LETTER_WORDS) && ABOUT_THE_LETTER.finds(sentence)
                || mayContain(lower, DISCOURSE_WORDS) && DISCOURSE.finds(sentence)) {
            return reportsACommitment(sentence);
        }
        if (OWN_ACT.finds(sentence)) {
            return true;
        }
        if (mayContain(lower, NOT_COMMITTING_STEMS) && NOT_COMMITTING.finds(sentence)) {
            return false;
        }
        boolean informing = INFORMING.finds(sentence);
        if (informing && lower.contains("besluit") && INFORMED_DECISION.finds(sentence)) {
            return ACT.finds(sentence);
        }
        if (!informing && CONTRIBUTION_NOUN.finds(sentence)) {
            return true;
        }
        if (!informing && AGENT.finds(sentence) && ACT.finds(sentence)) {
            return true;
        }
        return CONTRIBUTION.finds(sentence) && Quantities.hasAmount(sentence);
    }

    /**
     * A sentence about the letter that reports a commitment in a clause of its own: {@code …
     * aangegeven dat Nederland zich inspant …}, or a decision to contribute.
     */
    private static boolean reportsACommitment(String sentence) {
        Finder clause = REPORTED.finder(sentence);
        if (clause.find() && ACT.finds(sentence.substring(clause.end()))) {
            return true;
        }
        return sentence.contains("besluit") && INFORMED_DECISION.finds(sentence) && ACT.finds(sentence);
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
                || s.contains("wij") || s.contains("Wij") || s.contains("regering") || s.contains("nationale");
    }
}
