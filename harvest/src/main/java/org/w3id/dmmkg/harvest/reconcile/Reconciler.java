package org.w3id.dmmkg.harvest.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.w3id.dmmkg.harvest.SourceException;
import org.w3id.dmmkg.harvest.internal.PoliteClient;

/**
 * Proposes Wikidata items for entities: asks a SPARQL endpoint (Wikidata's, or one shaped like
 * it) for items whose label or alias, in Dutch or English, is one of the entity's names, and
 * whether each is an instance of a class the entity's class expects. Scores them; proposes
 * nothing as a link: a curator accepts candidates in the review file.
 */
public final class Reconciler {
    /** Wikidata's query service. */
    public static final String WIKIDATA_ENDPOINT = "https://query.wikidata.org/sparql";
    /** Names per entity sent in one query (an entity with more aliases uses its first ones). */
    static final int MAX_NAMES = 12;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String endpoint;
    private final PoliteClient http;
    private final Map<String, List<String>> classes;
    private final double minScore;
    private final int perEntity;

    /**
     * @param classes   the Wikidata classes expected of each class
     * @param minScore  candidates scoring less are left out
     * @param perEntity at most this many candidates per entity
     */
    public Reconciler(String endpoint, Duration delay, String userAgent, Map<String, List<String>> classes,
            double minScore, int perEntity) {
        this.endpoint = endpoint;
        this.http = new PoliteClient(delay, userAgent, d -> Thread.sleep(d.toMillis()));
        this.classes = classes;
        this.minScore = minScore;
        this.perEntity = perEntity;
    }

    /** The best candidates for one entity, best first. */
    public List<Candidate> candidates(Entity entity) throws SourceException {
        String url = endpoint + (endpoint.contains("?") ? "&" : "?") + "query="
                + URLEncoder.encode(query(entity), StandardCharsets.UTF_8);
        JsonNode results = parse(url, http.get(url, "application/sparql-results+json").body());
        Map<String, Candidate> best = new LinkedHashMap<>();
        for (JsonNode row : results.path("results").path("bindings")) {
            String item = row.path("item").path("value").asText();
            String name = row.path("name").path("value").asText();
            boolean typed = row.has("class");
            boolean itemAlias = row.path("alias").path("value").asText().equals("true");
            double score = (entity.prefLabels().contains(name) ? 1.0 : 0.9) * (itemAlias ? 0.8 : 1.0) * (typed ? 1.0 : 0.5);
            String label = row.path("itemLabel").path("value").asText(name);
            Candidate c = new Candidate(entity, item, label, name, Math.round(score * 100) / 100.0, typed);
            best.merge(item, c, (a, b) -> a.score() >= b.score() ? a : b);
        }
        return best.values().stream().filter(c -> c.score() >= minScore)
                .sorted(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::item))
                .limit(perEntity).toList();
    }

    /** Requests sent so far. */
    public int requests() {
        return http.requests();
    }

    String query(Entity entity) {
        List<String> names = new ArrayList<>(entity.prefLabels());
        names.addAll(entity.altLabels());
        String values = names.stream().limit(MAX_NAMES).flatMap(n -> List.of(literal(n, "nl"), literal(n, "en")).stream())
                .collect(Collectors.joining(" "));
        String expected = classes.getOrDefault(entity.type(), List.of()).stream().map(c -> "<" + c + ">")
                .collect(Collectors.joining(" "));
        return """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX wdt: <http://www.wikidata.org/prop/direct/>
                SELECT ?item ?name ?alias ?class ?itemLabel WHERE {
                  VALUES ?name { %s }
                  { ?item rdfs:label ?name BIND("false" AS ?alias) } UNION { ?item skos:altLabel ?name BIND("true" AS ?alias) }
                  OPTIONAL { VALUES ?class { %s } ?item wdt:P31/wdt:P279* ?class }
                  OPTIONAL { ?item rdfs:label ?itemLabel FILTER(LANG(?itemLabel) = "en") }
                } LIMIT 100
                """.formatted(values, expected);
    }

    private static String literal(String name, String lang) {
        return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"@" + lang;
    }

    private static JsonNode parse(String url, byte[] body) throws SourceException {
        try {
            JsonNode json = JSON.readTree(body);
            if (json == null || !json.path("results").path("bindings").isArray()) {
                throw new SourceException(shortUrl(url) + ": not SPARQL JSON results");
            }
            return json;
        } catch (IOException e) {
            throw new SourceException(shortUrl(url) + ": not SPARQL JSON results: " + e.getMessage(), e);
        }
    }

    private static String shortUrl(String url) {
        int q = url.indexOf("?query=");
        return q < 0 ? url : url.substring(0, q) + " (query)";
    }
}
