package org.w3id.dmmkg.harvest.reconcile;

/**
 * A Wikidata item proposed for an entity, with how well it matched.
 *
 * @param entity    the entity
 * @param item      the Wikidata item's IRI
 * @param itemLabel its English (or Dutch) label, for the curator
 * @param matched   the name both share
 * @param score     0 to 1: 1 for the entity's preferred name as the item's label, less for an alias, half when
 *                  the item is of none of the classes the entity's class expects
 * @param typed     whether the item is an instance of one of those classes
 */
public record Candidate(Entity entity, String item, String itemLabel, String matched, double score, boolean typed) {
}
