package org.w3id.dmmkg.server.queries;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One saved query of {@code queries/}: its text and what its header says.
 *
 * @param name        the file name without {@code .rq}
 * @param file        the file
 * @param summary     one line
 * @param description a paragraph
 * @param tags        keywords
 * @param defaults    example values, used by the gallery and the expected-results tests
 * @param parameters  the parameters its variables declare
 * @param pagination  rows per page over HTTP ({@code #+ pagination: N}); 0 when its results are one page
 * @param text        the SPARQL text
 */
public record CannedQuery(String name, Path file, String summary, String description, List<String> tags,
        Map<String, List<String>> defaults, List<Parameter> parameters, int pagination, String text) {
    public CannedQuery {
        tags = List.copyOf(tags);
        defaults = Map.copyOf(defaults);
        parameters = List.copyOf(parameters);
    }

    /** Whether its results are served a page at a time. */
    public boolean paged() {
        return pagination > 0;
    }

    /** The same query with {@code rows} rows per page (0: one page), as a test or a command asks. */
    public CannedQuery withPagination(int rows) {
        return new CannedQuery(name, file, summary, description, tags, defaults, parameters, rows, text);
    }

    /** Whether the query cannot run without a value for {@code p}: it is required and its header gives no default. */
    public boolean needs(Parameter p) {
        return p.required() && !defaults.containsKey(p.name());
    }

    /** The default values as a URL query string ({@code mission=kfor&}), for the HTTP API. */
    public String defaultsAsQueryString() {
        StringBuilder b = new StringBuilder();
        new java.util.TreeMap<>(defaults).forEach((k, vs) -> vs.forEach(v -> b.append(k).append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)).append('&')));
        return b.toString();
    }
}
