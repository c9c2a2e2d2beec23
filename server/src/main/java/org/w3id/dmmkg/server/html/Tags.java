package org.w3id.dmmkg.server.html;

import java.util.Locale;
import org.jsoup.nodes.Element;

/** Small building blocks of the pages. */
public final class Tags {
    private Tags() {
    }

    /**
     * A link; a target that is neither a path of this site nor an http(s) address (a
     * {@code javascript:} IRI in the data) becomes plain text.
     */
    public static Element link(Element parent, String href, String text) {
        if (!safe(href)) {
            return parent.appendElement("span").text(text);
        }
        return parent.appendElement("a").attr("href", href).text(text);
    }

    /** A link whose text is a bilingual label. */
    public static Element link(Element parent, String href, Label label) {
        Element a = safe(href) ? parent.appendElement("a").attr("href", href) : parent.appendElement("span");
        return label.into(a);
    }

    static boolean safe(String href) {
        if (href == null) {
            return false;
        }
        String h = href.strip().toLowerCase(Locale.ROOT);
        return h.startsWith("/") || h.startsWith("#") || h.startsWith("?") || h.startsWith("https://")
                || h.startsWith("http://");
    }

    /** A section with a second-level heading; returns the section. */
    public static Element section(Element parent, String heading) {
        Element s = parent.appendElement("section");
        s.appendElement("h2").text(heading);
        return s;
    }

    /** A section with a heading and a stable id, so that other pages can link to it. */
    public static Element section(Element parent, String id, String heading) {
        Element s = section(parent, heading);
        s.attr("id", id);
        return s;
    }

    /** Small grey text. */
    public static Element note(Element parent, String text) {
        return parent.appendElement("span").addClass("note").text(text);
    }

    /** A paragraph. */
    public static Element paragraph(Element parent, String text) {
        return parent.appendElement("p").text(text);
    }
}
