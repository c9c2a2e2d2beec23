package org.w3id.dmmkg.harvest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.w3id.dmmkg.harvest.Dossier;
import org.w3id.dmmkg.harvest.SourceException;

/**
 * The Tweede Kamer's open data, OData v4: the documents of a dossier with their signers and
 * dossiers expanded, page after page through {@code @odata.nextLink}; each document's file at
 * {@code Document({Id})/resource}.
 */
public final class TkOData implements Source {
    static final String JSON = "application/json";
    /** The file formats the loader reads, by the content type the Tweede Kamer gives. */
    private static final Map<String, String> EXTENSIONS = Map.of("application/pdf", "pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String base;
    private final PoliteClient http;

    public TkOData(String base, PoliteClient http) {
        this.base = base;
        this.http = http;
    }

    @Override
    public String name() {
        return "tk";
    }

    @Override
    public List<Listed> list(Dossier dossier, LocalDate since, List<String> kinds) throws SourceException {
        String kind = kinds.stream().map(k -> "Soort eq '" + k.replace("'", "''") + "'").collect(Collectors.joining(" or "));
        String inDossier = "Kamerstukdossier/any(d:d/Nummer eq " + dossier.number()
                + (dossier.suffix() == null ? "" : " and d/Toevoeging eq '" + dossier.suffix() + "'") + ")";
        String filter = "Verwijderd eq false and (" + kind + ") and " + inDossier
                + (since == null ? "" : " and Datum ge " + since + "T00:00:00Z");
        String url = base + "Document?$filter=" + Urls.encode(filter) + "&$expand=DocumentActor,Kamerstukdossier"
                + "&$orderby=Datum";
        List<Listed> out = new ArrayList<>();
        while (url != null) {
            JsonNode json = parse(url, http.get(url, JSON).body());
            JsonNode value = json.get("value");
            if (value == null || !value.isArray()) {
                throw new SourceException(url + ": not an OData collection (no \"value\" array)");
            }
            for (JsonNode doc : value) {
                out.add(listed((ObjectNode) doc, dossier, url));
            }
            JsonNode next = json.get("@odata.nextLink");
            url = next == null || next.isNull() ? null : next.asText();
        }
        return out;
    }

    @Override
    public boolean exists(String id) throws SourceException {
        String url = base + "Document(" + id + ")?$select=Id,Verwijderd,GewijzigdOp";
        var answer = http.find(url, JSON);
        if (answer.isEmpty()) {
            return false;
        }
        JsonNode deleted = parse(url, answer.get().body()).get("Verwijderd");
        return deleted == null || !deleted.asBoolean();
    }

    private static JsonNode parse(String url, byte[] body) throws SourceException {
        try {
            JsonNode json = MAPPER.readTree(body);
            if (json == null || !json.isObject()) {
                throw new SourceException(url + ": not a JSON object");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new SourceException(url + ": not JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new SourceException(url + ": cannot read the answer: " + e.getMessage(), e);
        }
    }

    private Listed listed(ObjectNode doc, Dossier wanted, String url) throws SourceException {
        String id = text(doc, "Id");
        if (id == null) {
            throw new SourceException(url + ": a document without an Id");
        }
        int volgnummer = doc.path("Volgnummer").asInt(-1);
        String extension = EXTENSIONS.get(text(doc, "ContentType") == null ? "" : text(doc, "ContentType").split(";")[0].strip());
        return new Listed(name(), id, text(doc, "GewijzigdOp"), dossiers(doc, wanted), volgnummer > 0
                ? String.valueOf(volgnummer) : null, text(doc, "Onderwerp") != null ? text(doc, "Onderwerp") : text(doc, "Titel"), text(doc, "DocumentNummer"),
                date(text(doc, "Datum"), url), signers(doc), null, base + "Document(" + id + ")",
                extension == null ? null : base + "Document(" + id + ")/resource", extension, doc);
    }

    /** The document's dossiers, the one asked for first: its number is in that one. */
    private static List<String> dossiers(JsonNode doc, Dossier wanted) {
        List<String> out = new ArrayList<>();
        out.add(wanted.toString());
        for (JsonNode d : doc.path("Kamerstukdossier")) {
            String suffix = text(d, "Toevoeging");
            String name = d.path("Nummer").asText() + (suffix == null || suffix.isBlank() ? "" : "-" + suffix.strip());
            if (!out.contains(name) && d.hasNonNull("Nummer")) {
                out.add(name);
            }
        }
        return out;
    }

    /** The first signers, as the Kamer writes their names. */
    private static List<String> signers(JsonNode doc) {
        List<String> out = new ArrayList<>();
        for (JsonNode actor : doc.path("DocumentActor")) {
            if ("Eerste ondertekenaar".equalsIgnoreCase(actor.path("Relatie").asText()) && text(actor, "ActorNaam") != null) {
                out.add(text(actor, "ActorNaam"));
            }
        }
        return out;
    }

    private static LocalDate date(String text, String url) throws SourceException {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
            } catch (DateTimeParseException again) {
                throw new SourceException(url + ": not a date: '" + text + "'");
            }
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
    }
}
