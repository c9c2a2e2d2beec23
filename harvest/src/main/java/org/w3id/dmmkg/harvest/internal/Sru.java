package org.w3id.dmmkg.harvest.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3id.dmmkg.harvest.Dossier;
import org.w3id.dmmkg.harvest.SourceException;
import org.xml.sax.SAXException;

/**
 * officielebekendmakingen.nl's repository through SRU 2.0: the Kamerstukken of a dossier as
 * {@code gzd} records (their metadata, and in {@code enrichedData} the URLs of the XML, HTML
 * and PDF manifestations), page after page through {@code nextRecordPosition}. A query the
 * server cannot run answers 200 with a {@code diagnostics} block, which is reported as such.
 */
public final class Sru implements Source {
    static final String SRU_NS = "http://docs.oasis-open.org/ns/search-ws/sruResponse";
    static final String DIAG_NS = "http://docs.oasis-open.org/ns/search-ws/diagnostic";
    static final String GZD_NS = "http://standaarden.overheid.nl/sru";
    static final String DC_NS = "http://purl.org/dc/terms/";
    static final String W_NS = "http://standaarden.overheid.nl/wetgeving/";
    private static final int PAGE = 100;

    private final String base;
    private final PoliteClient http;

    public Sru(String base, PoliteClient http) {
        this.base = base;
        this.http = http;
    }

    @Override
    public String name() {
        return "sru";
    }

    @Override
    public List<Listed> list(Dossier dossier, LocalDate since, List<String> kinds) throws SourceException {
        String query = "c.product-area==officielepublicaties AND w.publicatienaam==Kamerstuk AND w.dossiernummer=="
                + dossier + (since == null ? "" : " AND dt.date>=" + since) + " sortBy dt.date/sort.ascending";
        List<Listed> out = new ArrayList<>();
        for (int start = 1; start > 0;) {
            String url = url(query, start);
            Element response = response(url);
            for (Element record : children(response, SRU_NS, "record")) {
                Listed listed = listed(record, url);
                if (listed != null && matches(listed, kinds)) {
                    out.add(listed);
                }
            }
            Element next = first(response, SRU_NS, "nextRecordPosition");
            start = next == null ? 0 : position(next.getTextContent(), url);
        }
        return out;
    }

    @Override
    public boolean exists(String id) throws SourceException {
        String url = url("dcterms.identifier==" + id, 1);
        return !children(response(url), SRU_NS, "record").isEmpty();
    }

    private String url(String query, int start) {
        return base + "?operation=searchRetrieve&version=2.0&recordSchema=gzd&startRecord=" + start
                + "&maximumRecords=" + PAGE + "&query=" + Urls.encode(query);
    }

    /** The searchRetrieveResponse, or the diagnostic the server answered with. */
    private Element response(String url) throws SourceException {
        Document doc = parse(url, http.get(url, "application/xml").body());
        Element root = doc.getDocumentElement();
        if (!SRU_NS.equals(root.getNamespaceURI()) || !"searchRetrieveResponse".equals(root.getLocalName())) {
            throw new SourceException(url + ": not an SRU response (root element " + root.getNodeName() + ")");
        }
        Element diagnostic = first(root, DIAG_NS, "diagnostic");
        if (diagnostic != null) {
            Element message = first(diagnostic, DIAG_NS, "message");
            throw new SourceException(url + ": the SRU server refused the query: "
                    + (message == null ? "no message" : message.getTextContent().strip()));
        }
        return root;
    }

    /** One {@code gzd} record, or null when it is not a Kamerstuk with a number. */
    private Listed listed(Element record, String url) throws SourceException {
        Element meta = first(record, W_NS, "meta");
        String id = text(meta, DC_NS, "identifier");
        if (id == null) {
            throw new SourceException(url + ": a record without dcterms:identifier");
        }
        Map<String, String> files = new LinkedHashMap<>();
        for (Element item : all(record, GZD_NS, "itemUrl")) {
            files.put(item.getAttribute("manifestation"), item.getTextContent().strip());
        }
        List<String> dossiers = new ArrayList<>();
        all(meta, W_NS, "dossiernummer").forEach(d -> dossiers.add(d.getTextContent().strip().replace(" ", "")));
        List<String> signers = new ArrayList<>();
        all(meta, W_NS, "indiener").forEach(i -> signers.add(i.getTextContent().strip()));
        String title = text(meta, W_NS, "documenttitel");
        String changed = text(meta, DC_NS, "modified") != null ? text(meta, DC_NS, "modified") : text(meta, DC_NS, "available");
        ObjectNode raw = JsonNodeFactory.instance.objectNode();
        raw.put("identifier", id).put("type", subtype(meta)).put("changed", changed);
        files.forEach((m, u) -> raw.withObject("/manifestations").put(m, u));
        String xml = files.get("xml");
        return new Listed(name(), id, changed, dossiers, text(meta, W_NS, "ondernummer"),
                title != null ? title : text(meta, DC_NS, "title"), null, date(text(meta, DC_NS, "date"), url), signers,
                text(record, GZD_NS, "preferredUrl"), files.getOrDefault("metadata", xml != null ? xml : url), xml,
                xml == null ? null : "xml", raw);
    }

    /** The Kamerstuk type ("Brief regering"), as {@code dcterms:type} or {@code subrubriek} states it. */
    private static String subtype(Element meta) {
        for (Element type : all(meta, DC_NS, "type")) {
            if (type.getAttribute("scheme").endsWith("KamerstukTypen")) {
                return type.getTextContent().strip();
            }
        }
        return text(meta, W_NS, "subrubriek");
    }

    private static boolean matches(Listed listed, List<String> kinds) {
        String type = listed.raw().path("type").asText(null);
        return type != null && kinds.stream().anyMatch(type::equalsIgnoreCase);
    }

    private static Document parse(String url, byte[] body) throws SourceException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // Never fetch what a response points at: no DTDs, no external entities.
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(body));
        } catch (SAXException e) {
            throw new SourceException(url + ": not XML: " + e.getMessage().replaceAll("\\s+", " "));
        } catch (ParserConfigurationException | java.io.IOException e) {
            throw new SourceException(url + ": cannot read the answer: " + e.getMessage(), e);
        }
    }

    private static int position(String text, String url) throws SourceException {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new SourceException(url + ": nextRecordPosition is not a number: '" + text.strip() + "'");
        }
    }

    private static LocalDate date(String text, String url) throws SourceException {
        try {
            return text == null ? null : LocalDate.parse(text.substring(0, Math.min(10, text.length())));
        } catch (DateTimeParseException e) {
            throw new SourceException(url + ": not a date: '" + text + "'");
        }
    }

    private static String text(Element in, String ns, String name) {
        Element e = in == null ? null : first(in, ns, name);
        return e == null || e.getTextContent().isBlank() ? null : e.getTextContent().strip();
    }

    private static Element first(Element in, String ns, String name) {
        NodeList found = in.getElementsByTagNameNS(ns, name);
        return found.getLength() == 0 ? null : (Element) found.item(0);
    }

    private static List<Element> all(Element in, String ns, String name) {
        List<Element> out = new ArrayList<>();
        if (in != null) {
            NodeList found = in.getElementsByTagNameNS(ns, name);
            for (int i = 0; i < found.getLength(); i++) {
                out.add((Element) found.item(i));
            }
        }
        return out;
    }

    private static List<Element> children(Element in, String ns, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = in.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "records".equals(e.getLocalName())) {
                out.addAll(all(e, ns, name));
            }
        }
        return out;
    }
}
