package org.w3id.dmmkg.server.linked;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.jsoup.nodes.Element;
import org.w3id.dmmkg.server.html.Label;
import org.w3id.dmmkg.server.html.Tags;

/**
 * A letter's facts at the top of its reader: date, type, meeting, its own Kamerstuk and that
 * paper's official page, the ministry's reference, who signed it, and its file: the name, the
 * text as loaded (at a stable path, for anyone who wants to count offsets) and its checksum.
 */
final class LetterFacts {
    private final Graph graph;
    private final Labels labels;
    private final Links links;

    LetterFacts(Graph graph, Labels labels, Links links) {
        this.graph = graph;
        this.labels = labels;
        this.links = links;
    }

    void writeTo(Element main, Node letter) {
        Element dl = main.appendElement("dl").addClass("facts");
        java.time.LocalDate date = labels.date(letter, Terms.DATE);
        fact(dl, "Date", date == null ? new Label("not stated", "niet vermeld") : Labels.date(date));
        resource(dl, "Type", labels.object(letter, Terms.LETTER_TYPE));
        resource(dl, "Meeting", labels.object(letter, Terms.REPORTS_ON));
        Node paper = labels.object(letter, Terms.PUBLISHED_AS);
        if (paper != null) {
            Element dd = resource(dl, "Published as", paper);
            Node official = labels.object(paper, Terms.PAGE);
            if (official != null && official.isURI()) {
                dd.appendText(" · ");
                Tags.link(dd, official.getURI(), "official publication");
            }
        }
        String reference = labels.string(letter, Terms.REFERENCE);
        if (reference != null) {
            fact(dl, "Reference", new Label(reference, null));
        }
        graph.find(letter, Terms.CREATOR, Node.ANY).forEachRemaining(t -> resource(dl, "Signed by", t.getObject()));
        file(dl, letter);
    }

    private void file(Element dl, Node letter) {
        String name = labels.string(letter, Terms.SOURCE_FILE);
        dl.appendElement("dt").text("Source file");
        Element dd = dl.appendElement("dd");
        dd.appendElement("code").text(name == null ? "" : name);
        if (labels.string(letter, Terms.SOURCE_TEXT) != null) {
            dd.appendText(" · ");
            Tags.link(dd, SourceServlet.path(letter.getURI()), "text as loaded");
            Tags.note(dd, " (annotation offsets count Unicode code points in it)");
        }
        String sha = labels.string(letter, Terms.SHA256);
        if (sha != null) {
            dl.appendElement("dt").text("SHA-256");
            dl.appendElement("dd").appendElement("code").addClass("sha").text(sha);
        }
    }

    private void fact(Element dl, String name, Label value) {
        dl.appendElement("dt").text(name);
        value.into(dl.appendElement("dd"));
    }

    private Element resource(Element dl, String name, Node value) {
        dl.appendElement("dt").text(name);
        Element dd = dl.appendElement("dd");
        if (value == null) {
            dd.text("—");
        } else if (value.isURI()) {
            Tags.link(dd, links.local(value.getURI()), labels.of(value));
        } else {
            dd.text(value.toString());
        }
        return dd;
    }
}
