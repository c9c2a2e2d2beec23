package org.w3id.dmmkg.server.html;

/**
 * A name in English and in Dutch, as the pages show it: English first, the Dutch beside it
 * when it differs. Either may be null when the data has none.
 */
public record Label(String en, String nl) {
    /** The English name, else the Dutch. */
    public String text() {
        return en != null ? en : nl == null ? "" : nl;
    }

    /** The Dutch name when it says something the English does not. */
    public String dutchBeside() {
        return nl != null && en != null && !nl.equalsIgnoreCase(en) ? nl : null;
    }

    /** This label written into {@code parent}: the English, then the Dutch in a span marked {@code lang="nl"}. */
    public org.jsoup.nodes.Element into(org.jsoup.nodes.Element parent) {
        parent.appendText(text());
        if (en == null && nl != null) {
            parent.attr("lang", "nl");
        }
        String nlBeside = dutchBeside();
        if (nlBeside != null) {
            parent.appendText(" ");
            parent.appendElement("span").addClass("nl").attr("lang", "nl").text(nlBeside);
        }
        return parent;
    }
}
