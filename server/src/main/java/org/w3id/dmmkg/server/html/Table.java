package org.w3id.dmmkg.server.html;

import org.jsoup.nodes.Element;

/** A table with a caption and column headings; rows are added one at a time. */
public final class Table {
    private final Element table;
    private final Element body;

    private Table(Element table, Element body) {
        this.table = table;
        this.body = body;
    }

    /** A table in {@code parent}; a null caption leaves the table without one. */
    public static Table in(Element parent, String caption, String... headings) {
        Element table = parent.appendElement("table");
        if (caption != null) {
            table.appendElement("caption").text(caption);
        }
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : headings) {
            head.appendElement("th").attr("scope", "col").text(h);
        }
        return new Table(table, table.appendElement("tbody"));
    }

    /** A new row. */
    public Element row() {
        return body.appendElement("tr");
    }

    /** A new cell of {@code row} holding {@code text}. */
    public static Element cell(Element row, String text) {
        return row.appendElement("td").text(text == null ? "" : text);
    }

    /** A numeric cell, aligned right. */
    public static Element number(Element row, long n) {
        return row.appendElement("td").addClass("num").text(Long.toString(n));
    }

    public Element element() {
        return table;
    }

    /** Marks the table as data for a chart ({@code bar}, {@code timeline}); the chart script reads it. */
    public Table chart(String kind, String title) {
        table.attr("data-chart", kind).attr("data-chart-title", title);
        return this;
    }
}
