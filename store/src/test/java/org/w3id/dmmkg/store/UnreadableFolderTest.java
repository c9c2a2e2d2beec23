package org.w3id.dmmkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmmkg.loader.LetterLoader;

/**
 * One unreadable subfolder no longer stops the whole folder (it did: "cannot list folder:
 * AccessDeniedException", 0 of 3 letters loaded).
 *
 * <p>Tests run as root in CI, where file permissions do not stop reads. The folder is therefore
 * made unreadable where the walk meets the file system: its lister throws, for that one folder,
 * the {@link AccessDeniedException} that {@code Files.list} throws for a folder without read
 * permission. Everything else is real: the files, the store, the import.
 */
class UnreadableFolderTest {
    @TempDir
    Path tmp;

    @Test
    void unreadableSubfolderIsOneLineAndTheRestLoads() throws Exception {
        Path home = Path.of(System.getProperty("dmmkg.home"));
        Path letters = Files.createDirectories(tmp.resolve("letters"));
        List<Path> seeds = Files.list(home.resolve("seeds")).sorted().toList();
        Files.copy(seeds.get(0), letters.resolve("a.txt"));
        Files.copy(seeds.get(1), Files.createDirectories(letters.resolve("b")).resolve("b.txt"));
        Path locked = Files.createDirectories(letters.resolve("locked"));
        Files.copy(seeds.get(2), locked.resolve("c.txt"));
        Files.copy(seeds.get(3), letters.resolve("d.txt"));
        FileWalk.Lister denying = folder -> {
            if (folder.equals(locked)) {
                throw new AccessDeniedException(folder.toString());
            }
            return FileWalk.FILE_SYSTEM.list(folder);
        };
        List<String> lines = new ArrayList<>();
        ImportListener listener = new ImportListener() {
            @Override
            public void failed(Path file, String reason) {
                lines.add(letters.relativize(file) + ": " + reason);
            }
        };
        LetterLoader loader = LetterLoader.builder().ontology(home.resolve("ontology")).build();
        try (Store store = Store.create(StoreConfig.read(home.resolve("fuseki-config/config.ttl"), tmp.resolve("store")))) {
            LetterImport importer = new LetterImport(loader, store, listener).listing(denying);
            importer.load(List.of(letters));
            assertEquals(List.of("locked: cannot read folder: permission denied"), lines);
            assertEquals(3, importer.loaded());
            assertEquals(1, importer.failed());
        }
    }
}
