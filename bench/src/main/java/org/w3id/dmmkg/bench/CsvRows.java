package org.w3id.dmmkg.bench;

/** Counts the records of a CSV answer (RFC 4180: a quoted field may hold line breaks), less the header. */
final class CsvRows {
    private CsvRows() {
    }

    static long count(byte[] csv) {
        long lines = 0;
        boolean quoted = false;
        boolean open = false;
        for (byte b : csv) {
            if (b == '"') {
                quoted = !quoted;
            }
            if (b == '\n' && !quoted) {
                lines++;
                open = false;
            } else if (b != '\r') {
                open = true;
            }
        }
        return Math.max(0, lines + (open ? 1 : 0) - 1);
    }
}
