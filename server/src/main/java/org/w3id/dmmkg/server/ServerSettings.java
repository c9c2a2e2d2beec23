package org.w3id.dmmkg.server;

/**
 * How the public endpoint is served.
 *
 * @param port            the port; 0 for any free one
 * @param publicHost      listen on every interface instead of loopback only
 * @param maxResults      results of one query are cut at this many rows; 0 for no ceiling
 * @param maxRequestBytes request bodies larger than this are refused
 * @param publicBase      the base of the graph's IRIs, whose paths this server answers
 * @param endpoints       the SPARQL endpoints saved federated queries may call
 * @param limits          what one query may ask of the server beside its time
 */
public record ServerSettings(int port, boolean publicHost, long maxResults, long maxRequestBytes, String publicBase,
        java.util.Set<String> endpoints, org.w3id.dmmkg.server.guard.QueryLimits limits) {
    public static final String DEFAULT_PUBLIC_BASE = org.w3id.dmmkg.loader.vocab.DMM.BASE;
    public static final String WIKIDATA = "https://query.wikidata.org/sparql";
    /** The port {@code serve} listens on unless told otherwise. */
    public static final int DEFAULT_PORT = 3030;
    /** The address of a server on this machine at the default port. */
    public static final String DEFAULT_LOCAL_URL = "http://127.0.0.1:" + DEFAULT_PORT;

    public ServerSettings {
        endpoints = java.util.Set.copyOf(endpoints);
    }

    public ServerSettings(int port, boolean publicHost, long maxResults, long maxRequestBytes) {
        this(port, publicHost, maxResults, maxRequestBytes, DEFAULT_PUBLIC_BASE, java.util.Set.of(WIKIDATA));
    }

    public ServerSettings(int port, boolean publicHost, long maxResults, long maxRequestBytes, String publicBase,
            java.util.Set<String> endpoints) {
        this(port, publicHost, maxResults, maxRequestBytes, publicBase, endpoints,
                org.w3id.dmmkg.server.guard.QueryLimits.defaults());
    }

    /**
     * This server's own address for what it says about itself (the VoID endpoint and dumps):
     * the public base when one is configured, else null (the server then names 127.0.0.1 and
     * its port). Never taken from a request's Host header, which any client can set.
     */
    public String serverUrl() {
        return publicBase.equals(DEFAULT_PUBLIC_BASE) ? null : publicBase.replaceFirst("/+$", "");
    }

    /** The same settings with other query limits. */
    public ServerSettings limiting(org.w3id.dmmkg.server.guard.QueryLimits other) {
        return new ServerSettings(port, publicHost, maxResults, maxRequestBytes, publicBase, endpoints, other);
    }

    /** The same settings, with federated queries allowed to call {@code endpoint} too. */
    public ServerSettings allowing(String endpoint) {
        java.util.Set<String> more = new java.util.HashSet<>(endpoints);
        more.add(endpoint);
        return new ServerSettings(port, publicHost, maxResults, maxRequestBytes, publicBase, more, limits);
    }

    public static final long DEFAULT_MAX_RESULTS = 10_000;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1_000_000;

    /** Loopback on {@code port}, with the default limits. */
    public static ServerSettings loopback(int port) {
        return new ServerSettings(port, false, DEFAULT_MAX_RESULTS, DEFAULT_MAX_REQUEST_BYTES);
    }
}
