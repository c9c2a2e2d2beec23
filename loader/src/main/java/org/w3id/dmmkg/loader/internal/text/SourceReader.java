package org.w3id.dmmkg.loader.internal.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.w3id.dmmkg.loader.LetterException;
import org.w3id.dmmkg.loader.internal.scan.Finder;
import org.w3id.dmmkg.loader.internal.scan.GuardedPattern;

/** Reads a letter file into a {@link SourceText}, refusing what is not a letter. */
public final class SourceReader {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final GuardedPattern MARKDOWN_SIGNS = GuardedPattern.compile(
            "(?m)^#{1,6} \\S|\\*\\*\\S[^*\\n]*\\S\\*\\*|\\[[^\\[\\]\\n]++]\\(https?://[^()\\s]++\\)");

    /** The file extensions read as letters; anything else is refused by name. */
    public static final List<String> EXTENSIONS = List.of(".txt", ".md", ".markdown", ".pdf", ".docx", ".xml");

    private final long maxBytes;

    public SourceReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Reads a file, refusing what is not a regular file or is empty or too large. */
    public SourceText read(Path file) throws LetterException {
        return read(file.toString(), file.getFileName().toString(), readBytes(file));
    }

    /** Reads a letter from its bytes; {@code source} names it in messages, {@code name} is its file name. */
    public SourceText read(String source, String name, byte[] bytes) throws LetterException {
        if (bytes.length == 0) {
            throw new LetterException(source, "empty file");
        }
        if (bytes.length > maxBytes) {
            throw new LetterException(source, "too large: " + bytes.length + " bytes (limit " + maxBytes + ")");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (!reads(name)) {
            throw new LetterException(source, "not a letter file: reads " + String.join(", ", EXTENSIONS));
        }
        List<String> warnings = new ArrayList<>();
        if (lower.endsWith(".pdf")) {
            String text = PdfText.extract(source, bytes);
            return new SourceText(name, requireText(source, text), SourceText.Format.PDF, sha256(bytes), warnings);
        }
        if (lower.endsWith(".docx")) {
            String text = DocxText.extract(source, bytes);
            return new SourceText(name, requireText(source, text), SourceText.Format.DOCX, sha256(bytes), warnings);
        }
        if (lower.endsWith(".xml")) {
            return KamerstukXml.read(source, name, bytes, sha256(bytes));
        }
        String text = decode(source, bytes, warnings);
        SourceText.Format format = lower.endsWith(".md") || lower.endsWith(".markdown") || looksLikeMarkdown(text)
                ? SourceText.Format.MARKDOWN : SourceText.Format.TEXT;
        return new SourceText(name, requireText(source, text), format, sha256(bytes), warnings);
    }

    /** Whether a file of this name is read as a letter: by its extension, in any case. */
    public static boolean reads(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    /** Reads an input stream to its end, or to just past the size limit. */
    public byte[] readBytes(String source, java.io.InputStream in) throws LetterException {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new LetterException(source, "too large: more than " + maxBytes + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new LetterException(source, "cannot read: " + e.getMessage(), e);
        }
    }

    private byte[] readBytes(Path file) throws LetterException {
        String source = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new LetterException(source, "not a regular file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new LetterException(source, "too large: " + size + " bytes (limit " + maxBytes + ")");
            }
            return Files.readAllBytes(file);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new LetterException(source, "cannot read: permission denied", e);
        } catch (IOException e) {
            throw new LetterException(source, "cannot read: " + e.getMessage(), e);
        }
    }

    private static String decode(String file, byte[] bytes, List<String> warnings) throws LetterException {
        Unicode marked = Unicode.byOrderMark(bytes);
        if (marked != null) {
            return marked.decode(file, bytes);
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new LetterException(file, "binary content (NUL byte at offset " + i + ")");
            }
        }
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            // Malformed input would have become U+FFFD: without one the bytes were UTF-8, decoded as strictly.
            return lenient;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer).toString();
        } catch (CharacterCodingException notUtf8) {
            String text = new String(bytes, WINDOWS_1252);
            if (!looksLikeText(text)) {
                throw new LetterException(file, "not text: neither UTF-8 nor Windows-1252");
            }
            warnings.add("not UTF-8; decoded as Windows-1252");
            return text;
        }
    }

    /** Letters converted from Word often arrive as markdown in a .txt file. */
    private static boolean looksLikeMarkdown(String text) {
        if (text.indexOf('#') < 0 && !text.contains("**") && !text.contains("](http")) {
            return false; // each sign needs one of these: a heading's #, bold's **, a link's ](http
        }
        int hits = 0;
        Finder m = MARKDOWN_SIGNS.finder(text);
        while (m.find() && hits < 3) {
            hits++;
        }
        return hits >= 3;
    }

    /** Control characters other than tab and line breaks mean the bytes were not text. */
    private static boolean looksLikeText(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        return controls * 1000L < text.length();
    }

    private static String requireText(String file, String text) throws LetterException {
        if (text.isBlank()) {
            throw new LetterException(file, "no text in file");
        }
        return text;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
