package org.w3id.dmmkg.evaluation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Names compared without case, accents, spaces or punctuation: {@code NAVO-missie in Irak} → {@code navomissieinirak}. */
final class Normalised {
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^0-9a-z]");

    private Normalised() {
    }

    static java.util.Set<String> set(java.util.Collection<String> names) {
        java.util.Set<String> out = new java.util.HashSet<>();
        names.forEach(n -> out.add(of(n)));
        return out;
    }

    static String of(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
        return NOT_LETTER_OR_DIGIT.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
