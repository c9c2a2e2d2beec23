package org.w3id.dmmkg.loader.internal.extract;

/**
 * One step of the loader's pipeline: reads the letter in {@link LetterContext} and writes
 * what it finds through the context's graph writer. Steps run in order and may use the
 * mentions of the steps before them.
 */
@FunctionalInterface
public interface Extractor {
    void extract(LetterContext context);
}
