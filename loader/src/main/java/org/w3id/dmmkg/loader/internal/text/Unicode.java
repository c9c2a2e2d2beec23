package org.w3id.dmmkg.loader.internal.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import org.w3id.dmmkg.loader.LetterException;

/**
 * The Unicode encodings a byte order mark names, longest mark first (the UTF-32LE mark starts
 * with the UTF-16LE one). The mark is not part of the text, so offsets count from after it.
 */
enum Unicode {
    UTF_32BE("UTF-32BE", 0x00, 0x00, 0xFE, 0xFF),
    UTF_32LE("UTF-32LE", 0xFF, 0xFE, 0x00, 0x00),
    UTF_8("UTF-8", 0xEF, 0xBB, 0xBF),
    UTF_16BE("UTF-16BE", 0xFE, 0xFF),
    UTF_16LE("UTF-16LE", 0xFF, 0xFE);

    private final Charset charset;
    private final int[] mark;

    Unicode(String charset, int... mark) {
        this.charset = Charset.forName(charset);
        this.mark = mark;
    }

    /** The encoding whose byte order mark {@code bytes} start with, or null. */
    static Unicode byOrderMark(byte[] bytes) {
        for (Unicode u : values()) {
            if (u.startsWith(bytes)) {
                return u;
            }
        }
        return null;
    }

    private boolean startsWith(byte[] bytes) {
        if (bytes.length < mark.length) {
            return false;
        }
        for (int i = 0; i < mark.length; i++) {
            if ((bytes[i] & 0xff) != mark[i]) {
                return false;
            }
        }
        return true;
    }

    /** The text after the mark; bytes that are not of this encoding are refused, naming it. */
    String decode(String file, byte[] bytes) throws LetterException {
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, mark.length, bytes.length - mark.length)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new LetterException(file, "binary content (NUL character after a " + label() + " byte order mark)");
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new LetterException(file, "not text: a " + label() + " byte order mark, but not " + label(), e);
        }
    }

    private String label() {
        return charset.name();
    }
}
