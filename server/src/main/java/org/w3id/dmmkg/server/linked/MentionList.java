package org.w3id.dmmkg.server.linked;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.jsoup.nodes.Element;
import org.w3id.dmmkg.server.html.Tags;

/**
 * The sentences behind an entity: every place a letter mentions it, as the sentence it stands
 * in with its words marked (keyword in context), grouped by letter in date order, each linked
 * to its place in the letter reader. Paged, so that a much-mentioned entity stays bounded.
 */
final class MentionList {
    static final int PAGE_SIZE = 60;
    /**
     * The page's mentions are chosen by where they stand before their words are read: by the
     * letter's position in the order of all letters (graph/summary; dated letters first, as a
     * letter's position up to the number of undated letters is an undated one), then by the
     * start of the words (only a position selector has one). Reading every mention's sentence,
     * or every letter's date, to keep sixty of them made the page of a much-mentioned entity slow.
     */
    private static final String MENTIONS = """
            SELECT ?letter ?date ?start ?prefix ?exact ?suffix WHERE {
              { SELECT ?t ?letter ?undatedFirst ?position ?start WHERE {
                  GRAPH <%1$s> { <%2$s> dmm:letterCount ?undated }
                  ?a oa:hasBody ?entity ; oa:hasTarget ?t .
                  ?t oa:hasSource ?letter ; oa:hasSelector/oa:start ?start .
                  GRAPH <%1$s> { ?letter dmm:readingOrder ?position }
                  BIND(?position <= ?undated AS ?undatedFirst)
                } ORDER BY ?undatedFirst ?position ?start LIMIT %3$d OFFSET ?offset }
              OPTIONAL { ?letter dcterms:date ?date }
              ?t oa:hasSelector ?q .
              ?q oa:exact ?exact ; oa:prefix ?prefix ; oa:suffix ?suffix .
            } ORDER BY ?undatedFirst ?position ?start""";
    /** Mentions are counted; the letters that refer to the entity were counted at the last load. */
    private static final String COUNT = """
            SELECT ?n ?letters WHERE {
              { SELECT (COUNT(?a) AS ?n) WHERE { ?a oa:hasBody ?entity } }
              OPTIONAL { GRAPH <%s> { ?entity dmm:letterCount ?letters } }
            }""";

    private final Sparql sparql;
    private final Labels labels;
    private final Links links;

    MentionList(Sparql sparql, Labels labels, Links links) {
        this.sparql = sparql;
        this.labels = labels;
        this.links = links;
    }

    /** Writes page {@code page} (from 1) of the mentions of {@code entity}; nothing when there are none. */
    void writeTo(Element main, Node entity, String path, int page) {
        QuerySolution count = sparql.select(COUNT.formatted(Terms.SUMMARY_GRAPH), Map.of("entity", entity)).get(0);
        long total = count.getLiteral("n").getLong();
        if (total == 0) {
            return;
        }
        Element section = Tags.section(main, "mentions", "In the letters");
        long pages = (total + PAGE_SIZE - 1) / PAGE_SIZE;
        int number = (int) Math.min(Math.max(1, page), pages);
        long letters = count.contains("letters") ? count.getLiteral("letters").getLong() : 0;
        Tags.paragraph(section, total + (total == 1 ? " mention" : " mentions") + ", each in its sentence; " + letters
                + (letters == 1 ? " letter refers" : " letters refer") + " to it. The link opens the letter at the words.");
        String query = MENTIONS.formatted(Terms.SUMMARY_GRAPH, Terms.UNDATED, PAGE_SIZE).replace("?offset", Long.toString((number - 1L) * PAGE_SIZE));
        Map<Node, Element> byLetter = new LinkedHashMap<>();
        for (QuerySolution s : sparql.select(query, Map.of("entity", entity))) {
            Node letter = s.get("letter").asNode();
            Element list = byLetter.computeIfAbsent(letter, l -> letterGroup(section, l));
            sentence(list.appendElement("li"), s, letter);
        }
        pager(section, path, number, pages);
    }

    private Element letterGroup(Element section, Node letter) {
        Element group = section.appendElement("div").addClass("letter-group");
        Tags.link(group.appendElement("h3"), links.local(letter.getURI()), labels.of(letter));
        return group.appendElement("ul").addClass("kwic");
    }

    private void sentence(Element li, QuerySolution s, Node letter) {
        Element q = li.appendElement("q").attr("lang", "nl");
        q.appendText(leftContext(s.getLiteral("prefix").getString()));
        q.appendElement("mark").text(flat(s.getLiteral("exact").getString()));
        q.appendText(rightContext(s.getLiteral("suffix").getString()));
        li.appendText(" ");
        Tags.link(li, links.local(letter.getURI()) + "#char-" + s.getLiteral("start").getInt(), "in the letter")
                .addClass("note");
    }

    /** The text before the words, on one line. */
    static String leftContext(String prefix) {
        return flat(prefix).stripLeading();
    }

    /** The text after the words, on one line. */
    static String rightContext(String suffix) {
        return flat(suffix).stripTrailing();
    }

    /**
     * Line breaks and runs of spaces as one space; a word the file breaks at a line end with
     * a hyphen is joined, keeping the hyphen (the file does not say whether it is a real one).
     */
    static String flat(String s) {
        return s.replaceAll("(\\p{Ll})-[ \\t]*\\r?\\n[ \\t]*(\\p{Ll})", "$1-$2").replaceAll("\\s+", " ");
    }

    private static void pager(Element section, String path, int number, long pages) {
        if (pages <= 1) {
            return;
        }
        Element nav = section.appendElement("nav").addClass("pager").attr("aria-label", "Pages of mentions");
        if (number > 1) {
            Tags.link(nav, path + "?page=" + (number - 1) + "#mentions", "← earlier");
        }
        nav.appendElement("span").text(" page " + number + " of " + pages + " ");
        if (number < pages) {
            Tags.link(nav, path + "?page=" + (number + 1) + "#mentions", "later →");
        }
    }
}
