package org.w3id.dmmkg.loader.internal.rdf;

import java.text.Normalizer;
import java.util.Locale;

/** Readable, stable IRI path segments from names: {@code "NAVO-missie in Irak"} → {@code navo-missie-in-irak}. */
public final class Slugs {
    private Slugs() {
    }

    public static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
