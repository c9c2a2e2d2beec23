package org.w3id.dmmkg.loader.internal.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dmmkg.loader.internal.text.Block;
import org.w3id.dmmkg.loader.internal.text.LetterText;

/**
 * What a letter says about itself: its date, the ministry's reference, the paper number it
 * was published under, and who signed it.
 *
 * @param date      from {@code Den Haag, 21 februari 2023} or {@code Datum 22 juni 2022}; null if unstated
 * @param reference from {@code Onze referentie BS2022015117}; null if absent
 * @param dossiers  the paper's own dossiers from an official header ({@code 28 676 NAVO}), normalised
 * @param number    the paper's own number ({@code Nr. 467}), or null
 * @param office    the signing office ({@code De Minister van Defensie}), or null
 * @param signer    the signing name ({@code K.H. Ollongren}), or null
 */
public record LetterHeader(LocalDate date, String reference, List<String> dossiers, String number, String office,
        String signer) {
    private static final Pattern REFERENCE = Pattern.compile(
            "(?iu)onze referentie\\W{0,8}((?-i:[A-Z]{2,}[A-Z0-9/._-]*\\d{3,}[A-Z0-9/._-]*))");
    private static final Pattern OWN_DOSSIER = Pattern.compile("^\\s*(\\d{2} ?\\d{3}(?:-[A-Z0-9]{1,4}| [A-Z]{1,4}(?= ))?)\\s+\\p{Lu}");
    private static final Pattern OWN_NUMBER = Pattern.compile("^\\s*Nr\\.\\s*(\\d+)\\s+\\p{Lu}{3,}");
    private static final Pattern OFFICE = Pattern.compile(
            "(?iu)(de )?(minister|staatssecretaris|directeur|secretaris|plaatsvervangend)");
    private static final Pattern TITLES = Pattern.compile("(?iu)^((drs|dr|mr|ir|ing|prof|mw|dhr)\\.\\s*)+");
    private static final Pattern NAME = Pattern.compile(
            "^((?:\\p{Lu}\\.\\s?)*)(\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:van|de|der|den|ter|ten|te|van der|van den|\\p{Lu}[\\p{L}'’-]+))*)$");

    /** Reads the header of a letter. */
    public static LetterHeader read(LetterText text) {
        LocalDate date = null;
        for (Block b : text.blocks()) {
            if (b.kind() == Block.Kind.FURNITURE || b.kind() == Block.Kind.PARAGRAPH || b.kind() == Block.Kind.CLOSING) {
                date = DutchDates.letterDate(text.textOf(b));
                if (date != null) {
                    break;
                }
            }
        }
        Matcher ref = REFERENCE.matcher(text.text());
        String reference = ref.find() ? ref.group(1) : null;
        List<String> dossiers = new ArrayList<>();
        String number = officialNumber(text.source().text(), dossiers);
        String[] closing = closing(text);
        return new LetterHeader(date, reference, List.copyOf(dossiers), number, closing[0], closing[1]);
    }

    /** The header of an official publication: dossier lines, then {@code Nr. 467 BRIEF VAN …}. */
    private static String officialNumber(String source, List<String> dossiers) {
        String[] lines = source.split("\n", 60);
        for (int i = 0; i < Math.min(lines.length, 40); i++) {
            Matcher nr = OWN_NUMBER.matcher(lines[i]);
            if (nr.find() && !dossiers.isEmpty()) {
                return nr.group(1);
            }
            Matcher d = OWN_DOSSIER.matcher(lines[i]);
            if (d.find()) {
                dossiers.add(Kamerstukken.normaliseDossier(d.group(1)));
            }
        }
        dossiers.clear();
        return null;
    }

    /** {office, name} from the closing block; either may be null. */
    private static String[] closing(LetterText text) {
        String office = null;
        String signer = null;
        for (Block b : text.blocks(Block.Kind.CLOSING)) {
            String t = text.textOf(b).strip();
            if (office == null && OFFICE.matcher(t).lookingAt()) {
                office = t.replaceAll("[,.]+$", "");
            } else if (office != null && signer == null) {
                String name = stripTitles(t);
                if (NAME.matcher(name).matches()) {
                    signer = name;
                }
            }
        }
        return new String[] {office, signer};
    }

    private static String stripTitles(String s) {
        return TITLES.matcher(s.strip()).replaceFirst("");
    }

    /** The signer's surname: the last capitalised word with its particles ({@code van der Werf}). */
    public String signerSurname() {
        Matcher m = NAME.matcher(signer);
        return m.matches() ? m.group(2) : signer;
    }
}
