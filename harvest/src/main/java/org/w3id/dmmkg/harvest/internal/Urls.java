package org.w3id.dmmkg.harvest.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Query values in URLs. */
final class Urls {
    private Urls() {
    }

    /** A query value percent-encoded, a space as {@code %20} (OData reads {@code +} as a plus). */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
