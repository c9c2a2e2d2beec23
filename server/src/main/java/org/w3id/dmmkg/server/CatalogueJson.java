package org.w3id.dmmkg.server;

import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.dmmkg.server.queries.CannedQuery;
import org.w3id.dmmkg.server.queries.Parameter;

/** The query catalogue as JSON, and as an OpenAPI 3 document generated from the query headers. */
final class CatalogueJson {
    private CatalogueJson() {
    }

    static JsonArray catalogue(List<CannedQuery> queries) {
        JsonArray out = new JsonArray();
        for (CannedQuery q : queries) {
            JsonObject o = new JsonObject();
            o.put("name", q.name());
            o.put("summary", q.summary());
            o.put("description", q.description());
            JsonArray tags = new JsonArray();
            q.tags().forEach(tags::add);
            o.put("tags", tags);
            JsonArray params = new JsonArray();
            for (Parameter p : q.parameters()) {
                JsonObject po = new JsonObject();
                po.put("name", p.name());
                po.put("type", p.type().name().toLowerCase(Locale.ROOT));
                po.put("required", p.required());
                JsonArray defaults = new JsonArray();
                q.defaults().getOrDefault(p.name(), List.of()).forEach(defaults::add);
                po.put("defaults", defaults);
                params.add(po);
            }
            o.put("parameters", params);
            o.put("url", "/api/queries/" + q.name());
            o.put("sparql", q.text());
            out.add(o);
        }
        return out;
    }

    static JsonObject openApi(List<CannedQuery> queries) {
        JsonObject doc = new JsonObject();
        doc.put("openapi", "3.0.3");
        JsonObject info = new JsonObject();
        info.put("title", "dmm-kg saved queries");
        info.put("version", "0.1.0");
        info.put("description", "Saved SPARQL queries over the letters of the Dutch Minister of Defence about NATO "
                + "meetings. Parameters are bound as typed RDF terms; repeat a parameter for several values.");
        doc.put("info", info);
        JsonObject paths = new JsonObject();
        paths.put("/api/queries", operation("catalogue", "The saved queries", "The catalogue as JSON.", List.of(),
                List.of(), "application/json"));
        for (CannedQuery q : queries) {
            paths.put("/api/queries/" + q.name(), operation(q.name(), q.summary(), q.description(), q.tags(),
                    q.parameters(), "application/sparql-results+json"));
        }
        doc.put("paths", paths);
        return doc;
    }

    private static JsonObject operation(String id, String summary, String description, List<String> tags,
            List<Parameter> params, String type) {
        JsonObject get = new JsonObject();
        get.put("operationId", id);
        get.put("summary", summary);
        get.put("description", description);
        JsonArray t = new JsonArray();
        tags.forEach(t::add);
        get.put("tags", t);
        JsonArray ps = new JsonArray();
        for (Parameter p : params) {
            JsonObject po = new JsonObject();
            po.put("name", p.name());
            po.put("in", "query");
            po.put("required", p.required());
            po.put("explode", true);
            JsonObject schema = new JsonObject();
            schema.put("type", "array");
            schema.put("items", itemSchema(p));
            po.put("schema", schema);
            ps.add(po);
        }
        get.put("parameters", ps);
        JsonObject responses = new JsonObject();
        JsonObject ok = new JsonObject();
        ok.put("description", "the results");
        JsonObject content = new JsonObject();
        for (String ct : List.of(type, "text/csv", "text/tab-separated-values")) {
            content.put(ct, new JsonObject());
        }
        ok.put("content", content);
        responses.put("200", ok);
        JsonObject bad = new JsonObject();
        bad.put("description", "a parameter is missing or not of its type");
        responses.put("400", bad);
        get.put("responses", responses);
        JsonObject item = new JsonObject();
        item.put("get", get);
        return item;
    }

    private static JsonObject itemSchema(Parameter p) {
        JsonObject s = new JsonObject();
        switch (p.type()) {
            case INTEGER -> s.put("type", "integer");
            case DECIMAL -> s.put("type", "number");
            case BOOLEAN -> s.put("type", "boolean");
            case DATE -> {
                s.put("type", "string");
                s.put("format", "date");
            }
            case IRI -> {
                s.put("type", "string");
                s.put("description", "an http(s) IRI, or a short name of a resource of this kind");
            }
            default -> s.put("type", "string");
        }
        return s;
    }
}
