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
 * @param outputBufferBytes the size of each response's output buffer (Jetty's {@code outputBufferSize})
 */
public record ServerSettings(int port, boolean publicHost, long maxResults, long maxRequestBytes, String publicBase,
        java.util.Set<String> endpoints, org.w3id.dmmkg.server.guard.QueryLimits limits, int outputBufferBytes) {
    public static final String DEFAULT_PUBLIC_BASE = org.w3id.dmmkg.loader.vocab.DMM.BASE;
    public static final String WIKIDATA = "https://query.wikidata.org/sparql";
    /** The port {@code serve} listens on unless told otherwise. */
    public static final int DEFAULT_PORT = 3030;
    /** The address of a server on this machine at the default port. */
    public static final String DEFAULT_LOCAL_URL = "http://127.0.0.1:" + DEFAULT_PORT;

    /**
     * Each response's output buffer: Jetty's own default. Fuseki sets 5 MB, and every response
     * paid for it ({@code ASK {}} took 3–9 ms with 32 KB, 18–22 ms with 5 MB; {@code bench http}).
     * A response larger than the buffer is streamed in pieces of its size.
     */
    public static final int DEFAULT_OUTPUT_BUFFER_BYTES = 32 * 1024;
    /** Fuseki's own output buffer size, for comparison. */
    public static final int FUSEKI_OUTPUT_BUFFER_BYTES = 5 * 1024 * 1024;

    public ServerSettings {
        endpoints = java.util.Set.copyOf(endpoints);
        if (outputBufferBytes < 1024 || outputBufferBytes > 64 * 1024 * 1024) {
            throw new IllegalArgumentException("the output buffer is from 1 KB to 64 MB, not " + outputBufferBytes + " bytes");
        }
    }

    public ServerSettings(int port, boolean publicHost, long maxResults, long maxRequestBytes, String publicBase,
            java.util.Set<String> endpoints, org.w3id.dmmkg.server.guard.QueryLimits limits) {
        this(port, publicHost, maxResults, maxRequestBytes, publicBase, endpoints, limits, DEFAULT_OUTPUT_BUFFER_BYTES);
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
        return new ServerSettings(port, publicHost, maxResults, maxRequestBytes, publicBase, endpoints, other,
                outputBufferBytes);
    }

    /** The same settings with another output buffer size per response. */
    public ServerSettings buffering(int bytes) {
        return new ServerSettings(port, publicHost, maxResults, maxRequestBytes, publicBase, endpoints, limits, bytes);
    }

    /** The same settings, with federated queries allowed to call {@code endpoint} too. */
    public ServerSettings allowing(String endpoint) {
        java.util.Set<String> more = new java.util.HashSet<>(endpoints);
        more.add(endpoint);
        return new ServerSettings(port, publicHost, maxResults, maxRequestBytes, publicBase, more, limits,
                outputBufferBytes);
    }

    public static final long DEFAULT_MAX_RESULTS = 10_000;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1_000_000;

    /** Loopback on {@code port}, with the default limits. */
    public static ServerSettings loopback(int port) {
        return new ServerSettings(port, false, DEFAULT_MAX_RESULTS, DEFAULT_MAX_REQUEST_BYTES);
    }
}
