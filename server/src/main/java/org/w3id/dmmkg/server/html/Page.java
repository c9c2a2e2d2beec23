package org.w3id.dmmkg.server.html;

import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * One HTML page of the site, built as a DOM so that every text and attribute from the data
 * or the request is escaped by construction. Styles and scripts are files, never inline, so
 * that the pages work under a strict Content-Security-Policy.
 */
public final class Page {
    /** The site's sections, in the order of the navigation bar: path and name. */
    private static final String[][] NAVIGATION = {{"/", "Home"}, {"/search", "Search"}, {"/id/letter", "Letters"},
        {"/id/meeting", "Meetings"}, {"/id/mission", "Missions"}, {"/id/initiative", "Initiatives"},
        {"/id/minister", "Ministers"}, {"/id/kamerstuk", "Kamerstukken"}, {"/queries", "Saved queries"},
        {"/fuseki/", "SPARQL"}, {"/dumps/", "Data"}};

    private final Document doc;
    private final Element header;
    private final Element main;

    private Page(String title) {
        doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        doc.prependChild(new DocumentType("html", "", ""));
        doc.selectFirst("html").attr("lang", "en");
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title + " · dmm-kg");
        head.appendElement("link").attr("rel", "stylesheet").attr("href", "/static/dmm-kg.css");
        Element body = doc.body();
        body.appendElement("a").addClass("skip").attr("href", "#main").text("Skip to content");
        header = body.appendElement("header");
        Element nav = header.appendElement("nav").attr("aria-label", "Site");
        for (String[] item : NAVIGATION) {
            nav.appendElement("a").attr("href", item[0]).text(item[1]);
        }
        main = body.appendElement("main").attr("id", "main");
        body.appendElement("footer").appendText("dmm-kg: letters of the Dutch Minister of Defence about NATO and EU "
                + "defence meetings, as a knowledge graph. ").appendElement("a").attr("href", "/.well-known/void")
                .text("About this dataset (VoID)");
    }

    /** A page titled {@code title}; {@code subtitle} (may be null) is shown under the heading. */
    public static Page titled(String title, String subtitle) {
        Page page = new Page(title);
        page.header.appendElement("h1").text(title);
        if (subtitle != null && !subtitle.isEmpty()) {
            page.header.appendElement("p").addClass("subtitle").text(subtitle);
        }
        return page;
    }

    /** The heading, to add to (a Dutch label beside the English one, an IRI). */
    public Element heading() {
        return header.selectFirst("h1");
    }

    /** The header, below the heading. */
    public Element header() {
        return header;
    }

    /** The page's content. */
    public Element main() {
        return main;
    }

    /** Adds a script file, run after the page has been parsed. */
    public Page script(String src) {
        doc.body().appendElement("script").attr("src", src).attr("defer", true);
        return this;
    }

    /** Marks the navigation entry of this page as the current one. */
    public Page current(String path) {
        for (Element a : header.select("nav a")) {
            if (a.attr("href").equals(path)) {
                a.attr("aria-current", "page");
            }
        }
        return this;
    }

    public String html() {
        return doc.outerHtml();
    }

    public byte[] bytes() {
        return html().getBytes(StandardCharsets.UTF_8);
    }
}
