package org.w3id.dmmkg.cli;

import java.nio.file.Path;

/** Text the command prints about things it did not make: file names and reasons, kept to one line. */
final class Messages {
    private Messages() {
    }

    /**
     * A file name as it can be printed on one line: control characters (a newline in a name)
     * are shown escaped, so that no name can start a line of its own.
     */
    static String file(Path file) {
        return oneLine(file.toString());
    }

    /** {@code text} with line breaks and other control characters escaped. */
    static String oneLine(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
