package org.w3id.dmmkg.loader.internal.vocabulary;

import java.util.List;
import org.eclipse.rdf4j.model.IRI;

/**
 * One meeting type of the concept scheme with the words letters use for it (see the notes in
 * {@code ontology/concepts.ttl}).
 *
 * @param concept          the type's concept
 * @param notation         its {@code skos:notation} ({@code DMM}, {@code FAC}, …)
 * @param names            names that name a meeting of the type anywhere (alt and hidden labels)
 * @param eventNouns       common nouns that name one after a determiner or before a place ({@code top})
 * @param participants     its participants, naming one as {@code bijeenkomst van de …} ({@code ministers van Defensie})
 * @param compositionNames a council meeting in several compositions, this type when its participants are named
 * @param convenedBy       the organisation whose meetings are of this type, or null
 */
public record MeetingTypeNames(IRI concept, String notation, List<String> names, List<String> eventNouns,
        List<String> participants, List<String> compositionNames, IRI convenedBy) {
    public MeetingTypeNames {
        names = List.copyOf(names);
        eventNouns = List.copyOf(eventNouns);
        participants = List.copyOf(participants);
        compositionNames = List.copyOf(compositionNames);
    }
}
