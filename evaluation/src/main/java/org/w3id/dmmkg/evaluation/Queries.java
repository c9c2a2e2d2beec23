package org.w3id.dmmkg.evaluation;

/** What the evaluator asks the graph, in the terms of the graph contract. */
final class Queries {
    private static final String PREFIXES = """
            PREFIX dmm: <https://w3id.org/dmm-kg/def#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            """;

    static final String LETTERS = PREFIXES + """
            SELECT ?file ?date ?type ?author ?dossier ?nr WHERE {
              ?l a dmm:Letter ; dmm:sourceFile ?file .
              OPTIONAL { ?l dmm:publishedAs ?k . OPTIONAL { ?k dmm:dossierNumber ?dossier } OPTIONAL { ?k dmm:documentNumber ?nr } }
              OPTIONAL { ?l dcterms:date ?date }
              OPTIONAL { ?l dmm:letterType/skos:notation ?type }
              OPTIONAL { ?l dcterms:creator ?a . OPTIONAL { ?a foaf:name ?an } OPTIONAL { ?a rdfs:label ?al } }
              BIND(COALESCE(?an, ?al) AS ?author)
            }""";

    static final String PRIMARY = PREFIXES + """
            SELECT ?file ?m ?type ?start ?end ?place WHERE {
              ?l a dmm:Letter ; dmm:sourceFile ?file ; dmm:reportsOn ?m .
              OPTIONAL { ?m dmm:meetingType/skos:notation ?type }
              OPTIONAL { ?m dmm:startDate ?start } OPTIONAL { ?m dmm:endDate ?end }
              OPTIONAL { ?m dmm:location/rdfs:label ?place }
            }""";

    static final String MEETINGS = PREFIXES + """
            SELECT ?file ?e ?type ?start ?end ?place ?seq WHERE {
              ?l a dmm:Letter ; dmm:sourceFile ?file .
              { ?l dmm:mentions ?e } UNION { ?l dmm:reportsOn ?e }
              ?e a dmm:Meeting .
              OPTIONAL { ?e dmm:meetingType/skos:notation ?type }
              OPTIONAL { ?e dmm:startDate ?start } OPTIONAL { ?e dmm:endDate ?end }
              OPTIONAL { ?e dmm:location/rdfs:label ?place }
              OPTIONAL { ?e dmm:sequenceNumber ?seq }
            }""";

    static final String KAMERSTUKKEN = PREFIXES + """
            SELECT ?file ?e ?dossier ?nr ?date WHERE {
              ?l a dmm:Letter ; dmm:sourceFile ?file ; dmm:mentions ?e .
              ?e a dmm:Kamerstuk .
              OPTIONAL { ?e dmm:dossierNumber ?dossier } OPTIONAL { ?e dmm:documentNumber ?nr }
              OPTIONAL { ?e dcterms:date ?date }
            }""";

    static final String ENTITIES = PREFIXES + """
            SELECT ?file ?e ?class ?label WHERE {
              VALUES ?class { dmm:Mission dmm:Initiative }
              ?l a dmm:Letter ; dmm:sourceFile ?file ; dmm:mentions ?e .
              ?e a ?class .
              OPTIONAL { ?e rdfs:label|skos:prefLabel|skos:altLabel ?label }
            }""";

    static final String MINISTERS = PREFIXES + """
            SELECT ?file ?e ?cc ?name WHERE {
              ?l a dmm:Letter ; dmm:sourceFile ?file .
              { ?l dmm:mentions ?e } UNION { ?l dcterms:creator ?e }
              ?e a dmm:Minister .
              OPTIONAL { ?e dmm:country/skos:notation ?cc }
              OPTIONAL { ?e foaf:name|rdfs:label ?name }
            }""";

    static final String COMMITMENTS = PREFIXES + """
            SELECT ?file ?e ?quote ?concern WHERE {
              ?e a dmm:Commitment ; dmm:statedIn ?l .
              ?l dmm:sourceFile ?file .
              OPTIONAL { ?e dmm:quote ?quote }
              OPTIONAL { ?e dmm:concerns ?x . ?x rdfs:label|skos:prefLabel|skos:altLabel ?concern }
            }""";

    private Queries() {
    }
}
