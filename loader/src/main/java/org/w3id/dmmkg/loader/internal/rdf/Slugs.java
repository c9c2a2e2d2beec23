package org.w3id.dmmkg.loader.internal.rdf;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Readable, stable IRI path segments from names: {@code "NAVO-missie in Irak"} → {@code navo-missie-in-irak}. */
public final class Slugs {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Slugs() {
    }

    /**
     * The name without accents (decomposed, marks dropped), in lower case, each run of other
     * characters than {@code a-z} and {@code 0-9} a single hyphen, none at either end; {@code x}
     * when nothing is left.
     */
    public static String of(String name) {
        String lower = withoutMarks(name).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && slug.length() > 0) {
                    slug.append('-');
                }
                gap = false;
                slug.append(c);
            } else {
                gap = true;
            }
        }
        return slug.length() == 0 ? "x" : slug.toString();
    }

    /** Plain ASCII has no marks and decomposes to itself: most names are, and skip the normaliser. */
    private static String withoutMarks(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 128) {
                return MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
            }
        }
        return name;
    }
}
