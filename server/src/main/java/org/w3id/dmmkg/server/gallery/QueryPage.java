package org.w3id.dmmkg.server.gallery;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.jsoup.nodes.Element;
import org.w3id.dmmkg.server.fuseki.SparqlEditor;
import org.w3id.dmmkg.server.html.Page;
import org.w3id.dmmkg.server.html.Tags;
import org.w3id.dmmkg.server.linked.Labels;
import org.w3id.dmmkg.server.linked.Links;
import org.w3id.dmmkg.server.queries.CannedQuery;
import org.w3id.dmmkg.server.queries.PageLinks;
import org.w3id.dmmkg.server.queries.PageRequest;
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
     * The rows a page shows.
     *
     * @param rows  the rows, and whether more follow
     * @param pages the page's neighbours when the query is paged and one page is shown
     */
    record Shown(QueryRunner.Rows rows, Optional<PageLinks> pages) {
    }

    /**
     * @param values the parameters as given, without empty fields and the page
     * @param bound  the query with its values bound
     * @param shown  its results
     */
    static Page render(CannedQuery q, Map<String, List<String>> values, Query bound, Shown shown, Labels labels,
            Links links) {
        Page page = Page.titled(q.summary(), "Saved query " + q.name()).current("/queries")
                .script("/webjars/echarts/5.3.1/dist/echarts.common.min.js").script("/static/charts.js")
                .script("/static/gallery.js");
        Element card = GalleryPages.card(page.main(), q, values.isEmpty() ? q.defaults() : values, false);
        actions(card, q, values, bound, shown.pages());
        Element results = card.appendElement("div").addClass("results").attr("id", "results");
        QueryRunner.Rows rows = shown.rows();
        Tags.paragraph(results, shown.pages().map(p -> pageStatus(p, q.pagination(), rows.rows().size()))
                .orElseGet(() -> status(rows))).addClass("status");
        if (!rows.rows().isEmpty()) {
            new ResultTable(labels, links).writeTo(results, rows, q.summary());
        }
        shown.pages().ifPresent(p -> pager(results, "/queries/" + q.name(), values, p));
        return page;
    }

    /** The permalink, the downloads (every row), the query in the SPARQL editor. */
    private static void actions(Element card, CannedQuery q, Map<String, List<String>> values, Query bound,
            Optional<PageLinks> pages) {
        Element list = card.appendElement("ul").addClass("inline actions");
        String permalink = pages.filter(p -> p.page() > 1).map(p -> PageLinks.queryString(values, p.page()))
                .orElseGet(() -> PageLinks.queryString(values));
        Tags.link(list.appendElement("li"), "/queries/" + q.name() + permalink, "Permalink").attr("id", "permalink");
        String all = q.paged() ? PageLinks.queryString(values) + (values.isEmpty() ? "?" : "&") + PageRequest.PARAMETER
                + "=all" : PageLinks.queryString(values);
        for (String format : new String[] {"csv", "json", "tsv", "xml"}) {
            Tags.link(list.appendElement("li"), "/api/queries/" + q.name() + "." + format + all,
                    "Download " + format.toUpperCase(java.util.Locale.ROOT)).addClass("download-" + format)
                    .attr("title", "every row, not only this page");
        }
        Tags.link(list.appendElement("li"), SparqlEditor.link(bound.toString()), "Open in the SPARQL editor")
                .addClass("open-editor");
    }

    private static String status(QueryRunner.Rows rows) {
        int n = rows.rows().size();
        return n + (rows.truncated() ? "+ results; the first " + MAX_ROWS + " are shown, the downloads have the rest"
                : n == 1 ? " result" : " results");
    }

    private static String pageStatus(PageLinks p, int size, int shown) {
        long first = (p.page() - 1) * size + 1;
        return "Page " + p.page() + ": results " + first + "–" + (first + shown - 1)
                + (p.hasNext() ? "; more on the next page" : p.page() > 1 ? "; the last page" : "") + ". The downloads have every row.";
    }

    /** Links to the first, previous and next page around the current one: real links, named for screen readers. */
    private static void pager(Element results, String path, Map<String, List<String>> values, PageLinks p) {
        Element list = results.appendElement("nav").addClass("pager").attr("aria-label", "Pages of results")
                .appendElement("ul").addClass("inline");
        Map<String, Long> neighbours = p.neighbours();
        if (p.page() > 2) {
            pageLink(list, path, values, "first", 1, "« First page", "First page");
        }
        if (neighbours.containsKey("prev")) {
            pageLink(list, path, values, "prev", p.page() - 1, "← Previous page", "Previous page");
        }
        list.appendElement("li").appendElement("span").attr("aria-current", "page").text("Page " + p.page());
        if (neighbours.containsKey("next")) {
            pageLink(list, path, values, "next", p.page() + 1, "Next page →", "Next page");
        }
    }

    private static void pageLink(Element list, String path, Map<String, List<String>> values, String rel, long page,
            String text, String name) {
        Tags.link(list.appendElement("li"), path + PageLinks.queryString(values, page), text).attr("rel", rel)
                .attr("aria-label", name + ", page " + page);
    }
}
