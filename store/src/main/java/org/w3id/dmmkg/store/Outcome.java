package org.w3id.dmmkg.store;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.IRI;
import org.w3id.dmmkg.loader.LoadedLetter;

/**
 * What reading one file came to in a {@link LetterImport}: a letter extracted (its quads), a
 * letter the store already holds (perhaps with an official record that changed), or a failure.
 *
 * @param letter      the extracted letter, or null when the store holds it or reading failed
 * @param record      an official record to store beside it, or null when there is none or it is unchanged
 * @param letterIri   the letter the record describes
 * @param recordQuads the record's graph, when {@code record} is not null
 */
record Outcome(Path file, String sha, LoadedLetter letter, List<Quad> quads, List<String> warnings, String failure,
        OfficialRecord record, IRI letterIri, List<Quad> recordQuads) {

    static Outcome failed(Path file, String reason) {
        return new Outcome(file, null, null, null, List.of(), reason, null, null, null);
    }

    /** Nothing to write: the letter and its record are stored as they are. */
    boolean unchanged() {
        return letter == null && failure == null && record == null;
    }

    /** The quads of the record's graph, 0 without one. */
    int quadCount() {
        return recordQuads == null ? 0 : recordQuads.size();
    }
}
