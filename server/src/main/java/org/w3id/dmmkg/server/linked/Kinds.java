package org.w3id.dmmkg.server.linked;

import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.dmmkg.loader.vocab.DMM;

/**
 * What kind of thing a resource is, for grouping and colouring it on pages: the first of the
 * contract's classes it belongs to, most specific first (a motion before a Kamerstuk).
 */
public final class Kinds {
    /** The classes pages group by, in the order they are shown. */
    public static final List<String> ORDER = List.of("Meeting", "Mission", "Initiative", "Motion", "Kamerstuk",
            "Minister", "Commitment", "Country", "Organisation", "Place", "Letter");

    private Kinds() {
    }

    /** The local name of the first class of {@link #ORDER} that {@code n} has, or null. */
    public static String of(Graph graph, Node n) {
        for (String c : ORDER) {
            if (graph.contains(n, Terms.TYPE, classNode(c))) {
                return c;
            }
        }
        return null;
    }

    public static Node classNode(String localName) {
        return NodeFactory.createURI(DMM.NS + localName);
    }

    /** The CSS class that colours marks of this kind ({@code m-mission}); {@code m-other} for none. */
    public static String css(String kind) {
        return "m-" + (kind == null ? "other" : kind.toLowerCase(Locale.ROOT));
    }
}
