package org.w3id.dmmkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.w3id.dmmkg.loader.LetterLoader;
import org.w3id.dmmkg.server.ServerSettings;
import org.w3id.dmmkg.server.queries.CatalogueRdf;
import org.w3id.dmmkg.server.queries.QueryCatalogue;
import org.w3id.dmmkg.store.ImportListener;
import org.w3id.dmmkg.store.LetterImport;
import org.w3id.dmmkg.store.Store;
import org.w3id.dmmkg.store.StoreGraphs;

/**
 * A whole load, as {@code load} and {@code serve} (on an empty store) do it: the reference
 * graphs and the query catalogue brought up to date, the letters, then the store's description.
 */
public final class StoreLoad {
    private StoreLoad() {
    }

    /** @return the import, for its counts */
    public static LetterImport run(Store store, LetterLoader loader, List<Path> paths, ImportListener listener,
            boolean force, int batch) throws IOException {
        StoreGraphs.writeReferenceGraphs(loader, store);
        CatalogueRdf.writeTo(store, QueryCatalogue.read(Home.queries()));
        LetterImport importer = new LetterImport(loader, store, listener, force).batch(batch);
        importer.load(paths);
        StoreGraphs.writeDescription(store, ServerSettings.DEFAULT_LOCAL_URL);
        return importer;
    }
}
