package org.w3id.dmmkg.server.linked;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.jsoup.nodes.Element;
import org.w3id.dmmkg.server.html.Label;
import org.w3id.dmmkg.server.html.Page;
import org.w3id.dmmkg.server.html.Tags;

/**
 * The page of one resource: its names in English and Dutch, definition and properties; what
 * its kind calls for (a meeting's sub-meetings, ministers, commitments and neighbours; the
 * letters a minister signed; the letters that cite a paper); every sentence a letter
 * mentions it in; the commitments about it; its links out and its data.
 */
final class EntityPage {
    /** Properties shown elsewhere on the page, or too long for a table. */
    private static final List<Node> NOT_IN_TABLE = List.of(Terms.TEXT, Terms.SOURCE_TEXT, Terms.LABEL,
            Terms.PREF_LABEL, Terms.ALT_LABEL, Terms.DEFINITION, Terms.COMMENT, Terms.TYPE);
    private static final int MAX_VALUES = 200;

    private final Sparql sparql;
    private final Graph graph;
    private final Labels labels;
    private final Links links;

    EntityPage(Sparql sparql, Links links) {
        this.sparql = sparql;
        this.graph = sparql.dataset().getUnionGraph();
        this.labels = new Labels(graph);
        this.links = links;
    }

    Page render(Node self, String path, int page) {
        Label name = labels.title(self);
        String kind = Kinds.of(graph, self);
        Page p = Page.titled(name.text(), null).current(kind == null ? null : "/id/" + kind.toLowerCase(java.util.Locale.ROOT));
        Element header = p.header();
        if (name.dutchBeside() != null) {
            header.appendElement("p").addClass("nl").attr("lang", "nl").text(name.dutchBeside());
        }
        if (kind != null) {
            Element k = header.appendElement("p").addClass("kind");
            labels.own(Kinds.classNode(kind)).into(k);
        }
        header.appendElement("p").addClass("iri").text(self.getURI());
        Element main = p.main();
        about(main, self);
        new RelatedSections(sparql, labels, links).writeTo(main, self, kind);
        new MentionList(sparql, labels, links).writeTo(main, self, path, page);
        linksOut(main, self);
        formats(main, self.getURI(), links);
        return p;
    }

    private void about(Element main, Node self) {
        Element section = Tags.section(main, "about", "About");
        Label definition = new Label(labels.literal(self, "en", Terms.DEFINITION, Terms.COMMENT),
                labels.literal(self, "nl", Terms.DEFINITION, Terms.COMMENT));
        if (definition.en() != null || definition.nl() != null) {
            Element p = section.appendElement("p").addClass("definition");
            if (definition.en() != null) {
                p.appendText(definition.en());
            }
            if (definition.nl() != null) {
                p.appendText(" ");
                p.appendElement("span").addClass("nl").attr("lang", "nl").text(definition.nl());
            }
        }
        List<String> aliases = new ArrayList<>();
        graph.find(self, Terms.ALT_LABEL, Node.ANY).forEachRemaining(t -> aliases.add(t.getObject().getLiteralLexicalForm()));
        if (!aliases.isEmpty()) {
            section.appendElement("p").text("Also called: " + String.join(", ", aliases.stream().distinct().sorted().toList()));
        }
        properties(section, self);
    }

    private void properties(Element section, Node self) {
        Map<String, List<Node>> rows = new TreeMap<>();
        for (Triple t : graph.find(self, Node.ANY, Node.ANY).toList()) {
            if (!NOT_IN_TABLE.contains(t.getPredicate())) {
                rows.computeIfAbsent(Labels.capitalised(labels.of(t.getPredicate()).text()), k -> new ArrayList<>())
                        .add(t.getObject());
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        Element table = section.appendElement("table").addClass("properties");
        table.appendElement("caption").text("Properties");
        rows.forEach((property, values) -> {
            Element tr = table.appendElement("tr");
            tr.appendElement("th").attr("scope", "row").text(property);
            Element td = tr.appendElement("td");
            values.stream().distinct().limit(MAX_VALUES).forEach(v -> value(td.appendElement("div"), v));
            if (values.size() > MAX_VALUES) {
                Tags.note(td, (values.size() - MAX_VALUES) + " more; see the data below");
            }
        });
    }

    /** A value: a resource as a link with its name, a literal as text with its language. */
    void value(Element into, Node v) {
        if (v.isURI()) {
            Tags.link(into, links.local(v.getURI()), labels.of(v));
        } else if (v.isLiteral()) {
            String lex = v.getLiteralLexicalForm();
            into.appendText(lex.length() > 400 ? lex.substring(0, 400) + " …" : lex);
            if (!v.getLiteralLanguage().isEmpty()) {
                into.attr("lang", v.getLiteralLanguage());
                Tags.note(into, " @" + v.getLiteralLanguage());
            }
        } else {
            into.text("(a blank node)");
        }
    }

    private void linksOut(Element main, Node self) {
        List<Node> out = new ArrayList<>();
        for (Node p : List.of(Terms.SAME_AS, Terms.PAGE)) {
            graph.find(self, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        }
        out.removeIf(n -> !n.isURI());
        if (out.isEmpty()) {
            return;
        }
        Element list = Tags.section(main, "links-out", "Elsewhere").appendElement("ul");
        out.forEach(n -> Tags.link(list.appendElement("li"), n.getURI(), n.getURI()));
    }

    /** The resource's data in each format, its DESCRIBE query, and the saved queries about it. */
    static void formats(Element main, String iri, Links links) {
        Element section = Tags.section(main, "data", "Data and queries");
        Element list = section.appendElement("ul").addClass("inline");
        String local = links.local(iri);
        for (String[] f : new String[][] {{"ttl", "Turtle"}, {"jsonld", "JSON-LD"}, {"nt", "N-Triples"}, {"rdf", "RDF/XML"}}) {
            Tags.link(list.appendElement("li"), local + "?format=" + f[0], f[1]);
        }
        Tags.link(list.appendElement("li"), org.w3id.dmmkg.server.fuseki.SparqlEditor.link("DESCRIBE <" + iri + ">"), "DESCRIBE in the SPARQL editor");
        // The short name, as the gallery's form shows it (kfor, not the whole IRI).
        String encoded = URLEncoder.encode(local.substring(local.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
        String kind = links.kind(iri);
        if ("mission".equals(kind)) {
            Tags.link(list.appendElement("li"), "/queries/mission-quotes?mission=" + encoded,
                    "Everything said about this mission (saved query)");
        } else if ("kamerstuk".equals(kind)) {
            Tags.link(list.appendElement("li"), "/queries/letters-citing-kamerstuk?kamerstuk=" + encoded,
                    "Letters that cite this paper (saved query)");
        }
    }

}
