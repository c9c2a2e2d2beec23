/**
 * The loader: letters of the Dutch Minister of Defence to RDF statements (RDF4J), against the
 * dmm-kg ontology. Start at {@link org.w3id.dmmkg.loader.LetterLoader}. Everything under
 * {@code internal} is machinery, not API.
 */
package org.w3id.dmmkg.loader;
