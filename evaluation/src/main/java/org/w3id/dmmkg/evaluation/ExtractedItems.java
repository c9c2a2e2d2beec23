package org.w3id.dmmkg.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rows of one query grouped by letter file (its name, without folders) and by entity,
 * each entity with every value seen per column: {@code file → entity IRI → column → values}.
 */
final class ExtractedItems {
    private final Map<String, Map<String, Map<String, Set<String>>>> byFile = new LinkedHashMap<>();

    /** @param entityColumn the column naming the entity ({@code e}, {@code m}, or {@code file} for letters) */
    ExtractedItems(List<Map<String, String>> rows, String entityColumn) {
        for (Map<String, String> row : rows) {
            String file = fileName(row.getOrDefault("file", ""));
            String entity = row.getOrDefault(entityColumn, "");
            Map<String, Set<String>> attributes = byFile.computeIfAbsent(file, f -> new LinkedHashMap<>())
                    .computeIfAbsent(entity, e -> new LinkedHashMap<>());
            for (Map.Entry<String, String> cell : row.entrySet()) {
                String column = cell.getKey();
                if (column.equals("file") || column.equals(entityColumn) || cell.getValue().isEmpty()) {
                    continue;
                }
                attributes.computeIfAbsent(column, c -> new TreeSet<>()).add(cell.getValue());
            }
        }
    }

    /** The entities of one letter with their attributes; empty when the letter has none. */
    Map<String, Map<String, Set<String>>> of(String file) {
        return byFile.getOrDefault(file, Collections.emptyMap());
    }

    boolean hasFile(String file) {
        return byFile.containsKey(file);
    }

    private static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
