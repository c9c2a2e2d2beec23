package org.w3id.dmmkg.harvest.reconcile;

import java.util.List;

/**
 * An entity of the vocabulary to match: its IRI, its class, and the names it goes by.
 *
 * @param iri        its IRI
 * @param type       its class ({@code dmm:Mission}, …)
 * @param label      the name to show a curator
 * @param prefLabels its preferred names
 * @param altLabels  its aliases and acronyms
 */
public record Entity(String iri, String type, String label, List<String> prefLabels, List<String> altLabels) {
    public Entity {
        prefLabels = List.copyOf(prefLabels);
        altLabels = List.copyOf(altLabels);
    }
}
