package org.w3id.dmmkg.server.fuseki;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.w3id.dmmkg.loader.vocab.Prefixes;

/** Links into the SPARQL editor (the Fuseki UI at {@code /fuseki/}), with a query filled in. */
public final class SparqlEditor {
    /** The editor's page for the dataset. */
    public static final String PATH = "/fuseki/#/dataset/dmm/query";

    private SparqlEditor() {
    }

    /** The editor with {@code query} in it; the project's prefixes are added when the query declares none. */
    public static String link(String query) {
        String text = query.stripLeading().regionMatches(true, 0, "PREFIX", 0, 6) ? query : Prefixes.SPARQL + "\n" + query;
        return PATH + "?query=" + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
