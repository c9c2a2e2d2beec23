package org.w3id.dmmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmmkg.loader.LetterLoader;
import org.w3id.dmmkg.store.ImportListener;
import org.w3id.dmmkg.store.LetterImport;
import org.w3id.dmmkg.store.Store;

/**
 * One bad file never costs the others: each defect found in the second round of hardening,
 * reproduced on a folder of good letters.
 */
class LoadRobustnessTest {
    @TempDir
    Path tmp;

    /** A folder with the five seed letters. */
    private Path seedsFolder() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("letters"));
        for (Path seed : Files.list(TestSupport.seeds()).sorted().toList()) {
            Files.copy(seed, folder.resolve(seed.getFileName()));
        }
        return folder;
    }

    private TestSupport load(Path folder) {
        return TestSupport.run("load", "--store", tmp.resolve("store").toString(), folder.toString());
    }

    private static void assertOneLine(TestSupport run, String expected) {
        String err = run.err.toString();
        assertEquals(1, err.lines().filter(l -> l.contains(expected)).count(), err);
    }

    @Test
    void markdownRuleOfTwentyThousandDashesNoLongerAbortsTheLoad() throws Exception {
        Path folder = seedsFolder();
        Files.writeString(folder.resolve("rule.md"), "Den Haag, 3 maart 2023\n\n" + "-".repeat(20_000) + "\n\nTekst.\n");
        Files.writeString(folder.resolve("stars.txt"), "Den Haag, 3 maart 2023\n\n" + "*".repeat(20_000) + "\n\nTekst.\n");
        TestSupport run = load(folder);
        assertEquals(ExitCodes.OK, run.exitCode, run.err.toString());
        assertTrue(run.out.toString().startsWith("loaded 7 letters (0 unchanged, 0 failed)"), run.out.toString());
    }

    @Test
    void extractionThatOverflowsTheStackOrRunsOutOfMemoryIsOneLineAndTheOthersLoad() throws Exception {
        Path folder = seedsFolder();
        Files.writeString(folder.resolve("deep.txt"), "Den Haag, 3 maart 2023\n\nDiep.\n");
        Files.writeString(folder.resolve("hungry.txt"), "Den Haag, 3 maart 2023\n\nVeel.\n");
        LetterLoader loader = LetterLoader.builder().ontology(Home.ontology()).build();
        List<String> lines = new java.util.ArrayList<>();
        ImportListener listener = new ImportListener() {
            @Override
            public void failed(Path file, String reason) {
                lines.add(file.getFileName() + ": " + reason);
            }
        };
        try (Store store = Store.create(org.w3id.dmmkg.store.StoreConfig.read(Home.config(), tmp.resolve("store")))) {
            LetterImport importer = new LetterImport(loader, (source, sink, warnings) -> {
                if (source.name().equals("deep.txt")) {
                    throw new StackOverflowError();
                }
                if (source.name().equals("hungry.txt")) {
                    throw new OutOfMemoryError("Java heap space");
                }
                return loader.load(source, sink, warnings);
            }, store, listener, false);
            importer.load(List.of(folder));
            assertEquals(5, importer.loaded());
            assertEquals(2, importer.failed());
        }
        assertEquals(List.of("deep.txt: extraction failed: stack overflow (a pattern recursed too deep on this text)",
                "hungry.txt: extraction failed: out of memory"), lines.stream().sorted().toList());
    }

    @Test
    void symbolicLinkLoopIsNamedAsALoopAndTheRestLoads() throws Exception {
        Path folder = seedsFolder();
        Files.createSymbolicLink(folder.resolve("a.txt"), folder.resolve("b.txt"));
        Files.createSymbolicLink(folder.resolve("b.txt"), folder.resolve("a.txt"));
        Files.createSymbolicLink(folder.resolve("back"), folder);
        TestSupport run = load(folder);
        assertOneLine(run, "a.txt: symbolic link loop: not followed");
        assertOneLine(run, "b.txt: symbolic link loop: not followed");
        assertOneLine(run, "back: warning: symbolic link loop: not followed");
        assertFalse(run.err.toString().contains("dangling"), run.err.toString());
        assertTrue(run.out.toString().startsWith("loaded 5 letters (0 unchanged, 2 failed)"), run.out.toString());
    }

    @Test
    void symbolicLinkToAFolderIsWalked() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("letters"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.copy(TestSupport.seeds().resolve("000_d1c2b747a5e6e0d8.txt"), elsewhere.resolve("linked.txt"));
        Files.createSymbolicLink(folder.resolve("more"), elsewhere);
        TestSupport run = load(folder);
        assertEquals(ExitCodes.OK, run.exitCode, run.err.toString());
        assertTrue(run.out.toString().startsWith("loaded 1 letters"), run.out.toString());
    }

    @Test
    void utf16AndUtf32WithAByteOrderMarkAreRead() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("letters"));
        String seed = Files.readString(TestSupport.seeds().resolve("000_d1c2b747a5e6e0d8.txt"));
        String[][] encodings = {{"UTF-16LE", "FFFE"}, {"UTF-16BE", "FEFF"}, {"UTF-32LE", "FFFE0000"}, {"UTF-32BE", "0000FEFF"}};
        for (String[] e : encodings) {
            byte[] bom = java.util.HexFormat.of().parseHex(e[1]);
            byte[] body = (seed + "\n" + e[0] + "\n").getBytes(Charset.forName(e[0]));
            byte[] file = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, file, 0, bom.length);
            System.arraycopy(body, 0, file, bom.length, body.length);
            Files.write(folder.resolve(e[0] + ".txt"), file);
        }
        TestSupport run = load(folder);
        assertEquals(ExitCodes.OK, run.exitCode, run.err.toString());
        assertTrue(run.out.toString().startsWith("loaded 4 letters (0 unchanged, 0 failed)"), run.out.toString());
        assertFalse(run.err.toString().contains("binary"), run.err.toString());
        TestSupport q = TestSupport.run("query", "--store", tmp.resolve("store").toString(), "--format", "csv",
                write("d.rq", "SELECT DISTINCT ?d { ?l a <https://w3id.org/dmm-kg/def#Letter> ; <http://purl.org/dc/terms/date> ?d }"));
        assertEquals(List.of("d", "2023-02-21"), q.out.toString().lines().toList());
    }

    @Test
    void onlyTheExtensionsTheLoaderReadsAreTakenAndTheSkippedAreNamed() throws Exception {
        Path folder = seedsFolder();
        Files.writeString(folder.resolve("notes.docx.bak"), "Den Haag, 3 maart 2023\n\nTekst.\n");
        Files.writeString(folder.resolve("letter.json"), "{\"title\": \"not a letter\"}");
        TestSupport run = load(folder);
        assertEquals(ExitCodes.OK, run.exitCode, run.err.toString());
        assertOneLine(run, "notes.docx.bak: warning: skipped: not a letter file (reads .txt, .md, .markdown, .pdf, .docx, .xml)");
        assertOneLine(run, "letter.json: warning: skipped: not a letter file");
        assertTrue(run.out.toString().startsWith("loaded 5 letters (0 unchanged, 0 failed)"), run.out.toString());
        TestSupport named = TestSupport.run("load", "--store", tmp.resolve("store").toString(),
                folder.resolve("letter.json").toString());
        assertOneLine(named, "letter.json: not a letter file: reads .txt, .md, .markdown, .pdf, .docx, .xml");
        assertEquals(ExitCodes.FAILED, named.exitCode);
    }

    @Test
    void fileNameWithANewlineStaysOnOneLine() throws Exception {
        Path folder = seedsFolder();
        Files.write(folder.resolve("forged\ndmm-kg load: all good.txt"), new byte[0]);
        TestSupport run = load(folder);
        assertOneLine(run, "forged\\ndmm-kg load: all good.txt: empty file");
        assertFalse(run.err.toString().lines().anyMatch(l -> l.startsWith("dmm-kg load: all good")), run.err.toString());
    }

    private String write(String name, String text) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f.toString();
    }
}
