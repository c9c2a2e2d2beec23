package org.w3id.dmmkg.store.describe;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.dmmkg.loader.vocab.Prefixes;

/**
 * What the store holds, letter by letter: when each was loaded, from which file with which
 * checksum, and how much was extracted per class; and every file that failed, with why.
 * Call it inside a read transaction.
 */
public final class CoverageReport {
    /** One loaded letter. */
    public record Letter(String iri, String file, String sha256, String loadedAt, String date, String type,
            long meetings, long missions, long initiatives, long kamerstukken, long ministers, long commitments) {
    }

    /** One file that failed. */
    public record Failure(String file, String reason, String at) {
    }

    static final String LETTERS = Prefixes.SPARQL + """
            SELECT ?l ?file ?sha ?at ?date ?type
              (COUNT(DISTINCT ?meeting) AS ?meetings) (COUNT(DISTINCT ?mission) AS ?missions)
              (COUNT(DISTINCT ?initiative) AS ?initiatives) (COUNT(DISTINCT ?kst) AS ?kamerstukken)
              (COUNT(DISTINCT ?minister) AS ?ministers) (COUNT(DISTINCT ?c) AS ?commitments)
            WHERE {
              GRAPH ?g { ?g prov:wasDerivedFrom ?l ; prov:generatedAtTime ?at .
                         ?l dmm:sourceFile ?file ; dmm:sha256 ?sha .
                         OPTIONAL { ?l dcterms:date ?date }
                         OPTIONAL { ?l dmm:letterType ?lt }
                         OPTIONAL { ?l dmm:mentions ?meeting . ?meeting a dmm:Meeting }
                         OPTIONAL { ?l dmm:mentions ?mission . ?mission a dmm:Mission }
                         OPTIONAL { ?l dmm:mentions ?initiative . ?initiative a dmm:Initiative }
                         OPTIONAL { ?l dmm:cites ?kst }
                         OPTIONAL { ?l dmm:mentions ?minister . ?minister a dmm:Minister }
                         OPTIONAL { ?c dmm:statedIn ?l } }
              OPTIONAL { ?lt skos:notation ?type }
            }
            GROUP BY ?l ?file ?sha ?at ?date ?type ORDER BY ?file
            """;
    static final String FAILURES = Prefixes.SPARQL + """
            SELECT ?file ?reason ?at WHERE { ?f a dmm:LoadFailure ; dmm:sourceFile ?file ; dmm:reason ?reason ;
              prov:atTime ?at } ORDER BY ?file
            """;

    private CoverageReport() {
    }

    public static List<Letter> letters(DatasetGraph dsg) {
        List<Letter> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(LETTERS).build()) {
            qe.execSelect().forEachRemaining((QuerySolution s) -> out.add(new Letter(s.getResource("l").getURI(),
                    str(s, "file"), str(s, "sha"), str(s, "at"), str(s, "date"), str(s, "type"), n(s, "meetings"),
                    n(s, "missions"), n(s, "initiatives"), n(s, "kamerstukken"), n(s, "ministers"),
                    n(s, "commitments"))));
        }
        return out;
    }

    public static List<Failure> failures(DatasetGraph dsg) {
        List<Failure> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(FAILURES).build()) {
            qe.execSelect().forEachRemaining((QuerySolution s) -> out.add(new Failure(str(s, "file"), str(s, "reason"),
                    str(s, "at"))));
        }
        return out;
    }

    private static String str(QuerySolution s, String v) {
        return s.contains(v) ? s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.get(v).toString() : "";
    }

    private static long n(QuerySolution s, String v) {
        return s.getLiteral(v).getLong();
    }
}
