package org.w3id.dmmkg.cli;

import org.w3id.dmmkg.loader.LetterListener;
import org.w3id.dmmkg.loader.LetterLoader;
import org.w3id.dmmkg.loader.OntologyException;

/**
 * Builds the loader from the ontology folder the command uses. Its own listener drops
 * warnings: the command hears them, per letter, through the import's listener.
 */
public final class Loaders {
    private Loaders() {
    }

    public static LetterLoader create(long maxBytes) throws OntologyException {
        return LetterLoader.builder().ontology(Home.ontology()).maxBytes(maxBytes).listener(LetterListener.IGNORE).build();
    }
}
