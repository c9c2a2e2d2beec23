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
 * @param title     the upper-case title of an official publication ({@code VERSLAG VAN EEN SCHRIFTELIJK OVERLEG}),
 *                  or null
 * @param signers   who signed, in order: a joint letter has several
 */
public record LetterHeader(LocalDate date, String reference, List<String> dossiers, String number, String title,
        List<Signer> signers) {

    /** One signature: the office ({@code De Minister van Defensie}) and the name ({@code K.H. Ollongren}). */
    public record Signer(String office, String name) {
        /** The surname with its particles: {@code Ollongren}, {@code van Middelkoop}. */
        public String surname() {
            Matcher m = NAME.matcher(name);
            return m.matches() ? m.group(2) : name;
        }

        public boolean isMinister() {
            return office.toLowerCase(java.util.Locale.ROOT).matches("(de )?minister\\b.*");
        }
    }

    private static final Pattern REFERENCE = Pattern.compile(
            "(?iu)onze referentie\\W{0,8}((?-i:[A-Z]{2,}[A-Z0-9/._-]*\\d{3,}[A-Z0-9/._-]*))");
    private static final Pattern OWN_DOSSIER = Pattern.compile(
            "^\\s*(\\d{2} ?\\d{3}(?:-[A-Z0-9]{1,4}| (?:[IVXL]{1,5}|[A-Z])(?= ))?)(?:\\s+\\p{Lu}|\\s*$)");
    /** {@code Nr. 467 BRIEF VAN …}, or in the web edition's mixed case {@code Nr. 471 Brief van de minister …}. */
    private static final Pattern OWN_NUMBER = Pattern.compile("^\\s*[Nn]r\\.\\s*(\\d+)(?:\\s*$|\\s+(\\p{Lu}{3,}.*|\\p{Lu}\\p{Ll}+ van .*))");
    private static final Pattern TITLE = Pattern.compile("^\\s*(\\p{Lu}{3,}[\\p{Lu}\\d ,.'’()-]+)$");
    private static final Pattern OFFICE = Pattern.compile(
            "(?iu)(de )?(minister|staatssecretaris|directeur|secretaris|plaatsvervangend)");
    private static final Pattern TITLES = Pattern.compile("(?iu)^(?:(?:drs|dr|mr|ir|ing|prof|mw|dhr)\\.\\s*)++");
    private static final Pattern NAME = Pattern.compile(
            "^((?:\\p{Lu}\\p{Ll}?\\.\\s?)*+)((?:(?:van|de|der|den|ter|ten|te|in 't|in ’t)\\s+)*+\\p{Lu}[\\p{L}'’-]+"
                    + "(?:\\s+(?:van|de|der|den|ter|ten|te|\\p{Lu}[\\p{L}'’-]+)(?![\\p{L}'’-]))*+)$");

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
        String reference = text.text().contains("eferentie") && ref.find() ? ref.group(1) : null;
        List<String> dossiers = new ArrayList<>();
        String[] title = new String[1];
        String number = officialNumber(text.headerText(), dossiers, title);
        return new LetterHeader(date, reference, List.copyOf(dossiers), number, title[0], signers(text));
    }

    /**
     * The header of an official publication: dossier lines, then {@code Nr. 467 BRIEF VAN …}
     * (the title on the number's line or the next).
     */
    private static String officialNumber(String source, List<String> dossiers, String[] title) {
        String[] lines = source.split("\n", 60);
        Matcher nr = OWN_NUMBER.matcher("");
        Matcher d = OWN_DOSSIER.matcher("");
        for (int i = 0; i < Math.min(lines.length, 40); i++) {
            if (nr.reset(lines[i]).find() && !dossiers.isEmpty()) {
                title[0] = nr.group(2) != null ? nr.group(2).strip() : nextTitle(lines, i + 1);
                return nr.group(1);
            }
            if (d.reset(lines[i]).find()) {
                dossiers.add(Kamerstukken.normaliseDossier(d.group(1)));
            }
        }
        dossiers.clear();
        return null;
    }

    private static String nextTitle(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                Matcher t = TITLE.matcher(lines[i]);
                return t.matches() ? t.group(1).strip() : null;
            }
        }
        return null;
    }

    /** The signatures of the closing blocks: each office followed by a name, or both on one line. */
    private static List<Signer> signers(LetterText text) {
        List<Signer> out = new ArrayList<>();
        String office = null;
        for (Block b : text.blocks(Block.Kind.CLOSING)) {
            // Signatures may stand one per line in a single block.
            for (String line : text.textOf(b).split("\n")) {
                office = sign(line.strip(), office, out);
            }
        }
        return List.copyOf(out);
    }

    /** Reads one line of a closing block; returns the office still waiting for its name. */
    private static String sign(String t, String office, List<Signer> out) {
        if (t.isEmpty()) {
            return office;
        }
        String name = stripTitles(t);
        int comma = t.lastIndexOf(", ");
        if (comma > 0 && OFFICE.matcher(t).lookingAt() && NAME.matcher(stripTitles(t.substring(comma + 2))).matches()) {
            out.add(new Signer(t.substring(0, comma), stripTitles(t.substring(comma + 2))));
            return null;
        }
        if (OFFICE.matcher(t).lookingAt() && !t.toLowerCase(java.util.Locale.ROOT).startsWith("namens")) {
            return t.replaceAll("[,.]+$", "");
        }
        if (office != null && NAME.matcher(name).matches()) {
            out.add(new Signer(office, name));
            return null;
        }
        return office;
    }

    private static String stripTitles(String s) {
        return TITLES.matcher(s.strip()).replaceFirst("");
    }

}
