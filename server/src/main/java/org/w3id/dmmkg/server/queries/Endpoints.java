package org.w3id.dmmkg.server.queries;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The SPARQL endpoints saved federated queries may call: a query's {@code endpoint}
 * parameter names one, and no other is called, so that nobody can make the server fetch a URL
 * of their choosing.
 */
public final class Endpoints {
    private final Set<String> allowed;

    public Endpoints(Set<String> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    /** @throws IllegalArgumentException when {@code values} name an endpoint that is not allowed */
    public void check(Map<String, List<String>> values) {
        for (String endpoint : values.getOrDefault("endpoint", List.of())) {
            if (!allowed.contains(endpoint)) {
                throw new IllegalArgumentException("parameter endpoint: not an endpoint this server calls; allowed: "
                        + String.join(" ", new TreeSet<>(allowed)));
            }
        }
    }
}
