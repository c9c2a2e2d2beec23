package org.w3id.dmmkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.assembler.Assembler;
import org.apache.jena.assembler.Mode;
import org.apache.jena.assembler.assemblers.AssemblerBase;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.rdf.model.Resource;
import org.w3id.dmmkg.loader.LetterLoader;
import org.w3id.dmmkg.store.ImportListener;
import org.w3id.dmmkg.store.LetterImport;
import org.w3id.dmmkg.store.Store;
import org.w3id.dmmkg.store.StoreConfig;
import org.w3id.dmmkg.store.text.GuardedTextIndex;
import org.w3id.dmmkg.store.text.GuardedTextIndexAssembler;

/**
 * A load that dies like a kill -9 at one chosen point: the Nth time the text index is about to
 * commit, after TDB2 has committed the same transaction (jena-text commits TDB2 first). In
 * {@code letters} mode the store first gets the folder's first letter, so that the load goes
 * letter by letter, one letter per transaction; in {@code bulk} mode the store is empty, and
 * the load goes through the bulk loader, the text index made after it. Run as its own process
 * by {@link TextIndexCrashTest}.
 *
 * <p>Arguments: store folder, letters folder, N, mode ({@code letters} or {@code bulk}).
 */
public final class CrashingLoad {
    private CrashingLoad() {
    }

    public static void main(String[] args) throws Exception {
        StoreConfig config = StoreConfig.read(Home.config(), Path.of(args[0]));
        int crashAt = Integer.parseInt(args[2]);
        AtomicInteger commits = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean armed = new java.util.concurrent.atomic.AtomicBoolean();
        Assembler.general().implementWith(GuardedTextIndexAssembler.TYPE, new AssemblerBase() {
            @Override
            public TextIndex open(Assembler a, Resource root, Mode mode) {
                TextIndex inner = (TextIndex) a.open(root.getRequiredProperty(
                        root.getModel().createProperty(GuardedTextIndexAssembler.NS, "index")).getResource());
                return new GuardedTextIndex(inner) {
                    @Override
                    public void commit() {
                        if (armed.get() && commits.incrementAndGet() == crashAt) {
                            Runtime.getRuntime().halt(137);
                        }
                        super.commit();
                    }
                };
            }
        });
        LetterLoader loader = LetterLoader.builder().ontology(Home.ontology()).build();
        try (Store store = Store.create(config)) {
            if ("letters".equals(args[3])) {
                try (var letters = java.nio.file.Files.list(Path.of(args[1]))) {
                    new LetterImport(loader, store, ImportListener.NONE).load(List.of(letters.sorted().findFirst().orElseThrow()));
                }
            }
            armed.set(true);
            new LetterImport(loader, store, ImportListener.NONE).batch(1).load(List.of(Path.of(args[1])));
        }
        System.exit(3);
    }
}
