package org.w3id.dmmkg.server.queries;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The saved queries of a folder, with their grlc-compatible headers:
 * <pre>
 * #+ summary: one line
 * #+ description: a paragraph
 * #+ tags:
 * #+   - missions
 * #+ defaults:
 * #+   - mission: kfor
 * #+ pagination: 100
 * </pre>
 * A header line that does not parse is an error naming the file and the line. A query with
 * {@code pagination} must order its results ({@code ORDER BY}), or its pages would not be stable.
 */
public final class QueryCatalogue {
    private static final Pattern KEY = Pattern.compile("^#\\+\\s*([a-z_]+):\\s*(.*)$");
    private static final Pattern ITEM = Pattern.compile("^#\\+\\s+-\\s*(.+)$");
    private static final Pattern DEFAULT = Pattern.compile("^([A-Za-z][A-Za-z0-9]*)\\s*:\\s*(.+)$");
    private static final Pattern VARIABLE = Pattern.compile(
            "\\?(_{1,2})([A-Za-z][A-Za-z0-9]*)(?:_(iri|integer|decimal|date|boolean|string|[a-z]{2}))?\\b");
    /** The most rows per page a header may declare. */
    public static final int MAX_PAGINATION = 10_000;
    /** grlc's decorators; ours use summary, description, tags, defaults and pagination. */
    private static final Set<String> KEYS = Set.of("summary", "description", "tags", "defaults", "enumerate",
            "endpoint", "method", "pagination", "endpoint_in_url", "transform");

    private final List<CannedQuery> queries;

    private QueryCatalogue(List<CannedQuery> queries) {
        this.queries = List.copyOf(queries);
    }

    /** A file that always ships in the bundled folder. */
    private static final String BUNDLED = "dmm-kg/queries/README.md";

    /** The saved queries that ship in the jar. */
    public static QueryCatalogue bundled() throws IOException {
        return read(bundledFolder());
    }

    /** The folder of saved queries that ships in the jar. */
    public static Path bundledFolder() {
        return org.w3id.dmmkg.loader.BundledFiles.folderOf(QueryCatalogue.class, BUNDLED);
    }

    /** Reads every {@code .rq} file of {@code folder}, in name order. */
    public static QueryCatalogue read(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList();
        }
        List<CannedQuery> out = new ArrayList<>();
        for (Path f : files) {
            out.add(parse(f, Files.readString(f, StandardCharsets.UTF_8)));
        }
        return new QueryCatalogue(out);
    }

    public List<CannedQuery> queries() {
        return queries;
    }

    public Optional<CannedQuery> find(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    /** Parses one query file. */
    public static CannedQuery parse(Path file, String text) {
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        Map<String, String> values = new LinkedHashMap<>();
        List<String> tags = new ArrayList<>();
        Map<String, List<String>> defaults = new LinkedHashMap<>();
        String list = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length && lines[i].startsWith("#+"); i++) {
            String line = lines[i].stripTrailing();
            Matcher key = KEY.matcher(line);
            Matcher item = ITEM.matcher(line);
            if (key.matches()) {
                if (!KEYS.contains(key.group(1))) {
                    throw error(file, i, "unknown decorator '" + key.group(1) + "'");
                }
                list = key.group(2).isEmpty() ? key.group(1) : null;
                values.put(key.group(1), key.group(2).strip());
            } else if (item.matches() && "tags".equals(list)) {
                tags.add(item.group(1).strip());
            } else if (item.matches() && "defaults".equals(list)) {
                Matcher d = DEFAULT.matcher(item.group(1).strip());
                if (!d.matches()) {
                    throw error(file, i, "a default is 'name: value'");
                }
                defaults.computeIfAbsent(d.group(1), k -> new ArrayList<>()).add(d.group(2).strip());
            } else if (item.matches() && list != null) {
                continue;
            } else {
                throw error(file, i, "not a decorator ('#+ key: value') nor a list item ('#+   - item')");
            }
        }
        if (values.getOrDefault("summary", "").isEmpty()) {
            throw error(file, 0, "no '#+ summary:' line");
        }
        List<Parameter> parameters = parameters(text);
        int pagination = pagination(file, lines, values.get("pagination"));
        if (pagination > 0 && parameters.stream().anyMatch(p -> p.name().equals(PageRequest.PARAMETER))) {
            throw error(file, 0, "a paged query cannot have a parameter named '" + PageRequest.PARAMETER + "'");
        }
        return new CannedQuery(name, file, values.get("summary"), values.getOrDefault("description", ""), tags,
                defaults, parameters, pagination, text);
    }

    /** The rows per page a {@code #+ pagination: N} line declares; 0 without one. */
    private static int pagination(Path file, String[] lines, String value) {
        if (value == null) {
            return 0;
        }
        int line = 0;
        while (!lines[line].matches("^#\\+\\s*pagination:.*")) {
            line++;
        }
        if (!value.matches("[1-9][0-9]{0,4}") || Integer.parseInt(value) > MAX_PAGINATION) {
            throw error(file, line, "pagination is a number of rows from 1 to " + MAX_PAGINATION + ", got '" + value + "'");
        }
        try {
            org.apache.jena.query.Query query = org.apache.jena.query.QueryFactory.create(String.join("\n", lines));
            if (!query.isSelectType() || !query.hasOrderBy()) {
                throw error(file, line, "a paged query is a SELECT with ORDER BY, so that its pages are stable");
            }
        } catch (org.apache.jena.query.QueryParseException e) {
            throw error(file, line, "not SPARQL: " + e.getMessage().lines().findFirst().orElse(""));
        }
        return Integer.parseInt(value);
    }

    private static List<Parameter> parameters(String text) {
        Set<String> seen = new LinkedHashSet<>();
        List<Parameter> out = new ArrayList<>();
        Matcher m = VARIABLE.matcher(text.replaceAll("(?m)^#.*$", ""));
        while (m.find()) {
            String variable = m.group().substring(1);
            if (!seen.add(variable)) {
                continue;
            }
            String suffix = m.group(3);
            Parameter.Type type = suffix == null ? Parameter.Type.STRING : switch (suffix) {
                case "iri" -> Parameter.Type.IRI;
                case "integer" -> Parameter.Type.INTEGER;
                case "decimal" -> Parameter.Type.DECIMAL;
                case "date" -> Parameter.Type.DATE;
                case "boolean" -> Parameter.Type.BOOLEAN;
                case "string" -> Parameter.Type.STRING;
                default -> Parameter.Type.LANG_STRING;
            };
            String language = type == Parameter.Type.LANG_STRING ? suffix : null;
            out.add(new Parameter(m.group(2), variable, type, language, m.group(1).length() == 1));
        }
        return out;
    }

    private static IllegalArgumentException error(Path file, int line, String reason) {
        return new IllegalArgumentException(file + ":" + (line + 1) + ": " + reason);
    }
}
