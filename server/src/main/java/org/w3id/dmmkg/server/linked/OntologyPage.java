package org.w3id.dmmkg.server.linked;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.jsoup.nodes.Element;
import org.w3id.dmmkg.loader.vocab.DMM;
import org.w3id.dmmkg.loader.vocab.Prefixes;
import org.w3id.dmmkg.server.html.Page;
import org.w3id.dmmkg.server.html.Tags;

/**
 * {@code /def}: the ontology for people, every class and property of the contract with its
 * English and Dutch labels and definitions, superclasses, domains and ranges; each term has an
 * anchor, so that {@code /def#Meeting} lands on it.
 */
final class OntologyPage {
    private static final String OWL = Prefixes.MAP.get("owl");
    private static final Node CLASS = NodeFactory.createURI(OWL + "Class");
    private static final Node OBJECT_PROPERTY = NodeFactory.createURI(OWL + "ObjectProperty");
    private static final Node DATATYPE_PROPERTY = NodeFactory.createURI(OWL + "DatatypeProperty");
    private static final String RDFS = Prefixes.MAP.get("rdfs");
    private static final Node SUBCLASS_OF = NodeFactory.createURI(RDFS + "subClassOf");
    private static final Node DOMAIN = NodeFactory.createURI(RDFS + "domain");
    private static final Node RANGE = NodeFactory.createURI(RDFS + "range");

    private final Graph ontology;
    private final Labels labels;
    private final Links links;

    OntologyPage(Graph ontology, Links links) {
        this.ontology = ontology;
        this.labels = new Labels(ontology);
        this.links = links;
    }

    Page render() {
        Node self = NodeFactory.createURI(DMM.BASE + "def");
        Page page = Page.titled("The dmm-kg ontology", null);
        page.header().appendElement("p").addClass("iri").text(self.getURI());
        Element main = page.main();
        Element intro = Tags.section(main, "about", "About");
        String comment = labels.literal(self, "en", Terms.COMMENT);
        Tags.paragraph(intro, comment == null ? "" : comment);
        String nl = labels.literal(self, "nl", Terms.COMMENT);
        if (nl != null) {
            intro.appendElement("p").addClass("nl").attr("lang", "nl").text(nl);
        }
        Element schemes = intro.appendElement("p").text("Concept schemes: ");
        Tags.link(schemes, "/id/meeting-type", "meeting types");
        schemes.appendText(", ");
        Tags.link(schemes, "/id/letter-type", "letter types");
        schemes.appendText(". As data: ");
        Tags.link(schemes, "/def?format=ttl", "Turtle");
        terms(Tags.section(main, "classes", "Classes"), List.of(CLASS), "Subclass of", SUBCLASS_OF, null);
        terms(Tags.section(main, "properties", "Properties"), List.of(OBJECT_PROPERTY, DATATYPE_PROPERTY), "Domain",
                DOMAIN, RANGE);
        return page;
    }

    private void terms(Element section, List<Node> types, String firstRelation, Node first, Node second) {
        List<Node> terms = new ArrayList<>();
        for (Node type : types) {
            ontology.find(Node.ANY, Terms.TYPE, type).forEachRemaining(t -> {
                if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(DMM.NS)) {
                    terms.add(t.getSubject());
                }
            });
        }
        terms.sort(Comparator.comparing(Node::getURI));
        Element table = section.appendElement("table").addClass("terms");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : second == null ? new String[] {"Term", "English", "Nederlands", firstRelation}
                : new String[] {"Term", "English", "Nederlands", firstRelation, "Range"}) {
            head.appendElement("th").attr("scope", "col").text(h);
        }
        Element body = table.appendElement("tbody");
        for (Node term : terms) {
            row(body.appendElement("tr"), term, first, second);
        }
    }

    private void row(Element tr, Node term, Node first, Node second) {
        String local = term.getURI().substring(DMM.NS.length());
        tr.attr("id", local);
        tr.appendElement("th").attr("scope", "row").appendElement("code").text("dmm:" + local);
        described(tr.appendElement("td"), labels.literal(term, "en", Terms.LABEL), labels.literal(term, "en", Terms.COMMENT));
        described(tr.appendElement("td").attr("lang", "nl"), labels.literal(term, "nl", Terms.LABEL),
                labels.literal(term, "nl", Terms.COMMENT));
        related(tr.appendElement("td"), term, first);
        if (second != null) {
            related(tr.appendElement("td"), term, second);
        }
    }

    private static void described(Element td, String label, String definition) {
        td.appendElement("strong").text(label == null ? "" : label);
        if (definition != null) {
            td.appendElement("div").addClass("note").text(definition);
        }
    }

    private void related(Element td, Node term, Node property) {
        ontology.find(term, property, Node.ANY).forEachRemaining(t -> {
            Node o = t.getObject();
            if (o.isURI()) {
                Element div = td.appendElement("div");
                Tags.link(div, links.local(o.getURI()), shortForm(o.getURI()));
            }
        });
    }

    /** {@code dmm:Meeting} for the IRI of a term in a namespace with a prefix, else the IRI. */
    static String shortForm(String iri) {
        for (var e : Prefixes.MAP.entrySet()) {
            if (iri.startsWith(e.getValue()) && iri.length() > e.getValue().length()) {
                return e.getKey() + ":" + iri.substring(e.getValue().length());
            }
        }
        return iri;
    }
}
