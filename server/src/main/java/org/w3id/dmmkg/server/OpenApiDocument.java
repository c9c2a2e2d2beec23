package org.w3id.dmmkg.server;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.w3id.dmmkg.server.queries.CannedQuery;
import org.w3id.dmmkg.server.queries.PageRequest;
import org.w3id.dmmkg.server.queries.Parameter;

/**
 * The saved queries as an OpenAPI 3 document, generated from their headers: one operation per
 * query, its parameters typed (a parameter whose header gives a default is optional, with the
 * default shown), every result format with its schema, the server, the licence, and no
 * security (the API is public and read-only).
 */
final class OpenApiDocument {
    private static final String SPARQL_JSON = "application/sparql-results+json";
    private static final String LICENCE = "https://creativecommons.org/publicdomain/zero/1.0/";

    private OpenApiDocument() {
    }

    /** @param server this server's base URL, as the request reached it */
    static JsonObject of(List<CannedQuery> queries, String server) {
        JsonObject doc = new JsonObject();
        doc.put("openapi", "3.0.3");
        doc.put("info", info());
        doc.put("servers", array(object("url", server, "description", "this dmm-kg server")));
        doc.put("security", new JsonArray());
        doc.put("tags", tags(queries));
        JsonObject paths = new JsonObject();
        paths.put("/api/queries", catalogueOperation());
        for (CannedQuery q : queries) {
            paths.put("/api/queries/" + q.name(), queryOperation(q));
        }
        doc.put("paths", paths);
        doc.put("components", components());
        return doc;
    }

    private static JsonObject info() {
        JsonObject info = object("title", "dmm-kg saved queries", "version", "0.1.0");
        info.put("description", "Saved SPARQL queries over the letters of the Dutch Minister of Defence about NATO and "
                + "EU defence meetings. Parameters are bound as typed RDF terms; repeat a parameter for several values; "
                + "a string parameter is one value whatever it holds. The format follows the Accept header, or a suffix "
                + "of the path: .csv, .tsv, .json, .xml. A query that can return many rows answers a page at a time "
                + "(?page=2; ?page=all for every row) with Link headers to the first, previous and next page.");
        info.put("license", object("name", "CC0 1.0 (the data); the letters are official publications", "url", LICENCE));
        return info;
    }

    private static JsonArray tags(List<CannedQuery> queries) {
        TreeSet<String> names = new TreeSet<>();
        queries.forEach(q -> names.addAll(q.tags()));
        names.add("catalogue");
        JsonArray tags = new JsonArray();
        for (String t : names) {
            tags.add(object("name", t, "description", t.equals("catalogue") ? "The list of saved queries"
                    : "Saved queries about " + t));
        }
        return tags;
    }

    private static JsonObject catalogueOperation() {
        JsonObject get = operation("catalogue", "The saved queries", "Every saved query: name, summary, description, "
                + "tags, parameters with their types and defaults, and its SPARQL.", List.of("catalogue"));
        JsonObject content = new JsonObject();
        content.put("application/json", schema("#/components/schemas/Catalogue"));
        JsonObject responses = object("200", response("The catalogue", content));
        responses.put("413", plain("The request carries a body over the server's size limit"));
        get.put("responses", responses);
        return object("get", get);
    }

    private static JsonObject queryOperation(CannedQuery q) {
        JsonObject get = operation(q.name(), q.summary(), q.description(), q.tags());
        JsonArray ps = new JsonArray();
        for (Parameter p : q.parameters()) {
            ps.add(parameter(q, p));
        }
        if (q.paged()) {
            ps.add(pageParameter(q));
        }
        get.put("parameters", ps);
        JsonObject content = new JsonObject();
        content.put(SPARQL_JSON, schema("#/components/schemas/SparqlResults"));
        for (String type : List.of("text/csv", "text/tab-separated-values", "application/sparql-results+xml")) {
            content.put(type, object("schema", object("type", "string")));
        }
        JsonObject responses = new JsonObject();
        JsonObject ok = response(q.paged() ? "One page of the results" : "The results", content);
        if (q.paged()) {
            ok.put("headers", object("Link", object("description", "The first, previous and next page (RFC 8288: "
                    + "rel=\"first\", \"prev\", \"next\"); no \"last\", which would mean counting every row. Not sent "
                    + "with page=all.", "schema", object("type", "string"))));
        }
        responses.put("200", ok);
        responses.put("400", plain("A parameter is unknown, missing, or not of its type"
                + (q.paged() ? "; or page is not a page number nor 'all'" : "")));
        responses.put("404", plain(q.paged() ? "No saved query of that name, or a page past the last"
                : "No saved query of that name"));
        responses.put("503", plain("The query took longer than the server's timeout"));
        get.put("responses", responses);
        return object("get", get);
    }

    private static JsonObject parameter(CannedQuery q, Parameter p) {
        JsonObject po = object("name", p.name(), "in", "query");
        List<String> defaults = q.defaults().getOrDefault(p.name(), List.of());
        po.put("description", description(p) + (defaults.isEmpty() ? "" : " Default: " + String.join(", ", defaults) + "."));
        po.put("required", q.needs(p));
        po.put("style", "form");
        po.put("explode", true);
        JsonObject schema = object("type", "array");
        schema.put("items", itemSchema(p));
        if (!defaults.isEmpty()) {
            JsonArray d = new JsonArray();
            defaults.forEach(d::add);
            schema.put("default", d);
        }
        po.put("schema", schema);
        return po;
    }

    private static JsonObject pageParameter(CannedQuery q) {
        JsonObject po = object("name", PageRequest.PARAMETER, "in", "query");
        po.put("description", "Which page of " + q.pagination() + " results: 1 (the default) for the first, or 'all' "
                + "for every row (up to the server's ceiling). The Link header names the next page while there is one.");
        po.put("required", false);
        JsonObject number = object("type", "integer");
        number.put("minimum", 1);
        number.put("maximum", PageRequest.MAX_PAGE);
        po.put("schema", object("oneOf", array(number, object("type", "string", "enum", array("all"))), "default",
                org.apache.jena.atlas.json.JsonNumber.value(1)));
        po.put("examples", object("first", object("summary", "the first page", "value", org.apache.jena.atlas.json.JsonNumber.value(1)),
                "all", object("summary", "every row", "value", "all")));
        return po;
    }

    private static String description(Parameter p) {
        return switch (p.type()) {
            case IRI -> "An http(s) IRI, or the short name of a resource of this kind (" + p.name() + "=kfor).";
            case LANG_STRING -> "A string, taken in language '" + p.language() + "'.";
            default -> "A value of type " + p.type().name().toLowerCase(Locale.ROOT) + "; one value per repetition.";
        };
    }

    private static JsonObject itemSchema(Parameter p) {
        return switch (p.type()) {
            case INTEGER -> object("type", "integer");
            case DECIMAL -> object("type", "number");
            case BOOLEAN -> object("type", "boolean");
            case DATE -> object("type", "string", "format", "date");
            case IRI -> object("type", "string", "format", "uri-reference");
            default -> object("type", "string");
        };
    }

    private static JsonObject components() {
        JsonObject term = object("type", "object");
        term.put("required", array("type", "value"));
        term.put("properties", properties("type", object("type", "string", "enum", array("uri", "literal", "bnode")),
                "value", object("type", "string"), "datatype", object("type", "string"),
                "xml:lang", object("type", "string")));
        JsonObject results = object("type", "object");
        results.put("description", "SPARQL 1.1 Query Results JSON Format");
        JsonObject head = object("type", "object");
        head.put("properties", properties("vars", object("type", "array", "items", object("type", "string"))));
        JsonObject bindings = object("type", "array", "items", object("type", "object", "additionalProperties",
                schemaRef("#/components/schemas/RdfTerm")));
        JsonObject body = object("type", "object");
        body.put("properties", properties("bindings", bindings));
        results.put("properties", properties("head", head, "results", body));
        JsonObject entry = object("type", "object");
        entry.put("properties", properties("name", object("type", "string"), "summary", object("type", "string"),
                "description", object("type", "string"), "tags", object("type", "array", "items", object("type", "string")),
                "url", object("type", "string"), "sparql", object("type", "string"),
                "pagination", object("type", "integer", "description", "rows per page, for a query served a page at a time"),
                "parameters", object("type", "array", "items", object("type", "object"))));
        JsonObject schemas = properties("RdfTerm", term, "SparqlResults", results, "Catalogue",
                object("type", "array", "items", entry));
        return object("schemas", schemas);
    }

    private static JsonObject operation(String id, String summary, String description, List<String> tags) {
        JsonObject get = object("operationId", id, "summary", summary);
        get.put("description", description);
        JsonArray t = new JsonArray();
        tags.forEach(t::add);
        get.put("tags", t);
        return get;
    }

    private static JsonObject response(String description, JsonObject content) {
        JsonObject r = object("description", description);
        r.put("content", content);
        return r;
    }

    private static JsonObject plain(String description) {
        JsonObject content = new JsonObject();
        content.put("text/plain", object("schema", object("type", "string")));
        return response(description, content);
    }

    private static JsonObject schema(String ref) {
        return object("schema", schemaRef(ref));
    }

    private static JsonObject schemaRef(String ref) {
        return object("$ref", ref);
    }

    /** An object of key-value pairs; a value that is not JSON already is a string. */
    private static JsonObject object(Object... pairs) {
        JsonObject o = new JsonObject();
        for (int i = 0; i < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            o.put((String) pairs[i], v instanceof JsonValue j ? j : new org.apache.jena.atlas.json.JsonString(v.toString()));
        }
        return o;
    }

    private static JsonObject properties(Object... pairs) {
        return object(pairs);
    }

    private static JsonArray array(Object... values) {
        JsonArray a = new JsonArray();
        for (Object v : values) {
            a.add(v instanceof JsonValue j ? j : new org.apache.jena.atlas.json.JsonString(v.toString()));
        }
        return a;
    }
}
