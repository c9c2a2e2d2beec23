package org.w3id.dmmkg.loader.internal.vocabulary;

import java.util.List;
import org.eclipse.rdf4j.model.IRI;

/**
 * One entry of the reference vocabulary.
 *
 * @param id        its IRI
 * @param type      its class ({@code dmm:Mission}, {@code dmm:Country}, …)
 * @param label     its preferred Dutch label (English if it has none)
 * @param names     every label and alias letters may use, as written in the vocabulary
 * @param notation  its {@code skos:notation} (a country's ISO code), or null
 * @param adjectives for a country, the Dutch adjective forms ({@code Oekraïense})
 */
public record Entry(IRI id, IRI type, String label, List<String> names, String notation, List<String> adjectives) {
    public Entry {
        names = List.copyOf(names);
        adjectives = List.copyOf(adjectives);
    }
}
