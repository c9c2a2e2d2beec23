package org.w3id.dmmkg.loader.vocab;

import java.util.LinkedHashMap;
import java.util.Map;

/** The prefixes dmm-kg writes and queries with, in one place. */
public final class Prefixes {
    /** Prefix to namespace, in a stable order. */
    public static final Map<String, String> MAP = map();

    /** The same prefixes as SPARQL {@code PREFIX} declarations, one per line. */
    public static final String SPARQL = sparql();

    private Prefixes() {
    }

    private static Map<String, String> map() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("dmm", DMM.NS);
        m.put("id", DMM.ID);
        m.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.put("owl", "http://www.w3.org/2002/07/owl#");
        m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.put("skos", "http://www.w3.org/2004/02/skos/core#");
        m.put("dcterms", "http://purl.org/dc/terms/");
        m.put("foaf", "http://xmlns.com/foaf/0.1/");
        m.put("prov", "http://www.w3.org/ns/prov#");
        m.put("oa", "http://www.w3.org/ns/oa#");
        m.put("schema", "http://schema.org/");
        return java.util.Collections.unmodifiableMap(m);
    }

    private static String sparql() {
        StringBuilder b = new StringBuilder();
        MAP.forEach((p, ns) -> b.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return b.toString();
    }
}
