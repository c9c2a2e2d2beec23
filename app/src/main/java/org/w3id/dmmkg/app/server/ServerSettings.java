package org.w3id.dmmkg.app.server;

/**
 * How the public endpoint is served.
 *
 * @param port            the port; 0 for any free one
 * @param publicHost      listen on every interface instead of loopback only
 * @param maxResults      results of one query are cut at this many rows; 0 for no ceiling
 * @param maxRequestBytes request bodies larger than this are refused
 * @param publicBase      the base of the graph's IRIs, whose paths this server answers
 */
public record ServerSettings(int port, boolean publicHost, long maxResults, long maxRequestBytes, String publicBase) {
    public static final String DEFAULT_PUBLIC_BASE = "https://w3id.org/dmm-kg/";

    public ServerSettings(int port, boolean publicHost, long maxResults, long maxRequestBytes) {
        this(port, publicHost, maxResults, maxRequestBytes, DEFAULT_PUBLIC_BASE);
    }

    public static final long DEFAULT_MAX_RESULTS = 10_000;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1_000_000;

    /** Loopback on {@code port}, with the default limits. */
    public static ServerSettings loopback(int port) {
        return new ServerSettings(port, false, DEFAULT_MAX_RESULTS, DEFAULT_MAX_REQUEST_BYTES);
    }
}
