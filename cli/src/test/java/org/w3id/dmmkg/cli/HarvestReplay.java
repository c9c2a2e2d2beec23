package org.w3id.dmmkg.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A loopback HTTP server that stands in for the two official sources, replaying the fixtures of
 * {@code replay/} in their documented formats: the Tweede Kamer's OData (pages with
 * {@code @odata.nextLink}, a 429 with {@code Retry-After} before the second page, documents'
 * files at {@code Document({Id})/resource}, a deleted document) and officielebekendmakingen's
 * SRU (pages with {@code nextRecordPosition}, manifestations, a diagnostics answer). Tests switch
 * it between states: the dossier as first harvested, and changed (one letter deleted, one with a
 * new file); and make a source answer garbage.
 */
final class HarvestReplay implements AutoCloseable {
    static final String A = "0d4e5f60-1a2b-4c3d-8e9f-000000000901";
    static final String B = "0d4e5f60-1a2b-4c3d-8e9f-000000000902";
    static final String C = "0d4e5f60-1a2b-4c3d-8e9f-000000000903";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final HttpServer server;
    final String base;
    /** Every request, as path and query. */
    final List<String> requests = new CopyOnWriteArrayList<>();
    final List<String> userAgents = new CopyOnWriteArrayList<>();
    final AtomicInteger fileRequests = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    private final Map<String, byte[]> tkFiles = new ConcurrentHashMap<>();
    private final Map<String, String> tkTypes = new ConcurrentHashMap<>();
    volatile boolean changed;
    volatile boolean sruGarbage;
    volatile boolean sruRefuses;
    volatile boolean tooManyRequests = true;

    HarvestReplay() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        tkFile(A, "application/pdf", pdf(letterC("21 februari 2023", "")));
        tkFile(B, DOCX, docx());
        tkFile(C, "application/pdf", pdf(letterC("14 juni 2023", "")));
    }

    String tkApi() {
        return base + "/tk/";
    }

    String sru() {
        return base + "/sru";
    }

    void tkFile(String id, String type, byte[] bytes) {
        tkFiles.put(id, bytes);
        tkTypes.put(id, type);
    }

    /** The dossier's second state: B deleted, C with a new version of its file. */
    void change() throws IOException {
        changed = true;
        tkFile(C, "application/pdf", pdf(letterC("14 juni 2023", " De agenda is op 19 juni 2023 aangevuld.")));
    }

    private void handle(HttpExchange ex) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            String path = ex.getRequestURI().getRawPath();
            String query = ex.getRequestURI().getRawQuery() == null ? "" : URLDecoder.decode(ex.getRequestURI().getRawQuery(),
                    StandardCharsets.UTF_8);
            requests.add(path + "?" + query);
            userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
            if (path.startsWith("/tk/")) {
                tk(ex, path.substring(4), query);
            } else if (path.equals("/sru")) {
                sru(ex, query);
            } else if (path.startsWith("/files/")) {
                fileRequests.incrementAndGet();
                String name = path.substring(path.lastIndexOf('/') + 1);
                send(ex, 200, "application/xml", fixture("files/" + name));
            } else {
                send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void tk(HttpExchange ex, String path, String query) throws IOException {
        if (path.equals("Document")) {
            if (!query.contains("Nummer eq 28676")) {
                send(ex, 200, "application/json", fixture("tk/empty.json"));
            } else if (query.contains("$skip=2")) {
                if (tooManyRequests) {
                    tooManyRequests = false;
                    ex.getResponseHeaders().add("Retry-After", "1");
                    send(ex, 429, "application/json", "{\"error\":{\"code\":\"429\",\"message\":\"Too many requests\"}}"
                            .getBytes(StandardCharsets.UTF_8));
                    return;
                }
                send(ex, 200, "application/json", fixture("tk/28676-page2.json"));
            } else {
                send(ex, 200, "application/json", fixture(changed ? "tk/28676-changed.json" : "tk/28676-page1.json"));
            }
            return;
        }
        String id = path.substring(path.indexOf('(') + 1, path.indexOf(')'));
        if (path.endsWith("/resource")) {
            fileRequests.incrementAndGet();
            send(ex, 200, tkTypes.get(id), tkFiles.get(id));
        } else if (id.equals(B) && changed) {
            send(ex, 200, "application/json", fixture("tk/deleted-902.json"));
        } else {
            send(ex, 200, "application/json", fixture("tk/present-901.json"));
        }
    }

    private void sru(HttpExchange ex, String query) throws IOException {
        if (sruGarbage) {
            send(ex, 200, "text/html", "<html><body>Onderhoud".getBytes(StandardCharsets.UTF_8));
        } else if (sruRefuses) {
            send(ex, 200, "application/xml", fixture("sru/diagnostic.xml"));
        } else if (query.contains("w.dossiernummer==28676")) {
            send(ex, 200, "application/xml", fixture(query.contains("startRecord=3") ? "sru/28676-page2.xml"
                    : "sru/28676-page1.xml"));
        } else {
            send(ex, 200, "application/xml", fixture("sru/empty.xml"));
        }
    }

    private byte[] fixture(String name) throws IOException {
        try (InputStream in = HarvestReplay.class.getResourceAsStream("/replay/" + name)) {
            if (in == null) {
                throw new IOException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{base}}", base)
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (var out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    /** The annotated agenda the Tweede Kamer serves as PDF; its text is dated {@code date}. */
    static String letterC(String date, String addition) {
        return "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, " + date + "\n\n"
                + "Betreft Geannoteerde agenda NAVO-ministers van Defensie 15 en 16 juni 2023\n\n"
                + "Op 15 en 16 juni 2023 vindt in Brussel de bijeenkomst van de NAVO-ministers van Defensie plaats."
                + addition + "\nNederland zet de bijdrage aan KFOR voort.\n\nDe Minister van Defensie,\n\nK.H. Ollongren\n";
    }

    static byte[] pdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.setLeading(14);
                content.newLineAtOffset(50, 740);
                for (String line : text.split("\n", -1)) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The report of a Contact Group meeting, as a Word document. */
    static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : new String[] {"Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
                "Datum 12 april 2023", "Betreft Verslag Ukraine Defense Contact Group",
                "Op 11 april 2023 kwam de Ukraine Defense Contact Group voor de elfde keer bijeen.",
                "Nederland draagt bij aan de levering van luchtverdediging aan Oekraïne.",
                "De Minister van Defensie,", "K.H. Ollongren"}) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
