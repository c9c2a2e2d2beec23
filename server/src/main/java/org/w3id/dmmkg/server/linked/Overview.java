package org.w3id.dmmkg.server.linked;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.w3id.dmmkg.server.html.Label;

/**
 * What the store holds, class by class: every letter, meeting, mission, … with its name and
 * how often letters mention it. The start page's counts, letters per year and meeting
 * timeline and the browse lists all read it. It changes only when letters are loaded, so it
 * is computed once per state of the store (see {@link StoreVersion}) and kept.
 */
public final class Overview {
    /** Rows of one list, at most: far more than the letters of all years hold. */
    static final int MAX_ROWS = 200_000;
    private static final String MENTIONED = """
            SELECT ?e (COUNT(DISTINCT ?l) AS ?n) (MIN(?d) AS ?first) (MAX(?d) AS ?last) WHERE {
              ?l dmm:mentions ?e . ?e a ?class .
              OPTIONAL { ?l dcterms:date ?d }
            } GROUP BY ?e LIMIT %d""".formatted(MAX_ROWS);
    /** Places are not mentioned but met in: counted by the meetings held there. */
    private static final String PLACES = """
            SELECT ?e (COUNT(DISTINCT ?m) AS ?n) (MIN(?d) AS ?first) (MAX(?d) AS ?last) WHERE {
              ?m dmm:location ?e . OPTIONAL { ?m dmm:endDate ?d }
            } GROUP BY ?e LIMIT %d""".formatted(MAX_ROWS);
    private static final String KNOWN = "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?class }";
    private static final String MEETINGS = """
            SELECT ?e ?type ?end (COUNT(DISTINCT ?l) AS ?n) WHERE {
              ?e a dmm:Meeting .
              OPTIONAL { ?e dmm:meetingType ?type } OPTIONAL { ?e dmm:endDate ?end }
              OPTIONAL { ?l dmm:mentions ?e }
            } GROUP BY ?e ?type ?end LIMIT %d""".formatted(MAX_ROWS);
    private static final String LETTERS = """
            SELECT ?e ?end ?type (COUNT(DISTINCT ?m) AS ?n) WHERE {
              ?e a dmm:Letter .
              OPTIONAL { ?e dcterms:date ?end } OPTIONAL { ?e dmm:letterType ?type }
              OPTIONAL { ?e dmm:mentions ?m }
            } GROUP BY ?e ?end ?type LIMIT %d""".formatted(MAX_ROWS);
    private static final String COMMITMENTS = """
            SELECT ?e ?end (COUNT(DISTINCT ?c) AS ?n) WHERE {
              ?e a dmm:Commitment ; dmm:statedIn ?l .
              OPTIONAL { ?l dcterms:date ?end } OPTIONAL { ?e dmm:concerns ?c }
            } GROUP BY ?e ?end LIMIT %d""".formatted(MAX_ROWS);

    /**
     * One resource of a list.
     *
     * @param node    the resource
     * @param label   its name
     * @param count   letters that mention it (for a letter: the things it mentions; for a
     *                commitment: the things it concerns; for a place: the meetings held there)
     * @param first   the date of the first letter that mentions it, or null
     * @param last    the date of the last, or null
     * @param date    its own date (a meeting's last day, a letter's date), or null
     * @param type    its meeting or letter type, or null
     */
    public record Entry(Node node, Label label, long count, LocalDate first, LocalDate last, LocalDate date,
            Node type) {
    }

    /** A class's list: the resources letters mention, and how many of the class the store knows in all. */
    public record Listing(String kind, List<Entry> entries, long known) {
    }

    private final long version;
    private final Map<String, Listing> listings;

    private Overview(long version, Map<String, Listing> listings) {
        this.version = version;
        this.listings = listings;
    }

    /** Computes the lists of every class of {@link Kinds#ORDER} but motions (which are Kamerstukken). */
    static Overview compute(Sparql sparql, long version) {
        Graph graph = sparql.dataset().getUnionGraph();
        Labels labels = new Labels(graph);
        Map<String, Listing> out = new LinkedHashMap<>();
        for (String kind : Kinds.ORDER) {
            if (!kind.equals("Motion")) {
                out.put(kind, listing(sparql, labels, kind));
            }
        }
        return new Overview(version, out);
    }

    private static Listing listing(Sparql sparql, Labels labels, String kind) {
        Node cls = Kinds.classNode(kind);
        String query = switch (kind) {
            case "Meeting" -> MEETINGS;
            case "Letter" -> LETTERS;
            case "Commitment" -> COMMITMENTS;
            case "Place" -> PLACES;
            default -> MENTIONED;
        };
        List<Entry> entries = new ArrayList<>();
        for (QuerySolution s : sparql.select(query, Map.of("class", cls))) {
            Node e = s.get("e").asNode();
            entries.add(new Entry(e, labels.of(e), s.getLiteral("n").getLong(), date(s.get("first")),
                    date(s.get("last")), date(s.get("end")), s.contains("type") ? s.get("type").asNode() : null));
        }
        long known = sparql.select(KNOWN, Map.of("class", cls)).get(0).getLiteral("n").getLong();
        return new Listing(kind, List.copyOf(entries), known);
    }

    private static LocalDate date(RDFNode n) {
        if (n == null || !n.isLiteral()) {
            return null;
        }
        Literal l = n.asLiteral();
        return org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate.getURI().equals(l.getDatatypeURI())
                ? LocalDate.parse(l.getLexicalForm()) : null;
    }

    /**
     * The overview of the store a read transaction sees, computed once per state of the store:
     * the first request after a load computes it, the others wait for it and share it.
     */
    public static final class Cache {
        private Overview current;

        /** Call inside a read transaction. */
        public synchronized Overview get(Sparql sparql) {
            long version = StoreVersion.of(sparql.dataset());
            if (current != null && version != StoreVersion.UNKNOWN && current.version == version) {
                return current;
            }
            Overview computed = compute(sparql, version);
            current = version == StoreVersion.UNKNOWN ? null : computed;
            return computed;
        }
    }

    public long version() {
        return version;
    }

    /** The list of one class ({@code Mission}, …), or null for a class without one. */
    public Listing listing(String kind) {
        return listings.get(kind);
    }

    public Map<String, Listing> listings() {
        return listings;
    }
}
