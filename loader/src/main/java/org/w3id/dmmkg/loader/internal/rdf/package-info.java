/** Part of the loader's machinery (see {@link org.w3id.dmmkg.loader.internal}): <strong>not API</strong>. */
package org.w3id.dmmkg.loader.internal.rdf;
