package org.w3id.dmmkg.server.linked;

import org.apache.jena.sparql.core.DatasetGraph;
import org.jsoup.nodes.Element;
import org.w3id.dmmkg.server.html.Page;
import org.w3id.dmmkg.server.html.Table;
import org.w3id.dmmkg.server.html.Tags;
import org.w3id.dmmkg.store.describe.CoverageReport;

/**
 * {@code /report}: the coverage report as a page, letter by letter, {@value #PAGE_SIZE} letters
 * a page ({@code ?page=K}), and the files that failed. The command line's {@code report} gives
 * every letter at once.
 */
final class ReportPage {
    static final int PAGE_SIZE = 100;

    private ReportPage() {
    }

    /** How many pages of letters a store of {@code letters} letters has (at least one). */
    static long pages(long letters) {
        return Math.max(1, (letters + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** Call inside a read transaction, with {@code number} from 1 to {@link #pages}. */
    static Page render(DatasetGraph dsg, Site site, long number, long pages) {
        Links links = site.links();
        Page page = Page.titled("Coverage report", "What the store holds, letter by letter, and what could not be loaded");
        Element letters = Tags.section(page.main(), "letters", "Letters loaded");
        Table table = Table.in(letters, null, "File", "Date", "Type", "Loaded", "Meetings", "Missions", "Initiatives",
                "Kamerstukken", "Ministers", "Commitments", "SHA-256");
        long offset = (number - 1) * PAGE_SIZE;
        for (CoverageReport.Letter l : CoverageReport.letters(dsg, site.timeoutMillis(), offset, PAGE_SIZE)) {
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
        pager(letters, number, pages);
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

    private static void pager(Element section, long number, long pages) {
        if (pages == 1) {
            return;
        }
        Element nav = section.appendElement("nav").addClass("pager").attr("aria-label", "Pages of letters");
        if (number > 1) {
            Tags.link(nav, "/report?page=" + (number - 1), "← previous");
        }
        nav.appendElement("span").text(" page " + number + " of " + pages + " ");
        if (number < pages) {
            Tags.link(nav, "/report?page=" + (number + 1), "next →");
        }
    }
}
