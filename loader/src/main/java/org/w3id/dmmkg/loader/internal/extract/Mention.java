package org.w3id.dmmkg.loader.internal.extract;

import org.eclipse.rdf4j.model.IRI;

/**
 * An entity found at a place in the normalised text.
 *
 * @param entity   what was found
 * @param type     its class ({@code dmm:Mission}, {@code dmm:Meeting}, …)
 * @param start    first character in the normalised text
 * @param end      one past the last character
 * @param sentence index of the sentence it counts in (a footnote's counts at its marker)
 */
public record Mention(IRI entity, IRI type, int start, int end, int sentence) {
}
