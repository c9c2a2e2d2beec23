package org.w3id.dmmkg.loader.internal.extract;

/**
 * One step of the loader's pipeline: reads the letter in {@link LetterContext} and writes
 * what it finds through the context's graph writer. Steps run in order and may use the
 * mentions of the steps before them.
 */
@FunctionalInterface
public interface Extractor {
    void extract(LetterContext context);

    /** What the step finds, for a warning when it fails: {@code ministers}, {@code meetings}. */
    default String name() {
        String simple = getClass().getSimpleName().replace("Extractor", "");
        return simple.isEmpty() ? "an extraction step" : simple.toLowerCase(java.util.Locale.ROOT);
    }
}
