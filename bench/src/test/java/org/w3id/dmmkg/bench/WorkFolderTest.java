package org.w3id.dmmkg.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkFolderTest {
    @TempDir
    Path tmp;

    @Test
    void aWorkFolderGoesWithEverythingInItAndItsNeighboursStay() throws Exception {
        Path work = tmp.resolve("work");
        Files.createDirectories(work.resolve("store/Data-0001"));
        Files.writeString(work.resolve("store/Data-0001/nodes.dat"), "x");
        Files.writeString(work.resolve("all.nq"), "<a> <b> <c> <g> .");
        Path neighbour = Files.writeString(tmp.resolve("neighbour.txt"), "kept");

        WorkFolder.delete(work);

        assertFalse(Files.exists(work));
        assertTrue(Files.exists(neighbour));
        WorkFolder.delete(work);
    }
}
