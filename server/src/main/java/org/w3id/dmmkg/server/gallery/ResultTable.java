package org.w3id.dmmkg.server.gallery;

import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.jsoup.nodes.Element;
import org.w3id.dmmkg.server.html.Table;
import org.w3id.dmmkg.server.html.Tags;
import org.w3id.dmmkg.server.linked.Labels;
import org.w3id.dmmkg.server.linked.Links;
import org.w3id.dmmkg.server.queries.QueryRunner;

/**
 * A saved query's results as a table: every IRI of the graph as a link to its page, named by
 * its label; literals as text. A result of a category and a count per row (per year, per
 * type) is marked for a bar chart.
 */
final class ResultTable {
    /** Rows beyond which a result is not charted: a bar per row would not be read. */
    static final int MAX_CHART_ROWS = 60;
    /** The longest value kept on one line in a column (a date, a number, a short code). */
    private static final int SHORT_WORD = 16;

    private final Labels labels;
    private final Links links;

    ResultTable(Labels labels, Links links) {
        this.labels = labels;
        this.links = links;
    }

    void writeTo(Element parent, QueryRunner.Rows rows, String caption) {
        Table table = Table.in(parent, caption, rows.vars().toArray(new String[0]));
        for (QuerySolution s : rows.rows()) {
            Element tr = table.row();
            for (String v : rows.vars()) {
                cell(tr.appendElement("td"), s.get(v));
            }
        }
        int count = chartColumn(rows);
        if (count > 0) {
            table.chart("bar", caption).element().attr("data-chart-x", "0").attr("data-chart-y", Integer.toString(count));
        }
    }

    private void cell(Element td, RDFNode value) {
        if (value == null) {
            return;
        }
        if (value.isURIResource()) {
            String iri = value.asResource().getURI();
            String local = links.local(iri);
            if (local.equals(iri)) {
                Tags.link(td, iri, iri);
            } else {
                Tags.link(td, local, labels.of(value.asNode())).attr("title", iri);
            }
        } else if (value.isLiteral()) {
            String lexical = value.asLiteral().getLexicalForm();
            td.text(lexical);
            if (isNumber(value)) {
                td.addClass("num");
            } else if (isShortWord(lexical)) {
                td.addClass("word");
            }
        } else {
            td.text("(blank node)");
        }
    }

    /** A value of one short word (a paper's number, a date, a code), which a narrow column should not break. */
    static boolean isShortWord(String lexical) {
        return lexical.length() <= SHORT_WORD && lexical.chars().noneMatch(Character::isWhitespace);
    }

    /**
     * The column to chart against the first, when the result suits a bar chart: a first column
     * of names or years and a later one of counts, every row filled, few rows; else 0.
     */
    static int chartColumn(QueryRunner.Rows rows) {
        List<String> vars = rows.vars();
        if (vars.size() < 2 || rows.rows().size() < 2 || rows.rows().size() > MAX_CHART_ROWS || rows.truncated()) {
            return 0;
        }
        for (int c = 1; c < vars.size(); c++) {
            String name = vars.get(c);
            if (rows.rows().stream().allMatch(s -> s.get(name) != null && isNumber(s.get(name))
                    && s.get(vars.get(0)) != null && s.get(vars.get(0)).isLiteral())) {
                return c;
            }
        }
        return 0;
    }

    private static boolean isNumber(RDFNode n) {
        return n.isLiteral() && n.asLiteral().getValue() instanceof Number
                && !"http://www.w3.org/2001/XMLSchema#gYear".equals(n.asLiteral().getDatatypeURI());
    }
}
