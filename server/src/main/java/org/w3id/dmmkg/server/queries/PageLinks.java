package org.w3id.dmmkg.server.queries;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages beside one page of a saved query's results, as grlc links them: {@code first},
 * {@code prev} and {@code next} (when another page follows). Never {@code last}: knowing it
 * would mean counting every row.
 *
 * @param page    the page shown, from 1
 * @param hasNext whether a next page follows
 */
public record PageLinks(long page, boolean hasNext) {
    /** The relation of each neighbour to its page number, in the order a reader meets them. */
    public Map<String, Long> neighbours() {
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("first", 1L);
        if (page > 1) {
            out.put("prev", page - 1);
        }
        if (hasNext) {
            out.put("next", page + 1);
        }
        return out;
    }

    /**
     * The HTTP {@code Link} header (RFC 8288) naming the neighbours.
     *
     * @param address the page's address without its query string
     * @param values  the query's own parameters, kept in every link
     */
    public String header(String address, Map<String, List<String>> values) {
        StringBuilder b = new StringBuilder();
        neighbours().forEach((rel, n) -> b.append(b.length() == 0 ? "" : ", ").append('<')
                .append(address).append(queryString(values, n)).append(">; rel=\"").append(rel).append('"'));
        return b.toString();
    }

    /** {@code ?mission=kfor&page=2}: the parameters as given, then the page. */
    public static String queryString(Map<String, List<String>> values, long page) {
        String given = queryString(values);
        return given + (given.isEmpty() ? '?' : '&') + PageRequest.PARAMETER + '=' + page;
    }

    /** {@code ?mission=kfor&mission=eufor-althea}, or empty: the parameters as given, for a link that keeps them. */
    public static String queryString(Map<String, List<String>> values) {
        StringBuilder b = new StringBuilder();
        values.forEach((name, vs) -> vs.forEach(v -> b.append(b.length() == 0 ? '?' : '&')
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return b.toString();
    }
}
