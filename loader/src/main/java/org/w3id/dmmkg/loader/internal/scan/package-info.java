/**
 * Fast text scanning shared by the normaliser, the gazetteer and the extractors: a trie of
 * words in primitive arrays. Part of the loader's machinery (see
 * {@link org.w3id.dmmkg.loader.internal}): <strong>not API</strong>.
 */
package org.w3id.dmmkg.loader.internal.scan;
