package org.w3id.dmmkg.server.site;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.jsoup.nodes.Element;
import org.w3id.dmmkg.server.fuseki.SparqlEditor;
import org.w3id.dmmkg.server.html.Label;
import org.w3id.dmmkg.server.html.Page;
import org.w3id.dmmkg.server.html.Table;
import org.w3id.dmmkg.server.html.Tags;
import org.w3id.dmmkg.server.linked.Kinds;
import org.w3id.dmmkg.server.linked.Labels;
import org.w3id.dmmkg.server.linked.Overview;

/**
 * The start page: what the graph holds (how many of each class, letters per year, meetings
 * per year by type, as tables and, with JavaScript, as charts), a search box, the lists to
 * browse, and the ways out: saved queries, the SPARQL editor, dumps, VoID, the coverage report.
 */
final class FrontPage {
    /** The classes counted on the start page, in this order, with the path of their list. */
    private static final List<String> COUNTED = List.of("Letter", "Meeting", "Mission", "Initiative", "Kamerstuk",
            "Minister", "Commitment", "Country", "Organisation", "Place");
    private static final String EXAMPLE_QUERY = """
            SELECT ?date ?type ?meeting ?file WHERE {
              ?letter a dmm:Letter ; dmm:sourceFile ?file ; dmm:reportsOn ?meeting .
              OPTIONAL { ?letter dcterms:date ?date }
              OPTIONAL { ?meeting dmm:meetingType/skos:notation ?type }
            } ORDER BY ?date LIMIT 100""";

    private final Overview overview;
    private final Labels labels;

    FrontPage(Overview overview, Labels labels) {
        this.overview = overview;
        this.labels = labels;
    }

    Page render() {
        Page page = Page.titled("dmm-kg", "The Dutch Minister of Defence's letters to parliament about NATO and EU "
                + "defence meetings, as a knowledge graph").current("/").script("/webjars/echarts/5.3.1/dist/echarts.common.min.js")
                .script("/static/charts.js");
        Element main = page.main();
        Element intro = main.appendElement("section").addClass("intro").attr("aria-label", "Start");
        Tags.paragraph(intro, "Every meeting, mission, initiative, minister, parliamentary paper and commitment of the "
                + "Netherlands that a letter names is a resource here, and every fact leads back to the sentence it "
                + "came from. Search the letters, browse by kind, or ask your own questions in SPARQL.");
        SearchPage.form(intro, null);
        counts(main);
        Element charts = main.appendElement("div").addClass("two-columns");
        lettersPerYear(charts);
        meetingsPerYear(charts);
        waysOut(main);
        return page;
    }

    private void counts(Element main) {
        Element section = Tags.section(main, "holdings", "What the graph holds");
        Element grid = section.appendElement("ul").addClass("counts");
        for (String kind : COUNTED) {
            Overview.Listing listing = overview.listing(kind);
            Element li = grid.appendElement("li");
            Element a = li.appendElement("a").attr("href", "/id/" + kind.toLowerCase(java.util.Locale.ROOT));
            a.appendElement("span").addClass("count").text(Long.toString(listing.entries().size()));
            Label name = labels.own(Kinds.classNode(kind));
            a.appendElement("span").addClass("what").text(name.text());
            if (name.dutchBeside() != null) {
                a.appendElement("span").addClass("nl").attr("lang", "nl").text(name.dutchBeside());
            }
        }
        Tags.paragraph(section, "Missions, initiatives and the other named things are counted when a letter mentions "
                + "them; the reference vocabulary knows more.").addClass("note");
    }

    private void lettersPerYear(Element parent) {
        Map<Integer, Long> years = new TreeMap<>();
        long undated = 0;
        for (Overview.Entry e : overview.listing("Letter").entries()) {
            if (e.date() == null) {
                undated++;
            } else {
                years.merge(e.date().getYear(), 1L, Long::sum);
            }
        }
        Element section = Tags.section(parent, "letters-per-year", "Letters per year");
        Table table = Table.in(section, "Letters per year", "Year", "Letters").chart("bar", "Letters per year");
        years.forEach((year, n) -> {
            Element tr = table.row();
            Table.cell(tr, Integer.toString(year));
            Table.number(tr, n);
        });
        if (undated > 0) {
            Tags.paragraph(section, undated + (undated == 1 ? " letter states" : " letters state") + " no date.")
                    .addClass("note");
        }
    }

    /** Meetings per year, one column per meeting type: the timeline of meetings by type. */
    private void meetingsPerYear(Element parent) {
        Map<Integer, Map<Node, Long>> years = new TreeMap<>();
        Map<String, Node> types = new TreeMap<>();
        for (Overview.Entry e : overview.listing("Meeting").entries()) {
            if (e.date() != null && e.type() != null) {
                years.computeIfAbsent(e.date().getYear(), y -> new java.util.HashMap<>()).merge(e.type(), 1L, Long::sum);
                types.put(labels.own(e.type()).text(), e.type());
            }
        }
        Element section = Tags.section(parent, "meetings-per-year", "Meetings per year, by type");
        String[] headings = new String[types.size() + 1];
        headings[0] = "Year";
        int i = 1;
        for (String name : types.keySet()) {
            headings[i++] = name;
        }
        Table table = Table.in(section, "Meetings per year, by type (dated meetings)", headings)
                .chart("stacked", "Meetings per year, by type");
        years.forEach((year, counts) -> {
            Element tr = table.row();
            Table.cell(tr, Integer.toString(year));
            types.values().forEach(type -> Table.number(tr, counts.getOrDefault(type, 0L)));
        });
        Tags.link(section.appendElement("p"), "/id/meeting", "Every meeting, with its date and type");
    }

    private static void waysOut(Element main) {
        Element section = Tags.section(main, "ways-out", "Ask the graph yourself");
        Element list = section.appendElement("ul").addClass("ways-out");
        way(list, "/queries", "Saved queries", "questions researchers ask, ready to run, with CSV and JSON");
        way(list, SparqlEditor.link(EXAMPLE_QUERY), "SPARQL editor", "write your own queries (the endpoint is /dmm/sparql)");
        way(list, "/dumps/", "Dumps", "the whole graph in TriG, N-Quads and JSON-LD");
        way(list, "/.well-known/void", "VoID description", "what the dataset is, its size, licence and links");
        way(list, "/report", "Coverage report", "every letter loaded, what was found in it, and what failed");
        way(list, "/def", "Ontology", "every class and property, in English and Dutch");
        way(list, "/api/openapi.json", "OpenAPI", "the saved queries as a web API");
    }

    private static void way(Element list, String href, String name, String what) {
        Element li = list.appendElement("li");
        Tags.link(li, href, name);
        li.appendText(": " + what);
    }
}
