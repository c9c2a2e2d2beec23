package org.w3id.dmmkg.server.linked;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.w3id.dmmkg.server.html.Label;

/**
 * The names pages show, in English and Dutch, from the graph: a resource's own labels; for
 * meetings, Kamerstukken and letters, whose extracted labels are Dutch and terse, a name
 * composed from the English and Dutch labels of what they are (meeting type, place, letter
 * type) and their dates. Call inside a read transaction, with one instance per page: it
 * remembers the names it gave.
 */
public final class Labels {
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter NL_DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", DUTCH);

    private final Graph graph;
    /**
     * Names already composed, for this page: a page names the same meetings, letter types and
     * places many times (in the names of the letters of a mission's 300 commitments, say), and
     * composing a letter's name reads some 30 facts.
     */
    private final Map<Node, Label> titles = new HashMap<>();
    private final Map<Node, Label> linkLabels = new HashMap<>();
    private final Map<Node, Label> owns = new HashMap<>();
    private final Map<Node, Label> meetings = new HashMap<>();

    public Labels(Graph graph) {
        this.graph = graph;
    }

    /**
     * The name of {@code n} as a link shows it: in both languages where the data has both; for
     * a meeting or a letter, whose names are composed, in English (the Dutch is a translation
     * of the same words, shown on its own page by {@link #title}).
     */
    public Label of(Node n) {
        return remembered(linkLabels, n, x -> composed(x) ? new Label(title(x).en(), null) : title(x));
    }

    /** What {@code name} gives for {@code n}, composed once per page (not computeIfAbsent: names nest). */
    private static Label remembered(Map<Node, Label> known, Node n, java.util.function.Function<Node, Label> name) {
        Label label = known.get(n);
        if (label == null) {
            label = name.apply(n);
            known.put(n, label);
        }
        return label;
    }

    private boolean composed(Node n) {
        return n.isURI() && (graph.contains(n, Terms.TYPE, Terms.MEETING) || graph.contains(n, Terms.TYPE, Terms.LETTER));
    }

    /** The name of {@code n} as its own page shows it: in both languages where the data allows. */
    public Label title(Node n) {
        return remembered(titles, n, this::composedTitle);
    }

    private Label composedTitle(Node n) {
        if (n.isURI() && graph.contains(n, Terms.TYPE, Terms.MEETING)) {
            return meeting(n);
        }
        if (n.isURI() && graph.contains(n, Terms.TYPE, Terms.LETTER)) {
            return letter(n);
        }
        Label own = own(n);
        if (own.en() == null && n.isURI() && graph.contains(n, Terms.TYPE, Terms.KAMERSTUK)) {
            return new Label(kamerstuk(n), own.nl());
        }
        if (own.en() == null && own.nl() == null) {
            return new Label(localName(n), null);
        }
        return own;
    }

    /** The resource's own labels: preferred label, else label, else name, per language. */
    public Label own(Node n) {
        return remembered(owns, n, this::ownLabels);
    }

    private Label ownLabels(Node n) {
        String en = literal(n, "en", Terms.PREF_LABEL, Terms.LABEL);
        String nl = literal(n, "nl", Terms.PREF_LABEL, Terms.LABEL);
        String plain = literal(n, "", Terms.PREF_LABEL, Terms.LABEL, Terms.NAME);
        return new Label(en, nl != null ? nl : plain);
    }

    private Label meeting(Node m) {
        return remembered(meetings, m, this::meetingName);
    }

    private Label meetingName(Node m) {
        Node type = object(m, Terms.MEETING_TYPE);
        Node place = object(m, Terms.LOCATION);
        LocalDate from = date(m, Terms.START_DATE);
        LocalDate to = date(m, Terms.END_DATE);
        String sequence = string(m, Terms.SEQUENCE);
        Label typeLabel = type == null ? own(m) : own(type);
        Label placeLabel = place == null ? null : own(place);
        String en = join(typeLabel.text(), sequence == null ? null : "no. " + sequence,
                placeLabel == null ? null : placeLabel.text(), range(from, to, Locale.ENGLISH, EN_DAY));
        String nlType = typeLabel.nl() != null ? typeLabel.nl() : typeLabel.text();
        String nl = join(nlType, sequence == null ? null : "nr. " + sequence,
                placeLabel == null ? null : placeLabel.nl() != null ? placeLabel.nl() : placeLabel.text(),
                range(from, to, DUTCH, NL_DAY));
        Node parent = object(m, Terms.PART_OF);
        if (parent != null && !parent.equals(m) && object(parent, Terms.PART_OF) == null) {
            Label at = meeting(parent);
            return new Label(en + " at the " + at.en(), nl + " tijdens de " + at.nl());
        }
        return new Label(en, nl);
    }

    private Label letter(Node l) {
        Node type = object(l, Terms.LETTER_TYPE);
        Node meeting = object(l, Terms.REPORTS_ON);
        LocalDate date = date(l, Terms.DATE);
        Label typeLabel = type == null ? new Label("Letter", "Brief") : own(type);
        Label meetingLabel = meeting == null ? null : meeting(meeting);
        String en = capitalised(typeLabel.text()) + (meetingLabel == null ? "" : ": " + meetingLabel.en())
                + (date == null ? " (undated)" : " (" + EN_DAY.format(date) + ")");
        String nlType = typeLabel.nl() != null ? typeLabel.nl() : typeLabel.text();
        String nl = capitalised(nlType) + (meetingLabel == null ? "" : ": " + meetingLabel.nl())
                + (date == null ? " (zonder datum)" : " (" + NL_DAY.format(date) + ")");
        return new Label(en, nl);
    }

    private String kamerstuk(Node k) {
        java.util.List<String> dossiers = graph.find(k, Terms.DOSSIER, Node.ANY).mapWith(t -> t.getObject())
                .filterKeep(Node::isLiteral).mapWith(Node::getLiteralLexicalForm).toList();
        java.util.Collections.sort(dossiers);
        String dossier = dossiers.isEmpty() ? null : String.join(" and ", dossiers);
        String number = string(k, Terms.DOCUMENT);
        String by = string(k, Terms.SUBMITTED_BY);
        String paper = dossier == null ? null : "Parliamentary paper " + dossier + (number == null ? "" : ", no. " + number);
        return by == null ? paper : "Motion by " + by + (paper == null ? "" : " (" + paper + ")");
    }

    /** {@code 14–15 February 2023}, {@code 28 June – 1 July 2022}, {@code 9 October 2023}; null without dates. */
    static String range(LocalDate from, LocalDate to, Locale locale, DateTimeFormatter day) {
        if (to == null) {
            return from == null ? null : day.format(from);
        }
        if (from == null || from.equals(to)) {
            return day.format(to);
        }
        if (from.getYear() == to.getYear() && from.getMonth() == to.getMonth()) {
            return from.getDayOfMonth() + "–" + day.format(to);
        }
        String start = from.getYear() == to.getYear()
                ? DateTimeFormatter.ofPattern("d MMMM", locale).format(from) : day.format(from);
        return start + " – " + day.format(to);
    }

    /** A date in English and Dutch, for pages. */
    public static Label date(LocalDate d) {
        return new Label(EN_DAY.format(d), NL_DAY.format(d));
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isEmpty()) {
                b.append(b.length() == 0 ? "" : ", ").append(p);
            }
        }
        return b.toString();
    }

    /** {@code s} with its first letter in upper case. */
    public static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    static String localName(Node n) {
        if (!n.isURI()) {
            return n.toString();
        }
        String uri = n.getURI();
        return uri.substring(Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('#')) + 1);
    }

    /** The first literal of the first of {@code properties} that has one in {@code lang} ("" for none). */
    public String literal(Node s, String lang, Node... properties) {
        for (Node p : properties) {
            for (Triple t : graph.find(s, p, Node.ANY).toList()) {
                Node o = t.getObject();
                if (o.isLiteral() && lang.equalsIgnoreCase(o.getLiteralLanguage())) {
                    return o.getLiteralLexicalForm();
                }
            }
        }
        return null;
    }

    public Node object(Node s, Node p) {
        var it = graph.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    public String string(Node s, Node p) {
        Node o = object(s, p);
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : null;
    }

    /** The {@code xsd:date} value of {@code p}, or null (also for a year or a date-time). */
    public LocalDate date(Node s, Node p) {
        Node o = object(s, p);
        boolean day = o != null && o.isLiteral()
                && org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate.getURI().equals(o.getLiteralDatatypeURI());
        return day ? LocalDate.parse(o.getLiteralLexicalForm()) : null;
    }
}
