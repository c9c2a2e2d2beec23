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
 * A load, one letter per transaction, that dies like a kill -9 at one chosen point: the Nth
 * time the text index is about to commit, after TDB2 has committed the same transaction
 * (jena-text commits TDB2 first). Run as its own process by {@link TextIndexCrashTest}.
 *
 * <p>Arguments: store folder, letters folder, N.
 */
public final class CrashingLoad {
    private CrashingLoad() {
    }

    public static void main(String[] args) throws Exception {
        StoreConfig config = StoreConfig.read(Home.config(), Path.of(args[0]));
        int crashAt = Integer.parseInt(args[2]);
        AtomicInteger commits = new AtomicInteger();
        Assembler.general().implementWith(GuardedTextIndexAssembler.TYPE, new AssemblerBase() {
            @Override
            public TextIndex open(Assembler a, Resource root, Mode mode) {
                TextIndex inner = (TextIndex) a.open(root.getRequiredProperty(
                        root.getModel().createProperty(GuardedTextIndexAssembler.NS, "index")).getResource());
                return new GuardedTextIndex(inner) {
                    @Override
                    public void commit() {
                        if (commits.incrementAndGet() == crashAt) {
                            Runtime.getRuntime().halt(137);
                        }
                        super.commit();
                    }
                };
            }
        });
        LetterLoader loader = LetterLoader.builder().ontology(Home.ontology()).build();
        try (Store store = Store.create(config)) {
            new LetterImport(loader, store, ImportListener.NONE).batch(1).load(List.of(Path.of(args[1])));
        }
        System.exit(3);
    }
}
