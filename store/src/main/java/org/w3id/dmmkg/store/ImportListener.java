package org.w3id.dmmkg.store;

import java.nio.file.Path;

/**
 * Hears how a {@link LetterImport} goes, file by file: what the command line prints, and its
 * progress bar. Called from the thread that runs the import.
 */
public interface ImportListener {
    /** Hears nothing. */
    ImportListener NONE = new ImportListener() { };

    /** The import found this many files to read. */
    default void started(int files) {
    }

    /** A file loaded, or was skipped, with something worth knowing ("no date stated"). */
    default void warning(Path file, String message) {
    }

    /** A file that could not be loaded, and why in a few words; the others go on. */
    default void failed(Path file, String reason) {
    }

    /** One more file is done, whatever came of it. */
    default void stepped() {
    }

    /** The import has ended. */
    default void finished() {
    }
}
