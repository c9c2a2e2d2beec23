package org.w3id.dmmkg.loader.internal.vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The capitalised-word form in which older letters write an acronym that is pronounced as a
 * word ({@code Navo}, {@code Isaf}, {@code Kfor}, {@code Eufor} for {@code NAVO}, {@code ISAF}
 * …): of an acronym of three letters or more, unless that form is a common Dutch or English
 * word or first name ({@code Safe}, {@code Card}, {@code Nar}), which it would otherwise take.
 */
final class AcronymForms {
    private static final int MIN_LETTERS = 3;
    private static final Set<String> COMMON_WORDS = read("common-words.txt");

    private AcronymForms() {
    }

    /** The capitalised form of {@code name} letters may use for it, or null. */
    static String capitalised(String name) {
        if (name.length() < MIN_LETTERS || !name.chars().allMatch(Character::isUpperCase)) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return COMMON_WORDS.contains(lower) ? null : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static Set<String> read(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = AcronymForms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the loader's jar lacks " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return Set.copyOf(words);
    }
}
