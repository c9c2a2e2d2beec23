package org.w3id.dmmkg.loader.internal.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.rdf4j.model.IRI;

/**
 * The meeting types of the contract's concept scheme, each with the ways Dutch letters
 * name it. Order matters: the first type whose pattern matches a stretch of text wins.
 */
enum MeetingType {
    NUC("(?:NATO|NAVO)[- ](?:Ukraine|Oekraïne)[- ](?:Council|Commission|Raad|Commissie)|\\bNUC\\b"),
    DMM("Noord-Atlantische Raad in (?:de )?samenstelling van (?:de )?ministers van Defensie"
            + "|(?:bijeenkomst|vergadering) van (?:de )?(?:NAVO|NATO)[- ]?(?i:ministers) van Defensie(?:\\s*\\(DMM\\))?"
            + "|(?:NAVO|NATO)[- ]?(?i:ministers) van Defensie(?:\\s*\\(DMM\\))?"
            + "|(?:NAVO|NATO)[- ]?(?i:defensieminister)(?:s|sbijeenkomst|soverleg|sraad)\\b"
            + "|(?:NATO )?Defence Ministers(?:’|')? Meeting|NATO Defence Ministerial|\\bDMM\\b"
            + "|(?:NAVO-)?defensieministersoverleg"),
    UDCG("Ukraine Defen[cs]e Contact Group(?:\\s*\\(UDCG\\))?|\\bUDCG\\b|Contactgroep voor de verdediging van Oekraïne"
            + "|Ramstein-(?:groep|format|bijeenkomst|overleg)"),
    NPG("Nuclear Planning Group(?:\\s*\\(NPG\\))?|Nucleaire Planning ?[Gg]roep|\\bNPG\\b"),
    SUMMIT("(?:NAVO|NATO)[- ]?(?i:top)\\b|(?:NAVO|NATO)[- ]summit|\\b(?:[Tt]op|[Ss]ummit) (?:in|van) (?=\\p{Lu})"
            + "|\\b(?:de|deze|aankomende|komende) (?:NAVO )?top\\b"),
    FAC("Raad Buitenlandse Zaken(?:\\s*\\(?(?:Defensie|in defensiesamenstelling|met (?:de )?ministers van Defensie)\\)?)"
            + "|\\bRBZ[- ]Defensie\\b|Foreign Affairs Council(?: \\(Defence\\))?"
            + "|(?:bijeenkomst|vergadering|overleg) van (?:de )?(?:EU|Europese)[- ]?(?i:ministers) van Defensie"
            + "|EU-(?i:defensieministers)(?:bijeenkomst|overleg)?"),
    NAC("Noord-Atlantische Raad(?:\\s*\\(NAR\\))?|\\bNAR\\b|North Atlantic Council"
            + "|(?:NAVO|NATO)[- ]?(?i:ministers) van Buitenlandse Zaken");

    final Pattern pattern;

    MeetingType(String regex) {
        this.pattern = Pattern.compile(regex);
    }

    /** The type's concept in the meeting-type scheme. */
    IRI concept() {
        return org.w3id.dmmkg.loader.vocab.DMM.id("meeting-type", name().toLowerCase(Locale.ROOT));
    }

    String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
