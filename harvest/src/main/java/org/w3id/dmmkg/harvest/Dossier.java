package org.w3id.dmmkg.harvest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kamerstuk dossier: its number and an optional suffix ({@code 28676}, {@code 21501-28},
 * {@code 36200-X}), written as the contract writes dossier numbers.
 */
public record Dossier(int number, String suffix) {
    private static final Pattern FORM = Pattern.compile("(\\d{5})(?:-([0-9A-Z]{1,4}))?");

    /** {@code "21501-28"} → 21501 with suffix 28. */
    public static Dossier parse(String text) {
        Matcher m = FORM.matcher(text.strip().replace(" ", "").toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a dossier number: '" + text + "' (for example 28676 or 21501-28)");
        }
        return new Dossier(Integer.parseInt(m.group(1)), m.group(2));
    }

    @Override
    public String toString() {
        return number + (suffix == null ? "" : "-" + suffix);
    }
}
