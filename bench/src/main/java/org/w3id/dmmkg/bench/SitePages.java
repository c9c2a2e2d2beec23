package org.w3id.dmmkg.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.dmmkg.loader.vocab.DMM;

/**
 * The site's heaviest pages under the same eight clients as the saved queries: the meeting most
 * letters report on, the minister who signed most letters, the mission most letters mention,
 * a letter in the reader, {@code /report} and the VoID description.
 */
final class SitePages {
    /** One page's figures. */
    record Row(String page, String path, QueryLatency.Figures eight, int status, int bytes) {
    }

    private static final String PREFIXES = "PREFIX dmm: <" + DMM.NS + "> PREFIX dcterms: <http://purl.org/dc/terms/> ";

    private final QueryLatency html = new QueryLatency("text/html");
    private final QueryLatency turtle = new QueryLatency("text/turtle");

    /** The pages to time, by what they are, each found in the store. */
    static Map<String, String> pick(DatasetGraph dsg) {
        Map<String, String> pages = new LinkedHashMap<>();
        put(pages, "meeting page", most(dsg, "?l dmm:reportsOn ?x"), dsg);
        put(pages, "minister page", most(dsg, "?l dcterms:creator ?x"), dsg);
        put(pages, "entity page (mission)", most(dsg, "?l dmm:mentions ?x . ?x a dmm:Mission"), dsg);
        put(pages, "letter reader", "SELECT ?x { ?x a dmm:Letter } ORDER BY ?x LIMIT 1", dsg);
        pages.put("coverage report", "/report");
        pages.put("VoID description", "/.well-known/void");
        return pages;
    }

    private static String most(DatasetGraph dsg, String pattern) {
        return "SELECT ?x (COUNT(DISTINCT ?l) AS ?n) { " + pattern + " } GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 1";
    }

    private static void put(Map<String, String> pages, String page, String select, DatasetGraph dsg) {
        String iri = Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(PREFIXES + select).build()) {
                var rs = qe.execSelect();
                return rs.hasNext() ? rs.next().getResource("x").getURI() : null;
            }
        });
        if (iri == null) {
            throw new IllegalStateException("the store holds no resource for the " + page);
        }
        pages.put(page, iri.substring(DMM.BASE.replaceFirst("/$", "").length()));
    }

    List<Row> run(String base, Map<String, String> pages, PrintWriter log) throws Exception {
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, String> p : pages.entrySet()) {
            QueryLatency client = p.getValue().equals("/.well-known/void") ? turtle : html;
            String url = base + p.getValue();
            QueryLatency.Answer first = client.get(url);
            Row row = new Row(p.getKey(), p.getValue(), client.measure(url, 8, 5), first.status(), first.body().length);
            rows.add(row);
            log.println("  " + line(row));
            log.flush();
        }
        return rows;
    }

    static void print(List<Row> rows, PrintWriter out) {
        out.println("site pages, 8 clients × 5 requests, ms:");
        rows.forEach(r -> out.println("  " + line(r)));
    }

    static String line(Row r) {
        return String.format(Locale.ROOT, "%-22s %-48s p50 %8.1f p95 %8.1f  timeouts %d errors %d  (first: %d, %,d bytes)",
                r.page(), r.path(), r.eight().p50(), r.eight().p95(), r.eight().timeouts(), r.eight().errors(), r.status(),
                r.bytes());
    }

    static Map<String, Object> json(Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", r.page());
        m.put("path", r.path());
        m.put("8 clients", QueryComparison.figures(r.eight()));
        m.put("status", r.status());
        m.put("bytes", r.bytes());
        return m;
    }
}
