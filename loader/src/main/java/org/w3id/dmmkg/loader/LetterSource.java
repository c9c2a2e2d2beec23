package org.w3id.dmmkg.loader;

import org.w3id.dmmkg.loader.internal.text.SourceText;

/**
 * A letter read and decoded, before extraction: its name and the SHA-256 of its bytes,
 * computed once. A store can decide from {@link #sha256()} whether the letter is new before
 * paying for extraction with {@link LetterLoader#load(LetterSource, org.eclipse.rdf4j.rio.RDFHandler)}.
 */
public final class LetterSource {
    private final SourceText text;

    LetterSource(SourceText text) {
        this.text = text;
    }

    /** The file name, without folders: what {@code dmm:sourceFile} says. */
    public String name() {
        return text.fileName();
    }

    /** Hex SHA-256 of the file's bytes. */
    public String sha256() {
        return text.sha256();
    }

    /** The decoded text that annotation offsets point into. */
    public String text() {
        return text.text();
    }

    SourceText sourceText() {
        return text;
    }
}
