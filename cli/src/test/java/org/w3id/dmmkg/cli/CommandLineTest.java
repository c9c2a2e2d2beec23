package org.w3id.dmmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    @TempDir
    Path tmp;

    @Test
    void helpListsEverySubcommandAndTheExitCodes() {
        TestSupport run = TestSupport.run("--help");
        assertEquals(0, run.exitCode);
        String help = run.out.toString();
        for (String sub : new String[] {"load", "serve", "query", "validate", "export"}) {
            assertTrue(help.contains("  " + sub + " "), "help lists " + sub + ":\n" + help);
        }
        assertTrue(help.contains("Exit codes:"), help);
    }

    @Test
    void everySubcommandHasHelp() {
        for (String sub : new String[] {"load", "serve", "query", "validate", "export"}) {
            TestSupport run = TestSupport.run(sub, "--help");
            assertEquals(0, run.exitCode, sub);
            assertTrue(run.out.toString().startsWith("Usage: dmm-kg " + sub), run.out.toString());
        }
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(ExitCodes.USAGE, TestSupport.run("load", "--no-such-option", "x").exitCode);
    }

    @Test
    void badFilesGetOneLineEachAndGoodFilesStillLoad() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("letters"));
        Files.copy(TestSupport.seeds().resolve("000_d1c2b747a5e6e0d8.txt"), folder.resolve("good.txt"));
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.write(folder.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Files.write(folder.resolve("latin1.txt"), "Den Haag, 3 maart 2023\n\nDe Oekra\u00efense minister.\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        TestSupport run = TestSupport.run("load", "--store", tmp.resolve("store").toString(), folder.toString());
        String err = run.err.toString();
        assertEquals(ExitCodes.FAILED, run.exitCode, err);
        assertTrue(err.contains("empty.txt: empty file"), err);
        assertTrue(err.contains("image.txt: binary content (NUL byte at offset 4)"), err);
        assertTrue(err.contains("latin1.txt: warning: not UTF-8; decoded as Windows-1252"), err);
        assertEquals(2, err.lines().filter(l -> l.contains("empty.txt") || l.contains("image.txt")).count(), err);
        assertTrue(run.out.toString().startsWith("loaded 2 letters (0 unchanged, 2 failed)"), run.out.toString());
    }

    @Test
    void evaluateGivesTheSameFiguresFromLettersAndFromTheStoreTheyWereLoadedInto() {
        String gold = TestSupport.home().resolve("evaluation/seeds/gold").toString();
        String store = tmp.resolve("store").toString();
        assertEquals(0, TestSupport.run("load", "--store", store, TestSupport.seeds().toString()).exitCode);
        TestSupport fromStore = TestSupport.run("evaluate", "--gold", gold, "--store", store);
        TestSupport fromLetters = TestSupport.run("evaluate", "--gold", gold, TestSupport.seeds().toString());
        assertEquals(0, fromStore.exitCode, fromStore.err.toString());
        assertEquals(0, fromLetters.exitCode, fromLetters.err.toString());
        assertTrue(fromStore.out.toString().contains("score: micro-F1 "), fromStore.out.toString());
        assertEquals(fromStore.out.toString(), fromLetters.out.toString());
    }

    @Test
    void evaluateWantsAStoreOrLettersAndReadableGold() {
        String gold = TestSupport.home().resolve("evaluation/seeds/gold").toString();
        assertEquals(ExitCodes.USAGE, TestSupport.run("evaluate", "--gold", gold).exitCode);
        assertEquals(ExitCodes.FAILED, TestSupport.run("evaluate", "--gold", tmp.resolve("none").toString(),
                TestSupport.seeds().toString()).exitCode);
    }
}
