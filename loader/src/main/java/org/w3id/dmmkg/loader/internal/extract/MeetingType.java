package org.w3id.dmmkg.loader.internal.extract;

import java.util.Locale;
import org.eclipse.rdf4j.model.IRI;

/**
 * A meeting type of the contract's concept scheme ({@code ontology/concepts.ttl}).
 *
 * @param notation   its {@code skos:notation}: {@code DMM}, {@code FAC}, {@code OTHER}, …
 * @param concept    its concept
 * @param convenedBy the organisation whose meetings are of this type, or null
 * @param catchAll   whether this is the scheme's type for any other meeting, whose meetings are told apart by name
 */
record MeetingType(String notation, IRI concept, IRI convenedBy, boolean catchAll) {
    /** The type's part of a meeting IRI: {@code dmm} in {@code meeting/dmm-2023-02-15}. */
    String slug() {
        return notation.toLowerCase(Locale.ROOT);
    }
}
