package org.w3id.dmmkg.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Reading the values of gold items as the gold format means them: a field may hold one value
 * or a list of accepted values, and {@code null} means the text does not say.
 */
final class GoldValues {
    private GoldValues() {
    }

    /** The field's values: none for a missing or null field, the elements of a list (null for a null element), else the one value. */
    static List<String> list(JsonValue v) {
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            for (JsonValue element : v.getAsArray()) {
                out.add(element.isNull() ? null : text(element));
            }
            return out;
        }
        out.add(text(v));
        return out;
    }

    /** The field's text, or null when it is missing or null. */
    static String string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || v.isNull() ? null : text(v);
    }

    /** Whether the field holds something: not missing, null, empty, zero or false. */
    static boolean given(JsonValue v) {
        if (v == null || v.isNull()) {
            return false;
        }
        if (v.isString()) {
            return !v.getAsString().value().isEmpty();
        }
        if (v.isArray()) {
            return !v.getAsArray().isEmpty();
        }
        if (v.isObject()) {
            return !v.getAsObject().isEmpty();
        }
        if (v.isBoolean()) {
            return v.getAsBoolean().value();
        }
        return !v.isNumber() || v.getAsNumber().value().doubleValue() != 0;
    }

    /** The objects of a list field ({@code required}, {@code allowed}, {@code sameEntity}). */
    static List<JsonObject> objects(JsonValue v) {
        List<JsonObject> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            JsonArray array = v.getAsArray();
            array.forEach(element -> out.add(element.getAsObject()));
        }
        return out;
    }

    private static String text(JsonValue v) {
        return v.isString() ? v.getAsString().value() : v.toString();
    }
}
