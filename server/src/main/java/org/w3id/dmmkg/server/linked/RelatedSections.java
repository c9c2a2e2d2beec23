package org.w3id.dmmkg.server.linked;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.jsoup.nodes.Element;
import org.w3id.dmmkg.server.html.Tags;

/**
 * What an entity page shows besides the entity's own facts, by kind: for a meeting, the
 * meeting it is part of and its sub-meetings, the letters about it, the ministers named with
 * it, the commitments made for it, the missions and initiatives discussed, and the previous
 * and next meeting of its type; for a minister, the letters signed; for a paper, the letters
 * citing it; for every entity, the commitments about it.
 */
final class RelatedSections {
    private static final int LIMIT = 300;
    // GROUP BY rather than DISTINCT: ARQ runs DISTINCT under ORDER BY and LIMIT as a top-N that
    // compares each row with every row kept so far, which made this list alone take 0.25 s on
    // the page of a minister who signed 800 letters (32 ms grouped).
    private static final String LETTERS = """
            SELECT ?l ?d WHERE { ?l ?p ?x ; a dmm:Letter . OPTIONAL { ?l dcterms:date ?d } }
            GROUP BY ?l ?d ORDER BY (!BOUND(?d)) ?d ?l LIMIT %d""".formatted(LIMIT);
    private static final String INVERSE = """
            SELECT ?s WHERE { ?s ?p ?x } GROUP BY ?s ORDER BY ?s LIMIT %d""".formatted(LIMIT);
    // The commitments shown are chosen by their position (graph/summary: as their letters, by
    // date, then file) before their words, letters and places are read: reading them for all
    // of a much-discussed mission's commitments took seconds at 10,000 letters.
    private static final String COMMITMENTS = """
            SELECT ?c ?quote ?l ?d (MIN(?at) AS ?start) WHERE {
              { SELECT ?c ?position WHERE {
                  ?c dmm:concerns ?x .
                  OPTIONAL { GRAPH <%s> { ?c dmm:commitmentOrder ?position } }
                } ORDER BY ?position ?c LIMIT %d }
              ?c dmm:quote ?quote ; dmm:statedIn ?l .
              OPTIONAL { ?l dcterms:date ?d }
              OPTIONAL { ?a oa:hasBody ?c ; oa:hasTarget/oa:hasSelector/oa:start ?at }
            } GROUP BY ?c ?position ?quote ?l ?d ORDER BY ?position ?c""".formatted(Terms.SUMMARY_GRAPH, LIMIT);
    private static final String DISCUSSED = """
            SELECT ?e (COUNT(DISTINCT ?l) AS ?n) WHERE {
              VALUES ?c { dmm:Mission dmm:Initiative }
              ?l dmm:reportsOn ?x ; dmm:mentions ?e . ?e a ?c .
            } GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT %d""".formatted(LIMIT);
    private static final String NEIGHBOUR = """
            SELECT ?o WHERE {
              ?x dmm:meetingType ?t ; dmm:endDate ?d . ?o dmm:meetingType ?t ; dmm:endDate ?od .
              FILTER(?od %s ?d)
            } ORDER BY %s(?od) LIMIT 1""";

    private final Sparql sparql;
    private final Labels labels;
    private final Links links;

    RelatedSections(Sparql sparql, Labels labels, Links links) {
        this.sparql = sparql;
        this.labels = labels;
        this.links = links;
    }

    void writeTo(Element main, Node self, String kind) {
        if ("Meeting".equals(kind)) {
            meeting(main, self);
        } else if ("Minister".equals(kind)) {
            letters(main, self, Terms.CREATOR, "letters-signed", "Letters signed");
            resources(main, inverse(self, Terms.PARTICIPANT), "meetings", "Meetings named with this minister");
        } else if ("Kamerstuk".equals(kind) || "Motion".equals(kind)) {
            letters(main, self, Terms.PUBLISHED_AS, "published", "The letter published as this paper");
            letters(main, self, Terms.CITES, "cited-by", "Letters that cite it");
        } else if ("Commitment".equals(kind)) {
            commitment(main, self);
        }
        if (!"Commitment".equals(kind)) {
            commitments(main, self, "Meeting".equals(kind) ? "Commitments made for this meeting"
                    : "Commitments about this");
        }
    }

    private void meeting(Element main, Node m) {
        Node partOf = labels.object(m, Terms.PART_OF);
        if (partOf != null) {
            resources(main, List.of(partOf), "part-of", "Part of");
        }
        resources(main, inverse(m, Terms.PART_OF), "sub-meetings", "Meetings held as part of it");
        letters(main, m, Terms.REPORTS_ON, "letters-about", "Letters about this meeting");
        resources(main, objects(m, Terms.PARTICIPANT), "ministers", "Ministers named with it");
        Element discussed = null;
        for (QuerySolution s : sparql.select(DISCUSSED, Map.of("x", m))) {
            if (discussed == null) {
                discussed = Tags.section(main, "discussed", "Missions and initiatives discussed").appendElement("ul");
            }
            Element li = discussed.appendElement("li");
            Node e = s.get("e").asNode();
            Tags.link(li, links.local(e.getURI()), labels.of(e));
            long n = s.getLiteral("n").getLong();
            Tags.note(li, " in " + n + (n == 1 ? " letter" : " letters") + " about it");
        }
        Element around = Tags.section(main, "neighbours", "The meetings of its type before and after");
        Element list = around.appendElement("ul");
        neighbour(list, m, "<", "DESC", "Previous: ");
        neighbour(list, m, ">", "ASC", "Next: ");
        if (list.childrenSize() == 0) {
            Tags.paragraph(around, "None known (or this meeting's date is not known).");
        }
    }

    private void neighbour(Element list, Node m, String comparison, String direction, String caption) {
        for (QuerySolution s : sparql.select(NEIGHBOUR.formatted(comparison, direction), Map.of("x", m))) {
            Element li = list.appendElement("li").text(caption);
            Node o = s.get("o").asNode();
            Tags.link(li, links.local(o.getURI()), labels.of(o));
        }
    }

    private void commitment(Element main, Node c) {
        Element section = Tags.section(main, "commitment", "The commitment");
        String quote = labels.string(c, Terms.QUOTE);
        section.appendElement("blockquote").attr("lang", "nl").text(quote == null ? "" : quote);
        Node letter = labels.object(c, Terms.STATED_IN);
        List<QuerySolution> at = sparql.select("SELECT (MIN(?s) AS ?start) WHERE { ?a oa:hasBody ?x ; "
                + "oa:hasTarget/oa:hasSelector/oa:start ?s }", Map.of("x", c));
        if (letter != null) {
            Element p = section.appendElement("p").text("Stated in ");
            String anchor = at.isEmpty() || !at.get(0).contains("start") ? ""
                    : "#char-" + at.get(0).getLiteral("start").getInt();
            Tags.link(p, links.local(letter.getURI()) + anchor, labels.of(letter));
        }
        resources(main, objects(c, Terms.CONCERNS), "concerns", "What it concerns");
    }

    private void commitments(Element main, Node x, String heading) {
        List<QuerySolution> rows = sparql.select(COMMITMENTS, Map.of("x", x));
        if (rows.isEmpty()) {
            return;
        }
        Element section = Tags.section(main, "commitments", heading);
        for (QuerySolution s : rows) {
            Element item = section.appendElement("div").addClass("commitment-item");
            item.appendElement("blockquote").attr("lang", "nl").text(s.getLiteral("quote").getString());
            Element source = item.appendElement("p").addClass("note");
            Node letter = s.get("l").asNode();
            String anchor = s.contains("start") ? "#char-" + s.getLiteral("start").getInt() : "";
            Tags.link(source, links.local(letter.getURI()) + anchor, labels.of(letter));
            source.appendText(" · ");
            Tags.link(source, links.local(s.get("c").asNode().getURI()), "the commitment");
        }
    }

    private void letters(Element main, Node x, Node property, String id, String heading) {
        List<QuerySolution> rows = sparql.select(LETTERS, Map.of("x", x, "p", property));
        if (!rows.isEmpty()) {
            resources(main, rows.stream().map(s -> s.get("l").asNode()).toList(), id, heading);
        }
    }

    private void resources(Element main, List<Node> nodes, String id, String heading) {
        if (nodes.isEmpty()) {
            return;
        }
        Element list = Tags.section(main, id, heading).appendElement("ul");
        for (Node n : nodes) {
            if (n.isURI()) {
                Tags.link(list.appendElement("li"), links.local(n.getURI()), labels.of(n));
            }
        }
    }

    private List<Node> inverse(Node x, Node property) {
        return sparql.select(INVERSE, Map.of("x", x, "p", property)).stream().map(s -> s.get("s").asNode()).toList();
    }

    private List<Node> objects(Node s, Node property) {
        return sparql.dataset().getUnionGraph().find(s, property, Node.ANY).mapWith(t -> t.getObject())
                .toList().stream().distinct().limit(LIMIT).toList();
    }
}
