package org.w3id.dmmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full-text index finds letters without keeping their texts: no Lucene document of the
 * seeds' index stores a letter's text or a label, and full-text search still answers as its
 * expected results say (the snippets of {@code /search} come from the store, see FrontDoorTest).
 */
class TextIndexStoresNoTextTest {
    @TempDir
    Path store;

    @Test
    void theIndexHoldsNoTextYetFindsTheLetters() throws Exception {
        TestSupport.loadSeeds(store);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(store.resolve("text-index")))) {
            assertTrue(reader.numDocs() > 5, "the seeds' texts and labels are indexed: " + reader.numDocs());
            StoredFields stored = reader.storedFields();
            for (int i = 0; i < reader.maxDoc(); i++) {
                Document doc = stored.document(i);
                for (String field : List.of("text", "label", "prefLabel", "altLabel")) {
                    assertNull(doc.get(field), "document " + i + " stores its " + field);
                }
                assertTrue(doc.get("uri") != null, "each hit still names its resource");
            }
        }
        TestSupport search = TestSupport.run("query", "--store", store.toString(), "--format", "csv", "full-text-search");
        assertEquals(0, search.exitCode, search.err.toString());
        String expected = Files.readString(Home.queries().resolve("expected/full-text-search.csv"), StandardCharsets.UTF_8);
        assertEquals(sorted(expected), sorted(search.out.toString()));
    }

    private static List<String> sorted(String csv) {
        List<String> lines = new ArrayList<>(csv.lines().toList());
        Collections.sort(lines.subList(1, lines.size()));
        return lines;
    }
}
