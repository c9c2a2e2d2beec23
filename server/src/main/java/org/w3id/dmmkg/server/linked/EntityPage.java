package org.w3id.dmmkg.server.linked;

import static org.w3id.dmmkg.server.linked.Html.esc;
import static org.w3id.dmmkg.server.linked.Html.link;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;

/**
 * The HTML page of one resource: labels and definition, its properties with the ontology's
 * labels, inverse links (the letters that mention it, commitments about it), every quote with
 * its letter, links out, and links to ready-made queries. A letter's page shows its text with
 * the extracted mentions marked.
 */
final class EntityPage {
    static final String DMM = org.w3id.dmmkg.loader.vocab.DMM.NS;
    private static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final String OA = "http://www.w3.org/ns/oa#";

    private final Graph union;
    private final Links links;

    EntityPage(Graph union, Links links) {
        this.union = union;
        this.links = links;
    }

    String render(String iri, Model description) {
        Node self = NodeFactory.createURI(iri);
        StringBuilder b = new StringBuilder();
        String definition = first(self, SKOS + "definition", RDFS + "comment");
        if (definition != null) {
            b.append("<section><p>").append(esc(definition)).append("</p></section>");
        }
        b.append(properties(self));
        b.append(inverse(self, DMM + "mentions", "Mentioned in these letters"));
        b.append(commitments(self));
        b.append(quotes(self));
        if (has(self, DMM + "text")) {
            b.append(letterText(self));
        }
        b.append(formats(iri));
        return Html.page(labelOf(self), iri, b.toString());
    }

    private String properties(Node self) {
        Map<String, List<String>> rows = new TreeMap<>();
        union.find(self, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (!t.getPredicate().getURI().equals(DMM + "text")) {
                rows.computeIfAbsent(propertyLabel(t.getPredicate()), k -> new ArrayList<>()).add(value(t.getObject()));
            }
        });
        StringBuilder b = new StringBuilder("<section><h2>Properties</h2><table>");
        rows.forEach((p, vs) -> b.append("<tr><th>").append(esc(p)).append("</th><td>")
                .append(String.join("<br>", vs.stream().distinct().sorted().toList())).append("</td></tr>"));
        return b.append("</table></section>").toString();
    }

    private String inverse(Node self, String property, String title) {
        List<String> items = new ArrayList<>();
        union.find(Node.ANY, NodeFactory.createURI(property), self).forEachRemaining(t -> {
            Node s = t.getSubject();
            String date = first(s, "http://purl.org/dc/terms/date");
            items.add("<li>" + value(s) + (date == null ? "" : " <span class=\"small\">" + esc(date) + "</span>") + "</li>");
        });
        if (items.isEmpty()) {
            return "";
        }
        return "<section><h2>" + esc(title) + "</h2><ul>" + String.join("", items.stream().distinct().sorted().toList())
                + "</ul></section>";
    }

    private String commitments(Node self) {
        List<String> items = new ArrayList<>();
        union.find(Node.ANY, NodeFactory.createURI(DMM + "concerns"), self).forEachRemaining(t -> {
            Node c = t.getSubject();
            Node letter = object(c, DMM + "statedIn");
            items.add("<blockquote>" + esc(first(c, DMM + "quote")) + "</blockquote><div class=\"small\">"
                    + (letter == null ? "" : value(letter)) + " · " + value(c) + "</div>");
        });
        return items.isEmpty() ? "" : "<section><h2>Commitments about this</h2>" + String.join("", items) + "</section>";
    }

    private String quotes(Node self) {
        List<String> items = new ArrayList<>();
        union.find(Node.ANY, NodeFactory.createURI(OA + "hasBody"), self).forEachRemaining(t -> {
            Node target = object(t.getSubject(), OA + "hasTarget");
            Node letter = target == null ? null : object(target, OA + "hasSource");
            if (letter == null) {
                return;
            }
            String exact = null;
            String start = null;
            for (Triple sel : union.find(target, NodeFactory.createURI(OA + "hasSelector"), Node.ANY).toList()) {
                exact = exact == null ? first(sel.getObject(), OA + "exact") : exact;
                start = start == null ? first(sel.getObject(), OA + "start") : start;
            }
            items.add("<li><q>" + esc(exact == null ? "" : exact.replaceAll("\\s+", " ")) + "</q> — "
                    + link(links.local(letter.getURI()) + "#char-" + start, labelOf(letter)) + "</li>");
        });
        if (items.isEmpty()) {
            return "";
        }
        return "<section><h2>Quotes</h2><ul>" + String.join("", items.stream().sorted().toList()) + "</ul></section>";
    }

    private String letterText(Node self) {
        String text = first(self, DMM + "text");
        List<String> mentions = new ArrayList<>();
        union.find(Node.ANY, NodeFactory.createURI(OA + "hasSource"), self).forEachRemaining(t -> union
                .find(t.getSubject(), NodeFactory.createURI(OA + "hasSelector"), Node.ANY).forEachRemaining(sel -> {
                    String exact = first(sel.getObject(), OA + "exact");
                    if (exact != null && exact.length() < 120) {
                        mentions.add(LetterMarkup.normalise(exact));
                    }
                }));
        return "<section><h2>Text, with what was extracted marked</h2><div class=\"letter-text\">"
                + LetterMarkup.mark(text, mentions) + "</div></section>";
    }

    private String formats(String iri) {
        String local = links.local(iri);
        String q = URLEncoder.encode("DESCRIBE <" + iri + ">", StandardCharsets.UTF_8);
        StringBuilder b = new StringBuilder("<section class=\"formats\"><h2>Data and queries</h2>");
        for (String f : new String[] {"ttl", "jsonld", "nt", "rdf"}) {
            b.append(link(local + "?format=" + f, f));
        }
        b.append(link("/dmm/sparql?query=" + q, "DESCRIBE query"));
        String kind = links.kind(iri);
        if ("mission".equals(kind)) {
            b.append(link("/api/queries/mission-quotes.csv?mission=" + URLEncoder.encode(iri, StandardCharsets.UTF_8),
                    "everything said about this mission (saved query)"));
        } else if ("kamerstuk".equals(kind)) {
            b.append(link("/api/queries/letters-citing-kamerstuk.csv?kamerstuk="
                    + URLEncoder.encode(iri, StandardCharsets.UTF_8), "letters that cite this paper (saved query)"));
        }
        return b.append("</section>").toString();
    }

    private String value(Node n) {
        if (n.isURI()) {
            String local = links.local(n.getURI());
            return link(local, local.equals(n.getURI()) ? n.getURI() : labelOf(n));
        }
        if (n.isLiteral()) {
            String lex = n.getLiteralLexicalForm();
            String lang = n.getLiteralLanguage();
            return esc(lex.length() > 400 ? lex.substring(0, 400) + "…" : lex)
                    + (lang.isEmpty() ? "" : " <span class=\"small\">@" + esc(lang) + "</span>");
        }
        return esc(n.toString());
    }

    String labelOf(Node n) {
        String label = first(n, SKOS + "prefLabel@en", RDFS + "label@en", SKOS + "prefLabel", RDFS + "label",
                "http://xmlns.com/foaf/0.1/name", DMM + "sourceFile");
        if (label != null) {
            return label;
        }
        String uri = n.getURI();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    private String propertyLabel(Node p) {
        String label = first(p, RDFS + "label@en");
        return label != null ? label : p.getLocalName();
    }

    private boolean has(Node s, String p) {
        return union.contains(s, NodeFactory.createURI(p), Node.ANY);
    }

    private Node object(Node s, String p) {
        var it = union.find(s, NodeFactory.createURI(p), Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** The first literal of the first property that has one; {@code p@en} asks for that language. */
    private String first(Node s, String... properties) {
        for (String p : properties) {
            String lang = p.contains("@") ? p.substring(p.indexOf('@') + 1) : null;
            String prop = lang == null ? p : p.substring(0, p.indexOf('@'));
            for (Triple t : union.find(s, NodeFactory.createURI(prop), Node.ANY).toList()) {
                Node o = t.getObject();
                if (o.isLiteral() && (lang == null || lang.equals(o.getLiteralLanguage()))) {
                    return o.getLiteralLexicalForm();
                }
            }
        }
        return null;
    }
}
