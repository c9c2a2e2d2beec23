package org.w3id.dmmkg.store.describe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.dmmkg.loader.vocab.Prefixes;

/**
 * Where a letter's official record and what extraction found in its text disagree: its date,
 * its own Kamerstuk, who signed it. Both are kept in the store, each in its own graph; this
 * lists the differences, which show where extraction can get better. Call inside a read
 * transaction.
 */
public final class Disagreements {
    /** What the report shows for a value extraction did not find. */
    public static final String NONE = "—";

    /** One letter published under {@code key}, with its official title. */
    public record Record(String key, String file, String title, String tkDocumentNumber, String officialDate) {
    }

    /** One difference: on which letter, about what, and the two values. */
    public record Disagreement(String key, String file, String field, String extracted, String official) {
    }

    static final String QUERY = Prefixes.SPARQL + """
            SELECT ?key ?file ?title ?tk ?odate
              (SAMPLE(?d) AS ?date)
              (GROUP_CONCAT(DISTINCT ?ek; separator=" ") AS ?extractedPapers)
              (GROUP_CONCAT(DISTINCT ?ok; separator=" ") AS ?officialPapers)
              (GROUP_CONCAT(DISTINCT ?en; separator="|") AS ?extractedSigners)
              (GROUP_CONCAT(DISTINCT ?on; separator="|") AS ?officialSigners)
            WHERE {
              GRAPH ?rg { ?rg a dmm:OfficialRecord ; dcterms:identifier ?key ; foaf:primaryTopic ?l .
                          OPTIONAL { ?l dcterms:title ?title } OPTIONAL { ?l dmm:tkDocumentNumber ?tk }
                          OPTIONAL { ?l dmm:officialDate ?odate } OPTIONAL { ?l dmm:publishedAs ?ok }
                          OPTIONAL { ?l dmm:officialSigner ?on } }
              GRAPH ?lg { ?lg prov:wasDerivedFrom ?l . ?l dmm:sourceFile ?file .
                          OPTIONAL { ?l dcterms:date ?d } OPTIONAL { ?l dmm:publishedAs ?ek } }
              OPTIONAL { GRAPH ?lg { ?l dcterms:creator ?m } GRAPH ?ng { ?m foaf:name ?en } }
            }
            GROUP BY ?key ?file ?title ?tk ?odate ORDER BY ?key
            """;

    private Disagreements() {
    }

    /** Every letter that has an official record, with the record's title. */
    public static List<Record> records(DatasetGraph dsg) {
        List<Record> out = new ArrayList<>();
        run(dsg, s -> out.add(new Record(str(s, "key"), str(s, "file"), str(s, "title"), str(s, "tk"), str(s, "odate"))));
        return out;
    }

    /** Every disagreement between a letter's official record and its extraction. */
    public static List<Disagreement> list(DatasetGraph dsg) {
        List<Disagreement> out = new ArrayList<>();
        run(dsg, s -> {
            String key = str(s, "key");
            String file = str(s, "file");
            String date = str(s, "date");
            String official = str(s, "odate");
            if (!official.isEmpty() && !official.equals(date)) {
                out.add(new Disagreement(key, file, "date", orNone(date), official));
            }
            Set<String> extractedPapers = words(str(s, "extractedPapers"), " ");
            Set<String> officialPapers = words(str(s, "officialPapers"), " ");
            if (!officialPapers.isEmpty() && !extractedPapers.containsAll(officialPapers)) {
                out.add(new Disagreement(key, file, "kamerstuk", orNone(papers(extractedPapers)), papers(officialPapers)));
            }
            String extractedSigners = str(s, "extractedSigners");
            String officialSigners = str(s, "officialSigners");
            if (!officialSigners.isEmpty() && !surnames(officialSigners).equals(surnames(extractedSigners))) {
                out.add(new Disagreement(key, file, "signer", orNone(extractedSigners.replace("|", ", ")),
                        officialSigners.replace("|", ", ")));
            }
        });
        return out;
    }

    private static void run(DatasetGraph dsg, java.util.function.Consumer<QuerySolution> row) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(QUERY).build()) {
            qe.execSelect().forEachRemaining(row);
        }
    }

    /** {@code https://w3id.org/dmm-kg/id/kamerstuk/28676-467} → {@code 28676-467}. */
    private static String papers(Set<String> iris) {
        return iris.stream().map(i -> i.substring(i.lastIndexOf('/') + 1)).collect(Collectors.joining(", "));
    }

    /** The last word of each name, lower case: "K.H. Ollongren" and "Ollongren" sign alike. */
    private static Set<String> surnames(String names) {
        Set<String> out = new TreeSet<>();
        for (String name : words(names, "\\|")) {
            String[] parts = name.strip().split("[\\s.]+");
            out.add(parts[parts.length - 1].toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static Set<String> words(String joined, String separator) {
        return joined.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(joined.split(separator)));
    }

    private static String orNone(String s) {
        return s.isEmpty() ? NONE : s;
    }

    private static String str(QuerySolution s, String v) {
        return s.contains(v) ? s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.get(v).toString() : "";
    }
}
