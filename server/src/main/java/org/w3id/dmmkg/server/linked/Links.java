package org.w3id.dmmkg.server.linked;

/**
 * Maps the graph's public IRIs ({@code https://w3id.org/dmm-kg/id/…}) to this server's paths
 * and back. The public base is configurable, so that a deployment behind w3id redirects works.
 */
public final class Links {
    private final String base;

    public Links(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    /** The local path of an IRI under the base, or the IRI itself. */
    public String local(String iri) {
        if (iri.startsWith(base)) {
            return "/" + iri.substring(base.length());
        }
        return iri;
    }

    /** The IRI a local path stands for. */
    public String iri(String path) {
        return base + path.substring(1);
    }

    /** {@code mission} for {@code …/id/mission/kfor}, or null. */
    public String kind(String iri) {
        String p = local(iri);
        if (!p.startsWith("/id/")) {
            return null;
        }
        String rest = p.substring(4);
        int slash = rest.indexOf('/');
        return slash < 0 ? null : rest.substring(0, slash);
    }
}
