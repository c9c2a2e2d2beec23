package org.w3id.dmmkg.bench;

import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonBoolean;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;

/** The benchmarks' figures as JSON: maps, lists, numbers, text, booleans and nulls. */
final class JsonFigures {
    private JsonFigures() {
    }

    static JsonValue of(Object value) {
        if (value == null) {
            return JsonNull.instance;
        } else if (value instanceof Map<?, ?> map) {
            JsonObject o = new JsonObject();
            map.forEach((k, v) -> o.put(String.valueOf(k), of(v)));
            return o;
        } else if (value instanceof List<?> list) {
            JsonArray a = new JsonArray();
            list.forEach(v -> a.add(of(v)));
            return a;
        } else if (value instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? JsonNull.instance : JsonNumber.value(d);
        } else if (value instanceof Number n) {
            return JsonNumber.value(n.longValue());
        } else if (value instanceof Boolean b) {
            return new JsonBoolean(b);
        }
        return new JsonString(String.valueOf(value));
    }
}
