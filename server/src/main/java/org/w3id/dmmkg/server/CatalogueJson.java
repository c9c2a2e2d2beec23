package org.w3id.dmmkg.server;

import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.dmmkg.server.queries.CannedQuery;
import org.w3id.dmmkg.server.queries.Parameter;

/** The query catalogue as JSON (the OpenAPI description is {@link OpenApiDocument}). */
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
                po.put("required", q.needs(p));
                JsonArray defaults = new JsonArray();
                q.defaults().getOrDefault(p.name(), List.of()).forEach(defaults::add);
                po.put("defaults", defaults);
                params.add(po);
            }
            o.put("parameters", params);
            if (q.paged()) {
                o.put("pagination", q.pagination());
            }
            o.put("url", "/api/queries/" + q.name());
            o.put("sparql", q.text());
            out.add(o);
        }
        return out;
    }
}
