package org.w3id.dmmkg.server.fuseki;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.dmmkg.loader.vocab.Prefixes;

/**
 * The files of the Fuseki UI (jena-fuseki-ui), as this server serves them under
 * {@code /fuseki/}: its start page with a bar back to the site and a style sheet that hides
 * the actions a read-only server does not offer (upload, edit, manage datasets); its query
 * page with the project's prefixes and the saved queries as its examples. The UI's built files
 * are patched where they list their prefixes and examples; when an upgrade of the UI changes
 * those places, building the server fails, not the page.
 */
final class FusekiUi {
    private static final String ROOT = "webapp/";
    private static final Pattern QUERY_CHUNK = Pattern.compile("Query-[A-Za-z0-9_-]+\\.js");
    private static final Pattern MAIN_SCRIPT = Pattern.compile("static/(index-[A-Za-z0-9_-]+\\.js)");
    static final String EXAMPLES = "queries:[{value:SELECT_TRIPLES_QUERY,text:\"Selection of triples\"},"
            + "{value:SELECT_CLASSES_QUERY,text:\"Selection of classes\"}]";
    static final String PREFIXES = "prefixes:[{uri:\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\",text:\"rdf\"},"
            + "{uri:\"http://www.w3.org/2000/01/rdf-schema#\",text:\"rdfs\"},{uri:\"http://www.w3.org/2002/07/owl#\","
            + "text:\"owl\"},{uri:\"http://www.w3.org/2001/XMLSchema#\",text:\"xsd\"}]";
    private static final String BAR = "<div class=\"dmmkg-bar\"><a href=\"/\">dmm-kg</a> · SPARQL editor (the Apache "
            + "Jena Fuseki UI, read-only) · <a href=\"/queries\">saved queries</a></div>";

    /** An example of the query page: its name and text. */
    record Example(String name, String query) {
    }

    private final byte[] index;
    private final Map<String, byte[]> patched;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    /** @param examples the saved queries, as the query page offers them */
    FusekiUi(List<Example> examples) {
        String html = text("index.html");
        this.index = html.replace("<title>Apache Jena Fuseki UI</title>", "<title>SPARQL editor · dmm-kg</title>")
                .replace("</head>", "<link rel=\"stylesheet\" href=\"/static/fuseki-readonly.css\"></head>")
                .replace("<body>", "<body>" + BAR).getBytes(StandardCharsets.UTF_8);
        this.patched = Map.of(queryChunk(html), patch(text("static/" + queryChunk(html)), examples)
                .getBytes(StandardCharsets.UTF_8));
    }

    byte[] index() {
        return index;
    }

    /** A file of the UI by its path below {@code webapp/} ({@code static/index-….js}), or null. */
    byte[] file(String name) {
        byte[] p = patched.get(name.startsWith("static/") ? name.substring(7) : name);
        if (p != null) {
            return p;
        }
        byte[] cached = files.get(name);
        if (cached == null) {
            cached = bytes(name);
            if (cached != null) {
                files.put(name, cached);
            }
        }
        return cached;
    }

    private static String queryChunk(String indexHtml) {
        Matcher main = MAIN_SCRIPT.matcher(indexHtml);
        if (!main.find()) {
            throw new IllegalStateException("the Fuseki UI's index.html names no main script");
        }
        Matcher chunk = QUERY_CHUNK.matcher(text("static/" + main.group(1)));
        if (!chunk.find()) {
            throw new IllegalStateException("the Fuseki UI's main script names no query page");
        }
        return chunk.group();
    }

    static String patch(String script, List<Example> examples) {
        if (!script.contains(EXAMPLES) || !script.contains(PREFIXES)) {
            throw new IllegalStateException("the Fuseki UI's query page no longer lists its examples and prefixes "
                    + "where dmm-kg replaces them; update FusekiUi for this version of jena-fuseki-ui");
        }
        JsonArray queries = new JsonArray();
        for (Example e : examples) {
            JsonObject o = new JsonObject();
            o.put("value", e.query());
            o.put("text", e.name());
            queries.add(o);
        }
        JsonArray prefixes = new JsonArray();
        Map<String, String> all = new java.util.LinkedHashMap<>(Prefixes.MAP);
        all.put("text", "http://jena.apache.org/text#");
        all.forEach((p, ns) -> {
            JsonObject o = new JsonObject();
            o.put("uri", ns);
            o.put("text", p);
            prefixes.add(o);
        });
        return script.replace(EXAMPLES, "queries:" + JSON.toStringFlat(queries))
                .replace(PREFIXES, "prefixes:" + JSON.toStringFlat(prefixes));
    }

    private static String text(String name) {
        byte[] b = bytes(name);
        if (b == null) {
            throw new IllegalStateException("the Fuseki UI (jena-fuseki-ui) has no " + name);
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String name) {
        try (InputStream in = FusekiUi.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Fuseki UI's " + name, e);
        }
    }
}
