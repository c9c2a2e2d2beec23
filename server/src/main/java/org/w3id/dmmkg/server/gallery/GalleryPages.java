package org.w3id.dmmkg.server.gallery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jsoup.nodes.Element;
import org.w3id.dmmkg.server.fuseki.SparqlEditor;
import org.w3id.dmmkg.server.html.Page;
import org.w3id.dmmkg.server.html.Tags;
import org.w3id.dmmkg.server.queries.CannedQuery;
import org.w3id.dmmkg.server.queries.Parameter;

/**
 * The pages of the saved-query gallery: the list of queries ({@code /queries}, filtered by
 * tag with {@code ?tag=}) and one query with its form ({@code /queries/NAME}); the results
 * are {@link QueryPage}'s. Forms are plain HTML: a page works without JavaScript, which only
 * adds a field for another value and draws charts.
 */
final class GalleryPages {
    private GalleryPages() {
    }

    static Page list(List<CannedQuery> queries, String tag) {
        Page page = Page.titled("Saved queries", "Questions researchers ask of the letters, ready to run")
                .current("/queries").script("/static/gallery.js");
        Element main = page.main();
        Element intro = main.appendElement("p");
        intro.appendText("Each query runs here, and its results download as CSV or JSON. Write your own in the ");
        Tags.link(intro, SparqlEditor.PATH, "SPARQL editor");
        intro.appendText("; the queries are also a web API, described in ");
        Tags.link(intro, "/api/openapi.json", "OpenAPI");
        intro.appendText(".");
        tags(main, queries, tag);
        for (CannedQuery q : queries) {
            if (tag == null || q.tags().contains(tag)) {
                card(main, q, q.defaults(), true);
            }
        }
        return page;
    }

    private static void tags(Element main, List<CannedQuery> queries, String current) {
        Element nav = main.appendElement("nav").addClass("tags").attr("aria-label", "Filter by tag");
        nav.appendText("Tags: ");
        Tags.link(nav, "/queries", "all").addClass(current == null ? "tag current" : "tag");
        TreeSet<String> all = new TreeSet<>();
        queries.forEach(q -> all.addAll(q.tags()));
        for (String t : all) {
            Element a = Tags.link(nav, "/queries?tag=" + URLEncoder.encode(t, StandardCharsets.UTF_8), t).addClass("tag");
            if (t.equals(current)) {
                a.addClass("current").attr("aria-current", "true");
            }
        }
    }

    /** A query's card: summary, name, description, tags, the form with {@code values} filled in, its SPARQL. */
    static Element card(Element main, CannedQuery q, Map<String, List<String>> values, boolean linkTitle) {
        Element card = main.appendElement("section").addClass("query").attr("id", "query-" + q.name());
        Element h2 = card.appendElement("h2");
        if (linkTitle) {
            Tags.link(h2, "/queries/" + q.name(), q.summary());
        } else {
            h2.text(q.summary());
        }
        card.appendElement("div").addClass("name").text(q.name());
        Tags.paragraph(card, q.description());
        Element tags = card.appendElement("div");
        for (String t : q.tags()) {
            Tags.link(tags, "/queries?tag=" + URLEncoder.encode(t, StandardCharsets.UTF_8), t).addClass("tag");
        }
        form(card, q, values);
        Element details = card.appendElement("details");
        details.appendElement("summary").text("SPARQL");
        details.appendElement("pre").appendElement("code").text(q.text());
        return card;
    }

    private static void form(Element card, CannedQuery q, Map<String, List<String>> values) {
        Element form = card.appendElement("form").addClass("run").attr("method", "get").attr("action",
                "/queries/" + q.name());
        for (Parameter p : q.parameters()) {
            Element fieldset = form.appendElement("fieldset").addClass("parameter").attr("data-name", p.name());
            fieldset.appendElement("legend").text(p.name() + " (" + p.type().name().toLowerCase(java.util.Locale.ROOT)
                    + (q.needs(p) ? "" : q.defaults().containsKey(p.name()) ? ", has a default" : ", optional") + ")");
            List<String> given = new ArrayList<>(values.getOrDefault(p.name(), List.of()));
            given.add("");
            for (int i = 0; i < given.size(); i++) {
                String id = "p-" + q.name() + "-" + p.name() + "-" + i;
                fieldset.appendElement("label").addClass("visually-hidden").attr("for", id)
                        .text(p.name() + (i == 0 ? "" : ", value " + (i + 1)));
                fieldset.appendElement("input").attr("id", id).attr("name", p.name()).attr("value", given.get(i))
                        .attr("type", "text").attr("placeholder", i == given.size() - 1 && i > 0 ? "another value" : "");
            }
            Tags.note(fieldset, "One value per field; fill in another field for several.");
        }
        form.appendElement("button").attr("type", "submit").text("Run");
    }
}
