package org.w3id.dmmkg.server.linked;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.w3id.dmmkg.server.html.Label;
import org.w3id.dmmkg.server.html.Page;
import org.w3id.dmmkg.server.html.Table;
import org.w3id.dmmkg.server.html.Tags;

/**
 * The list of one class ({@code /id/mission}, {@code /id/letter}, …): every one that letters
 * mention, with how often, sortable by any column and paged, all without JavaScript.
 */
final class BrowsePage {
    static final int PAGE_SIZE = 100;
    /** The kinds with a list, by the path segment of their IRIs ({@code id/mission/…}). */
    static final Map<String, String> KINDS = kinds();

    /** How a list is ordered: a column and a direction. */
    record Order(String column, boolean descending) {
    }

    private final Overview.Listing listing;
    private final Labels labels;
    private final Links links;

    BrowsePage(Overview.Listing listing, Labels labels, Links links) {
        this.listing = listing;
        this.labels = labels;
        this.links = links;
    }

    private static Map<String, String> kinds() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String kind : Kinds.ORDER) {
            if (!kind.equals("Motion")) {
                m.put(kind.toLowerCase(Locale.ROOT), kind);
            }
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    Page render(String path, Order order, int pageNumber) {
        Label name = labels.own(Kinds.classNode(listing.kind()));
        String title = switch (listing.kind()) {
            case "Letter", "Commitment", "Meeting" -> "Every " + name.text() + " in the store";
            case "Place" -> "Every " + name.text() + " meetings were held in";
            default -> "Every " + name.text() + " the letters mention";
        };
        Page page = Page.titled(title, null).current(path);
        if (name.dutchBeside() != null) {
            page.header().appendElement("p").addClass("nl").attr("lang", "nl").text(Labels.capitalised(name.dutchBeside()));
        }
        List<Overview.Entry> rows = sorted(order);
        Element main = page.main();
        Tags.paragraph(main, summary(rows.size()));
        int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int number = Math.min(Math.max(1, pageNumber), pages);
        String[] columns = columns();
        Table table = Table.in(main, null, new String[0]);
        Element head = table.element().selectFirst("thead tr");
        for (String column : columns) {
            sortHeader(head, path, column, order);
        }
        for (Overview.Entry e : rows.subList((number - 1) * PAGE_SIZE, Math.min(rows.size(), number * PAGE_SIZE))) {
            row(table.row(), e);
        }
        pager(main, path, order, number, pages);
        return page;
    }

    private String summary(int mentioned) {
        String kind = listing.kind();
        if (kind.equals("Letter") || kind.equals("Commitment") || kind.equals("Meeting")) {
            return listing.known() + " in the store.";
        }
        String what = kind.equals("Place") ? " where meetings were held" : " mentioned in letters";
        return mentioned + what + "; the store knows " + listing.known()
                + " in all (the reference vocabulary names more than the letters do).";
    }

    private String[] columns() {
        return switch (listing.kind()) {
            case "Letter" -> new String[] {"name", "date", "type", "count"};
            case "Meeting" -> new String[] {"name", "type", "date", "count"};
            case "Commitment" -> new String[] {"name", "date", "count"};
            default -> new String[] {"name", "count", "first", "last"};
        };
    }

    private String heading(String column) {
        return switch (column) {
            case "name" -> listing.kind().equals("Commitment") ? "Commitment" : "Name";
            case "date" -> "Date";
            case "type" -> "Type";
            case "first" -> "First mentioned";
            case "last" -> "Last mentioned";
            default -> switch (listing.kind()) {
                case "Letter" -> "Things mentioned";
                case "Commitment" -> "Things concerned";
                case "Place" -> "Meetings held there";
                default -> "Letters mentioning it";
            };
        };
    }

    private void sortHeader(Element head, String path, String column, Order order) {
        Element th = head.appendElement("th").attr("scope", "col");
        boolean current = order.column().equals(column);
        boolean descending = current ? !order.descending() : !column.equals("name");
        Tags.link(th, path + "?sort=" + column + "&order=" + (descending ? "desc" : "asc"), heading(column));
        if (current) {
            th.attr("aria-sort", order.descending() ? "descending" : "ascending");
            th.appendElement("span").attr("aria-hidden", "true").text(order.descending() ? " ▼" : " ▲");
        }
    }

    private void row(Element tr, Overview.Entry e) {
        for (String column : columns()) {
            Element td = tr.appendElement("td");
            switch (column) {
                case "name" -> Tags.link(td, links.local(e.node().getURI()), e.label());
                case "type" -> {
                    if (e.type() != null) {
                        labels.own(e.type()).into(td);
                    }
                }
                case "date" -> td.text(text(e.date()));
                case "first" -> td.text(text(e.first()));
                case "last" -> td.text(text(e.last()));
                default -> td.addClass("num").text(Long.toString(e.count()));
            }
        }
    }

    private void pager(Element main, String path, Order order, int number, int pages) {
        if (pages == 1) {
            return;
        }
        Element nav = main.appendElement("nav").addClass("pager").attr("aria-label", "Pages");
        String base = path + "?sort=" + order.column() + "&order=" + (order.descending() ? "desc" : "asc") + "&page=";
        if (number > 1) {
            Tags.link(nav, base + (number - 1), "← previous");
        }
        nav.appendElement("span").text(" page " + number + " of " + pages + " ");
        if (number < pages) {
            Tags.link(nav, base + (number + 1), "next →");
        }
    }

    /** The default order: letters and meetings newest first, the rest most mentioned first. */
    static Order defaultOrder(String kind) {
        return kind.equals("Letter") || kind.equals("Meeting") || kind.equals("Commitment")
                ? new Order("date", true) : new Order("count", true);
    }

    private List<Overview.Entry> sorted(Order order) {
        Comparator<Overview.Entry> by = switch (order.column()) {
            case "date" -> Comparator.comparing(Overview.Entry::date, Comparator.nullsFirst(Comparator.naturalOrder()));
            case "first" -> Comparator.comparing(Overview.Entry::first, Comparator.nullsFirst(Comparator.naturalOrder()));
            case "last" -> Comparator.comparing(Overview.Entry::last, Comparator.nullsFirst(Comparator.naturalOrder()));
            case "type" -> Comparator.comparing(e -> e.type() == null ? "" : labels.own(e.type()).text());
            case "count" -> Comparator.comparingLong(Overview.Entry::count);
            default -> Comparator.comparing(e -> e.label().text().toLowerCase(Locale.ROOT));
        };
        Comparator<Overview.Entry> byName = Comparator.comparing(e -> e.label().text().toLowerCase(Locale.ROOT));
        List<Overview.Entry> rows = new ArrayList<>(listing.entries());
        rows.sort((order.descending() ? by.reversed() : by).thenComparing(byName));
        return rows;
    }

    private static String text(LocalDate d) {
        return d == null ? "" : d.toString();
    }

}
