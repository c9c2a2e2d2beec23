package org.w3id.dmmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each row of the README's table of bad input: what the user sees, and that the rest still loads. */
class BadInputTest {
    @TempDir
    Path tmp;

    private Path good() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("letters"));
        Files.copy(TestSupport.seeds().resolve("000_d1c2b747a5e6e0d8.txt"), folder.resolve("good.txt"));
        return folder;
    }

    private TestSupport load(String... extra) {
        String[] args = new String[3 + extra.length];
        args[0] = "load";
        args[1] = "--store";
        args[2] = tmp.resolve("store").toString();
        System.arraycopy(extra, 0, args, 3, extra.length);
        return TestSupport.run(args);
    }

    private static void assertOneLine(TestSupport run, String expected) {
        String err = run.err.toString();
        assertTrue(err.contains(expected), err);
        assertEquals(1, err.lines().filter(l -> l.contains(expected)).count(), err);
    }

    @Test
    void emptyFile() throws Exception {
        Path folder = good();
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        TestSupport run = load(folder.toString());
        assertOneLine(run, "empty.txt: empty file");
        assertEquals(ExitCodes.FAILED, run.exitCode);
        assertTrue(run.out.toString().startsWith("loaded 1 letters"), run.out.toString());
    }

    @Test
    void imageRenamedTxt() throws Exception {
        Path folder = good();
        Files.write(folder.resolve("photo.txt"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16});
        TestSupport run = load(folder.toString());
        assertOneLine(run, "photo.txt: binary content (NUL byte at offset 4)");
        assertEquals(ExitCodes.FAILED, run.exitCode);
    }

    @Test
    void windows1252TextIsDecodedWithAWarning() throws Exception {
        Path folder = good();
        Files.write(folder.resolve("cp1252.txt"), "Den Haag, 3 maart 2023\n\nDe Oekra\u00efense minister \u2013 sprak.\n"
                .getBytes("windows-1252"));
        TestSupport run = load(folder.toString());
        assertOneLine(run, "cp1252.txt: warning: not UTF-8; decoded as Windows-1252");
        assertEquals(ExitCodes.OK, run.exitCode, run.err.toString());
        TestSupport q = TestSupport.run("query", "--store", tmp.resolve("store").toString(), "--format", "csv",
                write("text.rq", "SELECT ?t { ?l <https://w3id.org/dmm-kg/def#sourceFile> \"cp1252.txt\" ; "
                        + "<https://w3id.org/dmm-kg/def#text> ?t }"));
        assertTrue(q.out.toString().contains("Oekraïense minister – sprak"), q.out.toString());
    }

    @Test
    void utf8ByteOrderMarkIsNotPartOfTheText() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("letters"));
        byte[] seed = Files.readAllBytes(TestSupport.seeds().resolve("000_d1c2b747a5e6e0d8.txt"));
        byte[] withBom = new byte[seed.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(seed, 0, withBom, 3, seed.length);
        Files.write(folder.resolve("bom.txt"), withBom);
        TestSupport run = load(folder.toString());
        assertEquals(ExitCodes.OK, run.exitCode, run.err.toString());
        TestSupport q = TestSupport.run("query", "--store", tmp.resolve("store").toString(), "--format", "csv",
                write("d.rq", "SELECT ?d { ?l <http://purl.org/dc/terms/date> ?d }"));
        assertTrue(q.out.toString().contains("2023-02-21"), q.out.toString());
    }

    @Test
    void fileOverTheSizeLimitIsRefusedWithItsSize() throws Exception {
        Path folder = good();
        Files.writeString(folder.resolve("big.txt"), "x".repeat(50_000));
        TestSupport run = load("--max-size", "20000", folder.toString());
        assertOneLine(run, "big.txt: too large: 50000 bytes (limit 20000)");
        assertEquals(ExitCodes.FAILED, run.exitCode);
    }

    @Test
    void textWithoutLetterStructureIsLoadedWithWarnings() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("letters"));
        Files.writeString(folder.resolve("notes.txt"), "boodschappen: melk, brood\nbellen met de garage\n");
        TestSupport run = load(folder.toString());
        assertEquals(ExitCodes.OK, run.exitCode, run.err.toString());
        assertOneLine(run, "notes.txt: warning: no date stated");
        assertOneLine(run, "notes.txt: warning: no meeting found");
    }

    @Test
    void corruptPdf() throws Exception {
        Path folder = good();
        Files.writeString(folder.resolve("broken.pdf"), "%PDF-1.7\nthis is not a PDF body\n");
        TestSupport run = load(folder.toString());
        assertOneLine(run, "broken.pdf: corrupt PDF");
        assertEquals(ExitCodes.FAILED, run.exitCode);
    }

    @Test
    void encryptedPdf() throws Exception {
        Path folder = good();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(folder.resolve("locked.pdf").toFile());
        }
        TestSupport run = load(folder.toString());
        assertOneLine(run, "locked.pdf: encrypted PDF: a password is needed");
        assertEquals(ExitCodes.FAILED, run.exitCode);
    }

    @Test
    void folderWithSubfoldersAndSymlinks() throws Exception {
        Path folder = good();
        Path sub = Files.createDirectories(folder.resolve("2023").resolve("okt"));
        Files.copy(TestSupport.seeds().resolve("004_d216568b6e9ea552.txt"), sub.resolve("letter.txt"));
        Files.createSymbolicLink(folder.resolve("link.txt"), TestSupport.seeds().resolve("001_cf096e4e994d5cef.txt"));
        Files.createSymbolicLink(folder.resolve("dangling.txt"), tmp.resolve("nowhere.txt"));
        TestSupport run = load(folder.toString());
        assertOneLine(run, "dangling.txt: not a regular file");
        assertTrue(run.out.toString().startsWith("loaded 3 letters (0 unchanged, 1 failed)"), run.out.toString());
    }

    @Test
    void twoFilesWithTheSameContentAreOneLetter() throws Exception {
        Path folder = good();
        Files.copy(folder.resolve("good.txt"), folder.resolve("copy.txt"));
        TestSupport run = load(folder.toString());
        assertOneLine(run, "same content as");
        assertEquals(ExitCodes.OK, run.exitCode);
        assertTrue(run.out.toString().startsWith("loaded 1 letters (1 unchanged, 0 failed)"), run.out.toString());
    }

    @Test
    void missingPathAndUsageErrorsHaveTheirExitCodes() throws Exception {
        TestSupport missing = load(tmp.resolve("no-such-folder").toString());
        assertOneLine(missing, "no-such-folder: no such file or folder");
        assertEquals(ExitCodes.FAILED, missing.exitCode);
        assertEquals(ExitCodes.USAGE, TestSupport.run("load").exitCode);
    }

    private String write(String name, String text) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f.toString();
    }
}
