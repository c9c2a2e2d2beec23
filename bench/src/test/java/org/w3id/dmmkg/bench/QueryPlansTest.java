package org.w3id.dmmkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmmkg.cli.Home;
import org.w3id.dmmkg.cli.Main;
import picocli.CommandLine;

/** {@code bench plans} times the chosen saved queries on a store and reports each one's rows. */
class QueryPlansTest {
    private static final Pattern LINE = Pattern.compile(
            "(\\S+) +median +\\d+ ms +min +\\d+ ms +cpu median +[0-9.]+ ms +rows +(\\d+)");

    @TempDir
    Path dir;

    @Test
    void eachChosenQueryGetsOneLineWithItsTimesAndTheRowsOfItsFirstPage() {
        Path store = dir.resolve("store");
        StringWriter said = new StringWriter();
        assertEquals(0, Main.commandLine().setOut(new PrintWriter(said)).setErr(new PrintWriter(said))
                .execute("load", "--store", store.toString(), Home.seeds().toString()), said.toString());

        StringWriter out = new StringWriter();
        int exit = Main.configure(new CommandLine(new BenchCommand())).setOut(new PrintWriter(out))
                .execute("plans", "--store", store.toString(), "--rounds", "3", "--warmup", "1",
                        "--only", "letters-per-year|kamerstukken-most-cited");
        assertEquals(0, exit, out.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals(2, lines.size(), out.toString());
        Matcher kamerstukken = LINE.matcher(lines.get(0));
        Matcher years = LINE.matcher(lines.get(1));
        assertTrue(kamerstukken.matches() && years.matches(), out.toString());
        assertEquals("kamerstukken-most-cited", kamerstukken.group(1), "in the catalogue's order");
        assertEquals("2", years.group(2), "the seeds are dated in two years");
        assertTrue(Integer.parseInt(kamerstukken.group(2)) > 10, "the seeds cite over ten numbered papers");
    }
}
