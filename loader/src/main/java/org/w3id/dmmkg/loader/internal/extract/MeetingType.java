package org.w3id.dmmkg.loader.internal.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.rdf4j.model.IRI;

/**
 * The meeting types of the contract's concept scheme, each with the ways Dutch letters
 * name it. Order matters: the first type whose pattern matches a stretch of text wins.
 */
enum MeetingType {
    NUC(new String[] {"Ukraine", "Oekraïne", "NUC"}, "(?:NATO|NAVO)[- ](?:Ukraine|Oekraïne)[- ](?:Council|Commission|Raad|Commissie)|\\bNUC\\b"),
    DMM(new String[] {"inisters van Defensie", "INISTERS VAN DEFENSIE", "efensieminister", "DMM", "Defence Minister"}, "Noord-Atlantische Raad in (?:de )?samenstelling van (?:de )?ministers van Defensie"
            + "|(?:bijeenkomst|vergadering) van (?:de )?(?:NAVO|NATO)[- ]?(?i:ministers) van Defensie(?:\\s*\\(DMM\\))?"
            + "|(?:NAVO|NATO)[- ]?(?i:ministers) van Defensie(?:\\s*\\(DMM\\))?"
            + "|(?:NAVO|NATO)[- ]?(?i:defensieminister)(?:s|sbijeenkomst|soverleg|sraad)\\b"
            + "|(?:NATO )?Defence Ministers(?:’|')? Meeting|NATO Defence Ministerial|\\bDMM\\b"
            + "|(?:NAVO-)?defensieministersoverleg"),
    UDCG(new String[] {"Contact", "UDCG", "Ramstein-"}, "Ukraine Defen[cs]e Contact Group(?:\\s*\\(UDCG\\))?|\\bUDCG\\b|Contactgroep voor de verdediging van Oekraïne"
            + "|Ramstein-(?:groep|format|bijeenkomst|overleg)"),
    NPG(new String[] {"Planning", "NPG"}, "Nuclear Planning Group(?:\\s*\\(NPG\\))?|Nucleaire Planning ?[Gg]roep|\\bNPG\\b"),
    SUMMIT(new String[] {"top", "Top", "TOP", "ummit"}, "(?:NAVO|NATO)[- ]?(?i:top)\\b|(?:NAVO|NATO)[- ]summit|\\b(?:[Tt]op|[Ss]ummit) (?:in|van) (?=\\p{Lu})"
            + "|\\b(?:de|deze|aankomende|komende) (?:NAVO )?top\\b"),
    FAC(new String[] {"Buitenlandse Zaken", "RBZ", "Foreign Affairs", "inisters van Defensie", "efensieministers"}, "Raad Buitenlandse Zaken(?:\\s*\\(?(?:Defensie|in defensiesamenstelling|met (?:de )?ministers van Defensie)\\)?)"
            + "|\\bRBZ[- ]Defensie\\b|Foreign Affairs Council(?: \\(Defence\\))?"
            + "|(?:bijeenkomst|vergadering|overleg) van (?:de )?(?:EU|Europese)[- ]?(?i:ministers) van Defensie"
            + "|EU-(?i:defensieministers)(?:bijeenkomst|overleg)?"),
    NAC(new String[] {"Atlantische Raad", "NAR", "North Atlantic", "Buitenlandse Zaken"}, "Noord-Atlantische Raad(?:\\s*\\(NAR\\))?|\\bNAR\\b|North Atlantic Council"
            + "|(?:NAVO|NATO)[- ]?(?i:ministers) van Buitenlandse Zaken");

    final Pattern pattern;
    /** Words every match contains: a cheap test that spares the pattern most sentences. */
    private final String[] triggers;

    MeetingType(String[] triggers, String regex) {
        this.triggers = triggers;
        this.pattern = Pattern.compile(regex);
    }

    /** Whether the pattern can match {@code text} at all. */
    boolean mayOccurIn(String text) {
        for (String t : triggers) {
            if (text.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** The type's concept in the meeting-type scheme. */
    IRI concept() {
        return org.w3id.dmmkg.loader.vocab.DMM.id("meeting-type", name().toLowerCase(Locale.ROOT));
    }

    String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
