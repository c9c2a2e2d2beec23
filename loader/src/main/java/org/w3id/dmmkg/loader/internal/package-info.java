/**
 * The loader's machinery: reading and normalising letters, the extractors, the vocabulary,
 * writing RDF. <strong>Not API</strong>: these packages change without notice, and no public
 * type of {@code org.w3id.dmmkg.loader} exposes them. Use {@link org.w3id.dmmkg.loader.LetterLoader}.
 */
package org.w3id.dmmkg.loader.internal;
