package org.w3id.dmmkg.loader;

/**
 * Hears what the loader had to repair in a letter or could not find in it, one line at a
 * time ("not UTF-8; decoded as Windows-1252", "no date stated"). The letter is loaded all the
 * same; a letter that cannot be loaded is a {@link LetterException} instead. Called on the
 * thread that loads the letter.
 */
@FunctionalInterface
public interface LetterListener {
    /** Drops every warning. */
    LetterListener IGNORE = (source, message) -> { };

    /**
     * @param source  the letter's file name
     * @param message what happened, without the file name
     */
    void warning(String source, String message);
}
