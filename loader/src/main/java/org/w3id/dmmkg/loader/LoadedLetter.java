package org.w3id.dmmkg.loader;

import org.eclipse.rdf4j.model.IRI;

/**
 * What loading one letter produced.
 *
 * @param id         the letter's id, the last segment of its IRI ({@code 2023-02-21-d1c2b747})
 * @param letter     the letter's IRI
 * @param graph      the named graph holding its statements
 * @param sourceFile the file name it was read from
 * @param sha256     digest of the file's bytes
 * @param statements how many statements were written
 */
public record LoadedLetter(String id, IRI letter, IRI graph, String sourceFile, String sha256, long statements) {
}
