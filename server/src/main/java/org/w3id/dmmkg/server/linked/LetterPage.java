package org.w3id.dmmkg.server.linked;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.jsoup.nodes.Element;
import org.w3id.dmmkg.server.html.Label;
import org.w3id.dmmkg.server.html.Mark;
import org.w3id.dmmkg.server.html.MarkedText;
import org.w3id.dmmkg.server.html.Page;
import org.w3id.dmmkg.server.html.Tags;

/**
 * The letter reader: the letter's title from its type, meeting and date; where it was
 * published and where its file is; its text as loaded with every annotation marked (coloured
 * by what it marks, linked to it, with an {@code id="char-N"} anchor at its first character)
 * and its commitments highlighted as sentences; beside it, what the letter mentions, by class.
 */
final class LetterPage {
    /** Annotations drawn on one letter, at most; a letter has some hundreds. */
    static final int MAX_ANNOTATIONS = 20_000;
    /** Search hits marked in one letter, at most. */
    private static final int MAX_HITS = 500;
    private static final String ANNOTATIONS = """
            SELECT ?body ?start ?end WHERE {
              ?target oa:hasSource ?letter ; oa:hasSelector ?p .
              ?p oa:start ?start ; oa:end ?end .
              ?a oa:hasTarget ?target ; oa:hasBody ?body .
            } LIMIT %d""".formatted(MAX_ANNOTATIONS);

    /** One annotation of the letter: what it is about and where its words are. */
    record Annotation(Node body, int start, int end, String kind) {
    }

    private final Graph graph;
    private final Sparql sparql;
    private final Labels labels;
    private final Links links;

    LetterPage(Sparql sparql, Links links) {
        this.graph = sparql.dataset().getUnionGraph();
        this.sparql = sparql;
        this.labels = new Labels(graph);
        this.links = links;
    }

    Page render(Node letter, String query) {
        Label title = labels.title(letter);
        Page page = Page.titled(title.text(), null).current("/id/letter");
        if (title.dutchBeside() != null) {
            page.header().appendElement("p").addClass("nl").attr("lang", "nl").text(title.dutchBeside());
        }
        page.header().appendElement("p").addClass("iri").text(letter.getURI());
        List<Annotation> annotations = annotations(letter);
        new LetterFacts(graph, labels, links).writeTo(page.main(), letter);
        Element layout = page.main().appendElement("div").addClass("reader");
        text(layout.appendElement("article").addClass("letter"), letter, annotations, query);
        sidePanel(layout.appendElement("aside").attr("aria-label", "In this letter"), annotations);
        EntityPage.formats(page.main(), letter.getURI(), links);
        return page;
    }

    private List<Annotation> annotations(Node letter) {
        List<Annotation> out = new ArrayList<>();
        for (QuerySolution s : sparql.select(ANNOTATIONS, Map.of("letter", letter))) {
            Node body = s.get("body").asNode();
            out.add(new Annotation(body, s.getLiteral("start").getInt(), s.getLiteral("end").getInt(),
                    Kinds.of(graph, body)));
        }
        out.sort(java.util.Comparator.comparingInt(Annotation::start));
        return out;
    }

    private void text(Element article, Node letter, List<Annotation> annotations, String query) {
        article.appendElement("h2").text("Text");
        Element find = article.appendElement("form").addClass("find").attr("method", "get").attr("role", "search");
        find.appendElement("label").attr("for", "find-q").text("Find in this letter ");
        find.appendElement("input").attr("type", "search").attr("id", "find-q").attr("name", "q")
                .attr("value", query == null ? "" : query);
        find.appendElement("button").attr("type", "submit").text("Find");
        String source = labels.string(letter, Terms.SOURCE_TEXT);
        if (source == null) {
            Tags.paragraph(article, "This letter was loaded before the text of its file was kept, so its words "
                    + "cannot be marked; load it again to see them.").addClass("notice");
            article.appendElement("div").addClass("source").attr("lang", "nl")
                    .text(String.valueOf(labels.string(letter, Terms.TEXT)));
            return;
        }
        MarkedText text = new MarkedText(source);
        List<Mark> marks = new ArrayList<>();
        NavigableSet<Integer> anchors = new TreeSet<>();
        for (Annotation a : annotations) {
            anchors.add(a.start());
            marks.add(mark(a));
        }
        List<SearchTerms.Hit> hits = SearchTerms.of(query).find(source, MAX_HITS);
        for (SearchTerms.Hit hit : hits) {
            anchors.add(hit.start());
            marks.add(new Mark(hit.start(), hit.end(), Mark.Layer.HIT, null, null, "hit"));
        }
        if (query != null && !query.isBlank()) {
            Tags.paragraph(article, hits.isEmpty() ? "No words of \u201c" + query + "\u201d in this letter."
                    : hits.size() + " places where \u201c" + query + "\u201d occurs are marked.").addClass("notice");
        }
        legend(article);
        text.writeTo(article.appendElement("div").addClass("source").attr("lang", "nl"), marks, anchors);
    }

    private Mark mark(Annotation a) {
        Label label = labels.of(a.body());
        String kind = a.kind() == null ? "" : " (" + kindLabel(a.kind()).text() + ")";
        if ("Commitment".equals(a.kind())) {
            return new Mark(a.start(), a.end(), Mark.Layer.SENTENCE, null, "Commitment of the Netherlands",
                    "commitment");
        }
        return new Mark(a.start(), a.end(), Mark.Layer.MENTION, links.local(a.body().getURI()), label.text() + kind,
                "m " + Kinds.css(a.kind()));
    }

    private Label kindLabel(String kind) {
        return labels.own(Kinds.classNode(kind));
    }

    private void legend(Element parent) {
        Element legend = parent.appendElement("ul").addClass("legend").attr("aria-label", "Colours");
        for (String kind : Kinds.ORDER) {
            if (!kind.equals("Letter")) {
                Element item = legend.appendElement("li");
                item.appendElement("span").addClass("swatch " + ("Commitment".equals(kind) ? "commitment"
                        : Kinds.css(kind))).attr("aria-hidden", "true");
                kindLabel(kind).into(item.appendElement("span"));
            }
        }
    }

    private void sidePanel(Element aside, List<Annotation> annotations) {
        aside.appendElement("h2").text("In this letter");
        Map<String, Map<Node, List<Annotation>>> byKind = new LinkedHashMap<>();
        for (String kind : Kinds.ORDER) {
            byKind.put(kind, new LinkedHashMap<>());
        }
        for (Annotation a : annotations) {
            if (a.kind() != null) {
                byKind.get(a.kind()).computeIfAbsent(a.body(), k -> new ArrayList<>()).add(a);
            }
        }
        byKind.forEach((kind, entities) -> {
            if (!entities.isEmpty()) {
                group(aside, kind, entities);
            }
        });
    }

    private void group(Element aside, String kind, Map<Node, List<Annotation>> entities) {
        Element details = aside.appendElement("details").attr("open", !"Country".equals(kind)
                && !"Organisation".equals(kind));
        Element summary = details.appendElement("summary");
        summary.appendElement("span").addClass("swatch " + ("Commitment".equals(kind) ? "commitment"
                : Kinds.css(kind))).attr("aria-hidden", "true");
        summary.appendText(labels.own(Kinds.classNode(kind)).text() + " (" + entities.size() + ")");
        Element list = details.appendElement("ul");
        entities.forEach((entity, mentions) -> {
            Element li = list.appendElement("li");
            if ("Commitment".equals(kind)) {
                Tags.link(li, "#char-" + mentions.get(0).start(), shortQuote(entity));
                return;
            }
            Tags.link(li, links.local(entity.getURI()), labels.of(entity));
            li.appendText(" ");
            Tags.link(li, "#char-" + mentions.get(0).start(), mentions.size() == 1 ? "in the text"
                    : mentions.size() + "× in the text").addClass("note");
        });
    }

    private String shortQuote(Node commitment) {
        String quote = labels.string(commitment, Terms.QUOTE);
        if (quote == null) {
            return labels.of(commitment).text();
        }
        int cut = quote.lastIndexOf(' ', 110);
        return quote.length() <= 110 ? quote : quote.substring(0, cut > 40 ? cut : 110) + " …";
    }
}
