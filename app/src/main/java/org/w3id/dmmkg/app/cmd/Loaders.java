package org.w3id.dmmkg.app.cmd;

import java.io.IOException;
import org.w3id.dmmkg.app.Home;
import org.w3id.dmmkg.loader.LetterLoader;

/** Builds the loader from the project's ontology folder. */
final class Loaders {
    private Loaders() {
    }

    static LetterLoader create(long maxBytes) throws IOException {
        return LetterLoader.builder().ontology(Home.ontology()).maxBytes(maxBytes).build();
    }
}
