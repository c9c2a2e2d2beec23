package org.w3id.dmmkg.server.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.jsoup.nodes.Element;
import org.w3id.dmmkg.server.html.Page;
import org.w3id.dmmkg.server.html.Tags;
import org.w3id.dmmkg.server.linked.Kinds;
import org.w3id.dmmkg.server.linked.Labels;
import org.w3id.dmmkg.server.linked.Links;
import org.w3id.dmmkg.server.linked.SearchTerms;
import org.w3id.dmmkg.server.linked.Sparql;
import org.w3id.dmmkg.server.linked.Terms;

/**
 * {@code /search?q=…}: full-text search (jena-text) over the letters' texts and the names of
 * everything in the graph. Things whose names match come first; then letters, best first, each
 * with the sentences the words occur in, the words marked, linked to their place in the reader.
 */
final class SearchPage {
    static final int LETTERS_PER_PAGE = 20;
    static final int MAX_PAGES = 25;
    private static final int SNIPPETS_PER_LETTER = 3;
    private static final int MAX_THINGS = 30;
    private static final String THINGS = """
            SELECT ?e (MAX(?s) AS ?score) WHERE {
              { (?e ?s) text:query (skos:prefLabel ?q %1$d) } UNION { (?e ?s) text:query (skos:altLabel ?q %1$d) }
              UNION { (?e ?s) text:query (rdfs:label ?q %1$d) }
            } GROUP BY ?e ORDER BY DESC(?score) LIMIT %1$d""".formatted(MAX_THINGS);
    private static final String LETTERS = """
            SELECT ?l ?score WHERE { (?l ?score) text:query (dmm:text ?q %d) } ORDER BY DESC(?score) ?l""";

    private final Sparql sparql;
    private final Labels labels;
    private final Links links;

    SearchPage(Sparql sparql, Links links) {
        this.sparql = sparql;
        this.labels = new Labels(sparql.dataset().getUnionGraph());
        this.links = links;
    }

    /** The search form, and the results of {@code q} when given. */
    Page render(String q, int page) {
        Page p = Page.titled(q == null || q.isBlank() ? "Search" : "Search: " + q, null).current("/search");
        form(p.main(), q);
        if (q == null || q.isBlank()) {
            Tags.paragraph(p.main(), "Words are found in the letters' texts and in the names of meetings, missions, "
                    + "initiatives, ministers and papers. Use quotes for a phrase (\"Defence Investment Pledge\"), * for "
                    + "a prefix (munitie*), AND, OR and NOT.");
            return p;
        }
        Map<String, Node> bind = Map.of("q", NodeFactory.createLiteralString(q));
        things(p.main(), bind);
        letters(p.main(), q, bind, Math.min(Math.max(1, page), MAX_PAGES));
        return p;
    }

    static void form(Element parent, String q) {
        Element form = parent.appendElement("form").addClass("search").attr("action", "/search").attr("method", "get")
                .attr("role", "search");
        form.appendElement("label").attr("for", "search-q").text("Search the letters ");
        form.appendElement("input").attr("type", "search").attr("id", "search-q").attr("name", "q")
                .attr("value", q == null ? "" : q).attr("placeholder", "Interflex, munitie, \"Defence Investment Pledge\"")
                .attr("maxlength", "200");
        form.appendElement("button").attr("type", "submit").text("Search");
    }

    private void things(Element main, Map<String, Node> bind) {
        Map<Node, String> found = new LinkedHashMap<>();
        for (QuerySolution s : sparql.select(THINGS, bind)) {
            Node e = s.get("e").asNode();
            String kind = Kinds.of(sparql.dataset().getUnionGraph(), e);
            if (kind != null && e.isURI()) {
                found.put(e, kind);
            }
        }
        if (found.isEmpty()) {
            return;
        }
        Element list = Tags.section(main, "things", "Names that match").appendElement("ul").addClass("things");
        found.forEach((e, kind) -> {
            Element li = list.appendElement("li");
            li.appendElement("span").addClass("swatch " + Kinds.css(kind)).attr("aria-hidden", "true");
            Tags.link(li, links.local(e.getURI()), labels.of(e));
            li.appendText(" ");
            Tags.note(li, labels.own(Kinds.classNode(kind)).text());
        });
    }

    private void letters(Element main, String q, Map<String, Node> bind, int page) {
        List<QuerySolution> rows = sparql.select(LETTERS.formatted(page * LETTERS_PER_PAGE + 1), bind);
        Element section = Tags.section(main, "letters", "Letters");
        if (rows.isEmpty()) {
            Tags.paragraph(section, "No letter contains these words.");
            return;
        }
        SearchTerms terms = SearchTerms.of(q);
        int from = (page - 1) * LETTERS_PER_PAGE;
        for (QuerySolution s : rows.subList(Math.min(from, rows.size()), Math.min(rows.size(), from + LETTERS_PER_PAGE))) {
            letter(section.appendElement("article").addClass("hit"), s.get("l").asNode(), q, terms);
        }
        Element nav = section.appendElement("nav").addClass("pager").attr("aria-label", "Pages of results");
        String base = "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&page=";
        if (page > 1) {
            Tags.link(nav, base + (page - 1), "← better matches");
        }
        if (rows.size() > page * LETTERS_PER_PAGE && page < MAX_PAGES) {
            Tags.link(nav, base + (page + 1), "more letters →");
        }
    }

    private void letter(Element article, Node letter, String q, SearchTerms terms) {
        String path = links.local(letter.getURI());
        String withQuery = path + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
        Tags.link(article.appendElement("h3"), path, labels.of(letter));
        String source = labels.string(letter, Terms.SOURCE_TEXT);
        String text = source != null ? source : labels.string(letter, Terms.TEXT);
        List<SearchTerms.Hit> hits = text == null ? List.of() : terms.find(text, 200);
        if (hits.isEmpty()) {
            Tags.paragraph(article, "The words match the letter as the index analyses it (another form of the "
                    + "word); open the letter to read it.").addClass("note");
            return;
        }
        Element list = article.appendElement("ul").addClass("kwic");
        for (SearchTerms.Hit hit : hits.subList(0, Math.min(SNIPPETS_PER_LETTER, hits.size()))) {
            Snippet snippet = Snippet.around(text, hit.charStart(), hit.charEnd());
            Element li = list.appendElement("li");
            Element quote = li.appendElement("q").attr("lang", "nl");
            quote.appendText(snippet.before());
            quote.appendElement("mark").text(snippet.hit());
            quote.appendText(snippet.after());
            li.appendText(" ");
            String anchor = source != null ? "#char-" + hit.start() : "";
            Tags.link(li, withQuery + anchor, "in the letter").addClass("note");
        }
        if (hits.size() > SNIPPETS_PER_LETTER) {
            Tags.link(article.appendElement("p"), withQuery, "all " + hits.size() + " places in this letter")
                    .addClass("note");
        }
    }
}
