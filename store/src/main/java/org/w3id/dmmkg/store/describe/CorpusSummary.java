package org.w3id.dmmkg.store.describe;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL2;
import org.w3id.dmmkg.loader.vocab.DMM;
import org.w3id.dmmkg.store.Store;

/**
 * Counts over every letter, kept in {@code graph/summary} and written again after every load:
 * for each thing the letters refer to, how many letters do and the dates of the first and the
 * last ({@code dmm:letterCount}, {@code dmm:firstLetterDate}, {@code dmm:lastLetterDate}); for
 * each mission and initiative, how many meetings their letters report on
 * ({@code dmm:meetingCount}); for each meeting type, its meetings and the letters that report on
 * them; for each pair of a mission and an initiative, how many letters
 * mention both. A saved query that reads them answers in the time it takes to list the things,
 * not to join every letter's mentions on every request.
 *
 * <p>It also holds, per year, how many letters are dated in it ({@code dmm:calendarYear},
 * {@code dmm:reportCount}), and the place of every letter, meeting and commitment in the order
 * their lists show them ({@code dmm:readingOrder}, {@code dmm:timelineOrder},
 * {@code dmm:commitmentOrder}), and of every numbered parliamentary paper in the list of the
 * most cited ({@code dmm:citationOrder}) and every motion in the list of motions by submitter
 * ({@code dmm:motionOrder}): a page of such a list is then the lowest places, not
 * a sort of every letter's date or every paper's count on every request. Mentions of missions
 * and the pairs of a mission and a commitment concerning it are placed by mission
 * ({@code dmm:mentionOrder}, {@code dmm:missionCommitmentOrder}), and every mission has the first
 * and last of its places, so a page of one mission's rows is read from its first place.
 *
 * <p>What is counted is written as SPARQL queries beside this class ({@code summary/*.rq}),
 * run over the union of the store's graphs: a {@code CONSTRUCT} gives its triples; an ordered
 * {@code SELECT ?item ?property} numbers its rows from 1, each as {@code ?item ?property n}; one
 * that also selects {@code ?group ?first ?last} gives each group its first and last places.
 */
public final class CorpusSummary {
    /** The graph of counts over every letter. */
    public static final Node GRAPH = NodeFactory.createURI(DMM.GRAPH + "summary");
    private static final List<String> QUERIES = List.of("1-letters-per-thing.rq", "2-meetings-per-mission.rq",
            "3-pairs.rq", "4-letters-per-year.rq", "5-reading-order.rq", "6-timeline-order.rq",
            "7-commitment-order.rq", "8-meetings-per-type.rq", "9-undated-letters.rq", "10-citation-order.rq",
            "11-mission-mention-order.rq", "12-mission-commitment-order.rq", "13-motion-order.rq");
    private static final String VERSION = version();
    private static final String UNPLACED_LETTER = "ASK { ?letter a <" + DMM.Letter + "> FILTER NOT EXISTS { GRAPH <"
            + GRAPH.getURI() + "> { ?letter <" + DMM.readingOrder + "> ?position } } }";

    private CorpusSummary() {
    }

    /**
     * Counts again and replaces {@link #GRAPH}, in one write transaction.
     *
     * @return how many triples the summary holds
     */
    public static int write(Store store) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        List<Quad> quads = Txn.calculateRead(dsg, () -> {
            List<Quad> out = new ArrayList<>();
            for (String name : QUERIES) {
                Query query = QueryFactory.create(read(name));
                try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query).build()) {
                    if (query.isSelectType()) {
                        number(qe.execSelect(), out);
                    } else {
                        qe.execConstructTriples().forEachRemaining(t -> out.add(Quad.create(GRAPH, t)));
                    }
                }
            }
            out.add(Quad.create(GRAPH, GRAPH, OWL2.versionInfo.asNode(), NodeFactory.createLiteralString(VERSION)));
            return out;
        });
        store.replaceGraph(GRAPH, quads);
        return quads.size();
    }

    /**
     * Each row's {@code ?item ?property} with the row's place, counted from 1 per property. Where
     * the rows come in groups ({@code ?group}, rows of one group next to each other), a group's
     * first and last places are written too, as {@code ?group ?first n} and {@code ?group ?last n}:
     * a page of one group's rows is then the places from its first, without reading the rest.
     */
    private static void number(ResultSet rows, List<Quad> out) {
        Map<Node, Integer> placeOfProperty = new HashMap<>();
        GroupBounds bounds = new GroupBounds(out);
        rows.forEachRemaining(row -> {
            Node property = row.get("property").asNode();
            int place = placeOfProperty.merge(property, 1, Integer::sum);
            out.add(Quad.create(GRAPH, row.get("item").asNode(), property, integer(place)));
            if (row.contains("group")) {
                bounds.place(row.get("group").asNode(), row.get("first").asNode(), row.get("last").asNode(), place);
            }
        });
        bounds.close();
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }

    /** The first and last places of each group of rows, written as the group ends. */
    private static final class GroupBounds {
        private final List<Quad> out;
        private Node group;
        private Node lastProperty;
        private int last;

        GroupBounds(List<Quad> out) {
            this.out = out;
        }

        void place(Node rowGroup, Node firstProperty, Node rowLastProperty, int place) {
            if (!rowGroup.equals(group)) {
                close();
                group = rowGroup;
                lastProperty = rowLastProperty;
                out.add(Quad.create(GRAPH, group, firstProperty, integer(place)));
            }
            last = place;
        }

        void close() {
            if (group != null) {
                out.add(Quad.create(GRAPH, group, lastProperty, integer(last)));
                group = null;
            }
        }
    }

    /**
     * Whether the store holds a summary made by these queries (a store made by an older version
     * may hold none, or one that lacks what today's saved queries read) that places every
     * letter (a load cut off after its letters were stored leaves the summary before them, and
     * a list paged by position would leave the new letters out).
     */
    public static boolean current(Store store) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        Node version = NodeFactory.createLiteralString(VERSION);
        return Txn.calculateRead(dsg, () -> {
            if (!dsg.contains(GRAPH, GRAPH, OWL2.versionInfo.asNode(), version)) {
                return false;
            }
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(UNPLACED_LETTER).build()) {
                return !qe.execAsk();
            }
        });
    }

    /** What the summary records of the queries that made it: a digest of their text. */
    private static String version() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String name : QUERIES) {
                digest.update(read(name).getBytes(StandardCharsets.UTF_8));
            }
            return "summary queries sha-256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    private static String read(String name) {
        try (InputStream in = CorpusSummary.class.getResourceAsStream("/org/w3id/dmmkg/store/summary/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the store's summary query " + name + " is missing from its jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
