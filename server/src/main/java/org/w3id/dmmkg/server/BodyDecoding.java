package org.w3id.dmmkg.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/** A request body unpacked by its {@code Content-Encoding}, never past a size limit. */
final class BodyDecoding {
    /** A coding this server does not read. */
    static final class UnsupportedCodingException extends IOException {
        private static final long serialVersionUID = 1L;

        UnsupportedCodingException(String coding) {
            super("Content-Encoding '" + PlainErrors.oneLine(coding) + "' is not supported (gzip, deflate, identity are)");
        }
    }

    /** The decoded body would pass the limit. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private BodyDecoding() {
    }

    /** {@code raw} decoded by {@code header} (codings in the order applied), at most {@code max} bytes. */
    static byte[] decode(byte[] raw, String header, long max) throws IOException {
        if (header == null || header.isBlank()) {
            return raw;
        }
        List<String> codings = new ArrayList<>();
        for (String c : header.split(",")) {
            codings.add(c.strip().toLowerCase(Locale.ROOT));
        }
        Collections.reverse(codings);
        byte[] body = raw;
        for (String coding : codings) {
            body = switch (coding) {
                case "identity", "" -> body;
                case "gzip", "x-gzip" -> bounded(new GZIPInputStream(new ByteArrayInputStream(body)), max);
                case "deflate" -> bounded(new InflaterInputStream(new ByteArrayInputStream(body)), max);
                default -> throw new UnsupportedCodingException(coding);
            };
        }
        return body;
    }

    private static byte[] bounded(InputStream in, long max) throws IOException {
        try (in) {
            byte[] out = RequestBodyFilter.readAtMost(in, max);
            if (out == null) {
                throw new TooLargeException();
            }
            return out;
        }
    }
}
