package org.w3id.dmmkg.harvest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.w3id.dmmkg.store.OfficialRecord;

/** An {@link OfficialRecord} as the {@code official} part of a sidecar, and back. */
public final class RecordJson {
    private RecordJson() {
    }

    public static ObjectNode write(OfficialRecord r) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("key", r.key());
        o.put("title", r.title());
        r.dossiers().forEach(o.withArray("/dossiers")::add);
        o.put("number", r.number());
        o.put("tkDocumentNumber", r.tkDocumentNumber());
        o.put("date", r.date() == null ? null : r.date().toString());
        r.signers().forEach(o.withArray("/signers")::add);
        o.put("page", r.page());
        r.sources().forEach(o.withArray("/sources")::add);
        return o;
    }

    /** @throws IllegalArgumentException when the JSON is not a record (no key, a bad date) */
    public static OfficialRecord read(JsonNode o) {
        OfficialRecord.Builder b = OfficialRecord.builder(text(o, "key")).title(text(o, "title")).number(text(o, "number"))
                .tkDocumentNumber(text(o, "tkDocumentNumber")).page(text(o, "page"));
        String date = text(o, "date");
        b.date(date == null ? null : LocalDate.parse(date));
        strings(o, "dossiers").forEach(b::dossier);
        strings(o, "signers").forEach(b::signer);
        strings(o, "sources").forEach(b::source);
        return b.build();
    }

    private static List<String> strings(JsonNode o, String field) {
        return o.path(field).isArray() ? java.util.stream.StreamSupport.stream(o.path(field).spliterator(), false)
                .map(JsonNode::asText).toList() : List.of();
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
