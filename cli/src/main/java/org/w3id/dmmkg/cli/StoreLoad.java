package org.w3id.dmmkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3id.dmmkg.harvest.Mirror;
import org.w3id.dmmkg.loader.LetterLoader;
import org.w3id.dmmkg.server.ServerSettings;
import org.w3id.dmmkg.server.queries.CatalogueRdf;
import org.w3id.dmmkg.server.queries.QueryCatalogue;
import org.w3id.dmmkg.store.ImportListener;
import org.w3id.dmmkg.store.LetterImport;
import org.w3id.dmmkg.store.OfficialRecords;
import org.w3id.dmmkg.store.Store;
import org.w3id.dmmkg.store.StoreGraphs;
import org.w3id.dmmkg.store.describe.CorpusSummary;

/**
 * A whole load, as {@code load}, {@code harvest --load} and {@code serve} (on an empty store)
 * do it: the reference graphs and the query catalogue brought up to date, the letters (a
 * harvested mirror's with their official records, and without what its sources deleted), then
 * the store's description and the query planner's statistics.
 */
public final class StoreLoad {
    private StoreLoad() {
    }

    /** What a load did: the import's counts, and the publications removed because their source deleted them. */
    public record Result(LetterImport importer, int removed) {
    }

    /** @return the import, for its counts */
    public static LetterImport run(Store store, LetterLoader loader, List<Path> paths, ImportListener listener,
            boolean force, int batch) throws IOException {
        return load(store, loader, paths, listener, force, batch).importer();
    }

    /** Loads files and folders; a folder that is a mirror gives its letters, their records and its deletions. */
    public static Result load(Store store, LetterLoader loader, List<Path> paths, ImportListener listener, boolean force,
            int batch) throws IOException {
        StoreGraphs.writeReferenceGraphs(loader, store);
        CatalogueRdf.writeTo(store, QueryCatalogue.read(Home.queries()));
        List<Path> files = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        for (Path path : paths) {
            if (Mirror.isMirror(path)) {
                Mirror mirror = Mirror.open(path);
                files.addAll(mirror.letters());
                deleted.addAll(mirror.deleted());
            } else {
                files.add(path);
            }
        }
        LetterImport importer = new LetterImport(loader, store, listener, force).batch(batch).records(Mirror::recordOf);
        importer.load(files);
        int removed = 0;
        for (String key : deleted) {
            removed += OfficialRecords.remove(store, key) ? 1 : 0;
        }
        StoreGraphs.writeDescription(store, ServerSettings.DEFAULT_LOCAL_URL);
        CorpusSummary.write(store);
        store.writeStatistics();
        return new Result(importer, removed);
    }
}
