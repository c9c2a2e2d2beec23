package org.w3id.dmmkg.server.linked;

import org.apache.jena.sparql.core.DatasetGraph;
import org.jsoup.nodes.Element;
import org.w3id.dmmkg.server.html.Page;
import org.w3id.dmmkg.server.html.Table;
import org.w3id.dmmkg.server.html.Tags;
import org.w3id.dmmkg.store.describe.CoverageReport;

/** {@code /report}: the coverage report as a page, letter by letter, and the files that failed. */
final class ReportPage {
    private ReportPage() {
    }

    /** Call inside a read transaction. */
    static Page render(DatasetGraph dsg, Site site) {
        Links links = site.links();
        Page page = Page.titled("Coverage report", "What the store holds, letter by letter, and what could not be loaded");
        Element letters = Tags.section(page.main(), "letters", "Letters loaded");
        Table table = Table.in(letters, null, "File", "Date", "Type", "Loaded", "Meetings", "Missions", "Initiatives",
                "Kamerstukken", "Ministers", "Commitments", "SHA-256");
        for (CoverageReport.Letter l : CoverageReport.letters(dsg, site.timeoutMillis())) {
            Element tr = table.row();
            Tags.link(tr.appendElement("td"), links.local(l.iri()), l.file());
            Table.cell(tr, l.date());
            Table.cell(tr, l.type());
            Table.cell(tr, l.loadedAt());
            for (long n : new long[] {l.meetings(), l.missions(), l.initiatives(), l.kamerstukken(), l.ministers(),
                l.commitments()}) {
                Table.number(tr, n);
            }
            Table.cell(tr, l.sha256().substring(0, 16) + "…").addClass("note").attr("title", l.sha256());
        }
        Element failed = Tags.section(page.main(), "failures", "Files that failed");
        Table failures = Table.in(failed, null, "File", "Reason", "When");
        for (CoverageReport.Failure f : CoverageReport.failures(dsg)) {
            Element tr = failures.row();
            Table.cell(tr, f.file());
            Table.cell(tr, f.reason());
            Table.cell(tr, f.at());
        }
        return page;
    }
}
