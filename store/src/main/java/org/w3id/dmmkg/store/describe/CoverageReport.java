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

    /**
     * Letters with their summaries, which {@link LetterSummary} counted when each letter was
     * stored: one row per letter, nothing multiplies. The sub-select chooses the letters (by
     * file, a window of them when the report is paged: {@code %s} is the LIMIT and OFFSET);
     * only those are looked up for the rest.
     */
    static final String LETTERS = Prefixes.SPARQL + "PREFIX void: <" + DatasetDescription.VOID + ">\n" + """
            SELECT ?l ?file ?sha ?at ?date ?type ?meetings ?missions ?initiatives ?kamerstukken ?ministers ?commitments
            WHERE {
              { SELECT ?g ?l ?file WHERE { GRAPH ?g { ?g prov:wasDerivedFrom ?l . ?l dmm:sourceFile ?file } }
                ORDER BY ?file %s }
              GRAPH ?g { ?g prov:generatedAtTime ?at . ?l dmm:sha256 ?sha .
                         OPTIONAL { ?l dcterms:date ?date }
                         OPTIONAL { ?l dmm:letterType ?lt } }
              OPTIONAL { ?lt skos:notation ?type }
              OPTIONAL { GRAPH ?r1 { ?g void:classPartition [ void:class dmm:Meeting ; void:entities ?meetings ] } }
              OPTIONAL { GRAPH ?r2 { ?g void:classPartition [ void:class dmm:Mission ; void:entities ?missions ] } }
              OPTIONAL { GRAPH ?r3 { ?g void:classPartition [ void:class dmm:Initiative ; void:entities ?initiatives ] } }
              OPTIONAL { GRAPH ?r4 { ?g void:classPartition [ void:class dmm:Minister ; void:entities ?ministers ] } }
              OPTIONAL { GRAPH ?r5 { ?g void:classPartition [ void:class dmm:Commitment ; void:entities ?commitments ] } }
              OPTIONAL { GRAPH ?r6 { ?g void:propertyPartition [ void:property dmm:cites ; void:distinctObjects ?kamerstukken ] } }
            }
            ORDER BY ?file
            """;
    static final String COUNT = Prefixes.SPARQL
            + "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g prov:wasDerivedFrom ?l . ?l dmm:sourceFile ?file } }";
    static final String FAILURES = Prefixes.SPARQL + """
            SELECT ?file ?reason ?at WHERE { ?f a dmm:LoadFailure ; dmm:sourceFile ?file ; dmm:reason ?reason ;
              prov:atTime ?at } ORDER BY ?file
            """;

    private CoverageReport() {
    }

    /** Every letter, by file. */
    public static List<Letter> letters(DatasetGraph dsg) {
        return letters(dsg, 0, 0, Long.MAX_VALUE);
    }

    /**
     * {@code limit} letters by file from the {@code offset}th.
     *
     * @param timeoutMillis the query is cut off after this long ({@code QueryCancelledException}); 0 for never
     */
    public static List<Letter> letters(DatasetGraph dsg, long timeoutMillis, long offset, long limit) {
        List<Letter> out = new ArrayList<>();
        String window = (limit == Long.MAX_VALUE ? "" : "LIMIT " + limit) + (offset > 0 ? " OFFSET " + offset : "");
        var builder = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(LETTERS.formatted(window));
        if (timeoutMillis > 0) {
            builder.timeout(timeoutMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        try (QueryExecution qe = builder.build()) {
            qe.execSelect().forEachRemaining((QuerySolution s) -> out.add(new Letter(s.getResource("l").getURI(),
                    str(s, "file"), str(s, "sha"), str(s, "at"), str(s, "date"), str(s, "type"), n(s, "meetings"),
                    n(s, "missions"), n(s, "initiatives"), n(s, "kamerstukken"), n(s, "ministers"),
                    n(s, "commitments"))));
        }
        return out;
    }

    /** How many letters the store holds. */
    public static long count(DatasetGraph dsg) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(COUNT).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
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

    /** A count, or -1 for a letter whose summary is missing (a store loaded before summaries were kept). */
    private static long n(QuerySolution s, String v) {
        return s.contains(v) ? s.getLiteral(v).getLong() : -1;
    }
}
