package org.w3id.dmmkg.server.gallery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.jsoup.nodes.Element;
import org.w3id.dmmkg.server.fuseki.SparqlEditor;
import org.w3id.dmmkg.server.html.Page;
import org.w3id.dmmkg.server.html.Tags;
import org.w3id.dmmkg.server.linked.Labels;
import org.w3id.dmmkg.server.linked.Links;
import org.w3id.dmmkg.server.queries.CannedQuery;
import org.w3id.dmmkg.server.queries.QueryRunner;

/**
 * One saved query run with its parameters ({@code /queries/NAME?mission=kfor}): the form, the
 * results with their IRIs as labelled links (and a chart where they suit one), downloads in
 * every format, the permalink, and the bound query opened in the SPARQL editor.
 */
final class QueryPage {
    /** Rows shown on the page; the downloads have them all (up to the server's ceiling). */
    static final int MAX_ROWS = 500;

    private QueryPage() {
    }

    /**
     * @param values the parameters as given, without empty fields
     * @param bound  the query with its values bound
     * @param rows   its results
     */
    static Page render(CannedQuery q, Map<String, List<String>> values, Query bound, QueryRunner.Rows rows,
            Labels labels, Links links) {
        Page page = Page.titled(q.summary(), "Saved query " + q.name()).current("/queries")
                .script("/webjars/echarts/5.3.1/dist/echarts.common.min.js").script("/static/charts.js")
                .script("/static/gallery.js");
        Element card = GalleryPages.card(page.main(), q, values.isEmpty() ? q.defaults() : values, false);
        String parameters = queryString(values);
        Element links2 = card.appendElement("ul").addClass("inline actions");
        Tags.link(links2.appendElement("li"), "/queries/" + q.name() + parameters, "Permalink").attr("id", "permalink");
        for (String format : new String[] {"csv", "json", "tsv", "xml"}) {
            Tags.link(links2.appendElement("li"), "/api/queries/" + q.name() + "." + format + parameters,
                    "Download " + format.toUpperCase(java.util.Locale.ROOT)).addClass("download-" + format);
        }
        Tags.link(links2.appendElement("li"), SparqlEditor.link(bound.toString()), "Open in the SPARQL editor")
                .addClass("open-editor");
        Element results = card.appendElement("div").addClass("results").attr("id", "results");
        Tags.paragraph(results, rows.rows().size() + (rows.truncated() ? "+ results; the first " + MAX_ROWS
                + " are shown, the downloads have the rest" : rows.rows().size() == 1 ? " result" : " results"))
                .addClass("status");
        if (!rows.rows().isEmpty()) {
            new ResultTable(labels, links).writeTo(results, rows, q.summary());
        }
        return page;
    }

    /** {@code ?mission=kfor&mission=eufor-althea}, or empty: the parameters as a link keeps them. */
    static String queryString(Map<String, List<String>> values) {
        StringBuilder b = new StringBuilder();
        values.forEach((name, vs) -> vs.forEach(v -> b.append(b.length() == 0 ? '?' : '&')
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return b.toString();
    }
}
