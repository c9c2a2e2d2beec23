package org.w3id.dmmkg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.w3id.dmmkg.loader.LetterException;
import org.w3id.dmmkg.loader.LetterLoader;
import org.w3id.dmmkg.loader.LetterSource;
import org.w3id.dmmkg.loader.LoadedLetter;
import org.w3id.dmmkg.store.describe.LetterSummary;

/**
 * Loads letter files into a {@link Store}. Letters are read and extracted on several threads,
 * then written by one: each letter whole into its own graph, many letters to a write
 * transaction, so a letter is never half-stored and a failed letter leaves the store as it
 * was; into a store that holds no letter yet, all letters go through TDB2's bulk loader in one
 * transaction ({@link BulkWriter}). A bad file is reported to the {@link ImportListener} with
 * the reason, and recorded in the store's load report; the others still load.
 */
public final class LetterImport {
    /** Extracts a letter that has been read: the loader, or a stand-in in tests. */
    @FunctionalInterface
    public interface Extraction {
        LoadedLetter extract(LetterSource letter, org.eclipse.rdf4j.rio.RDFHandler sink,
                org.w3id.dmmkg.loader.LetterListener warnings);
    }

    /**
     * Letters per write transaction, unless {@link #MAX_BATCH_QUADS} comes first. Large on
     * purpose: TDB2 copies every index block a transaction touches, so many small transactions
     * on a large store cost far more time and disk than a few large ones.
     */
    public static final int DEFAULT_BATCH = 1000;
    static final int MAX_BATCH_QUADS = 1_500_000;
    private static final int AHEAD = 200;

    private final LetterLoader loader;
    private final Extraction extraction;
    private final Store store;
    private final ImportListener listener;
    private final boolean force;
    private final int threads;
    private final Map<String, Path> seenContent = new HashMap<>();
    private java.util.function.Function<Path, java.util.Optional<OfficialRecord>> records = file -> java.util.Optional.empty();
    private final List<Outcome> batch = new ArrayList<>();
    private int batchLetters = DEFAULT_BATCH;
    private FileWalk.Lister lister = FileWalk.FILE_SYSTEM;
    private long batchQuads;
    private ImportWriter writer;
    private Set<String> failedBefore;
    private int loaded;
    private int unchanged;
    private int failed;
    private long triples;
    private int reindexed;

    public LetterImport(LetterLoader loader, Store store, ImportListener listener) {
        this(loader, store, listener, false);
    }

    /** @param force load every letter again, also one the store holds from the same bytes and rules */
    public LetterImport(LetterLoader loader, Store store, ImportListener listener, boolean force) {
        this(loader, loader::load, store, listener, force);
    }

    /** @param extraction what turns a letter read by {@code loader} into statements */
    public LetterImport(LetterLoader loader, Extraction extraction, Store store, ImportListener listener, boolean force) {
        this.loader = loader;
        this.extraction = extraction;
        this.store = store;
        this.listener = listener;
        this.force = force;
        this.threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** Lists folders through {@code lister}: the file system unless a test stands in for it. */
    LetterImport listing(FileWalk.Lister lister) {
        this.lister = lister;
        return this;
    }

    /** Letters per write transaction: fewer lose less to a crash, more load faster. */
    public LetterImport batch(int letters) {
        this.batchLetters = Math.max(1, letters);
        return this;
    }

    /**
     * Where each file's official record comes from (a harvested mirror's sidecars): stored
     * beside the letter, in the same transaction, replacing the letter the record described before.
     */
    public LetterImport records(java.util.function.Function<Path, java.util.Optional<OfficialRecord>> lookup) {
        this.records = lookup;
        return this;
    }

    /** Loads every file named, and every file below every folder named. */
    public void load(List<Path> paths) {
        writer = ImportWriter.transactional(store);
        reindexed = store.repairTextIndex();
        LetterSummary.writeMissing(store);
        List<Path> unique = new FileWalk(lister, new FileWalk.Report() {
            @Override
            public void failed(Path path, String reason) {
                fail(path, reason);
            }

            @Override
            public void skipped(Path path, String reason) {
                listener.warning(path, reason);
            }
        }).files(paths);
        failedBefore = LoadRecord.failedFiles(store);
        listener.started(unique.size());
        if (BulkWriter.applies(store)) {
            writer = BulkWriter.start(store);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            for (Path file : unique) {
                window.add(pool.submit(() -> read(file)));
                if (window.size() >= AHEAD) {
                    take(window.poll());
                }
            }
            while (!window.isEmpty()) {
                take(window.poll());
            }
            flush();
            writer.finish();
        } catch (RuntimeException e) {
            writer.abort(e);
            throw e;
        } finally {
            pool.shutdownNow();
            listener.finished();
        }
    }

    private Outcome read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Outcome.failed(file, Files.isSymbolicLink(file) ? FileWalk.brokenLink(file) : "not a regular file");
            }
            LetterSource source = loader.read(file);
            OfficialRecord record = records.apply(file).orElse(null);
            var held = force ? java.util.Optional.<org.eclipse.rdf4j.model.IRI>empty()
                    : store.letterHolding(source.sha256(), loader.version());
            if (held.isPresent()) {
                List<Quad> recordQuads = record == null ? null : OfficialRecords.quads(record, held.get());
                boolean same = record == null || OfficialRecords.holds(store, record.key(), recordQuads);
                return new Outcome(file, source.sha256(), null, null, List.of(), null, same ? null : record,
                        held.get(), same ? null : recordQuads);
            }
            QuadCollector sink = new QuadCollector();
            List<String> warnings = new ArrayList<>();
            LoadedLetter letter = extraction.extract(source, sink, (name, message) -> warnings.add(message));
            return new Outcome(file, source.sha256(), letter, sink.quads(), warnings, null, record, letter.letter(),
                    record == null ? null : OfficialRecords.quads(record, letter.letter()));
        } catch (LetterException e) {
            return Outcome.failed(file, e.reason());
        } catch (java.io.UncheckedIOException e) {
            return Outcome.failed(file, "cannot read its official record: " + e.getCause().getMessage());
        } catch (RuntimeException e) {
            return Outcome.failed(file, "extraction failed: " + e);
        } catch (StackOverflowError e) {
            // One letter's extraction, on its own thread: its stack is gone, the others are not.
            return Outcome.failed(file, "extraction failed: stack overflow (a pattern recursed too deep on this text)");
        } catch (OutOfMemoryError e) {
            // What this letter's extraction held is unreachable once the error is here.
            return Outcome.failed(file, "extraction failed: out of memory");
        }
    }

    private void take(Future<Outcome> future) {
        Outcome o;
        try {
            o = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading a letter failed unexpectedly", e.getCause());
        }
        if (o.failure() != null) {
            flush();
            fail(o.file(), o.failure());
            return;
        }
        Path earlier = seenContent.putIfAbsent(o.sha(), o.file());
        if (earlier != null || o.unchanged()) {
            unchanged++;
            if (earlier != null) {
                listener.warning(o.file(), "same content as " + earlier + "; stored once");
            }
            listener.stepped();
            return;
        }
        batch.add(o);
        batchQuads += o.quads().size();
        if (batch.size() >= batchLetters || batchQuads >= MAX_BATCH_QUADS) {
            flush();
        }
    }

    /** Writes the letters read so far, all in one write transaction. */
    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        Map<Node, List<Quad>> graphs = new java.util.LinkedHashMap<>();
        List<Path> cleared = new ArrayList<>();
        for (Outcome o : batch) {
            if (o.letter() != null) {
                Node letterGraph = RdfBridge.node(o.letter().graph());
                graphs.put(letterGraph, o.quads());
                graphs.put(LetterSummary.graphOf(letterGraph), LetterSummary.of(letterGraph, o.quads()));
            }
            if (o.record() != null) {
                graphs.put(RdfBridge.node(org.w3id.dmmkg.loader.vocab.DMM.recordGraph(o.record().key())), o.recordQuads());
            }
            if (failedBefore.contains(o.file().toString())) {
                cleared.add(o.file());
            }
        }
        try {
            writer.write(graphs, writer.replaced(batch), cleared);
        } catch (RuntimeException e) {
            if (!writer.retriable()) {
                throw e;
            }
            listener.warning(batch.get(0).file(), "writing " + batch.size() + " letters in one transaction failed ("
                    + e + "); writing them one by one");
            List<Outcome> one = new ArrayList<>(batch);
            batch.clear();
            batchQuads = 0;
            for (Outcome o : one) {
                batch.add(o);
                try {
                    flush();
                } catch (RuntimeException again) {
                    batch.clear();
                    fail(o.file(), "cannot store: " + again);
                }
            }
            return;
        }
        for (Outcome o : batch) {
            loaded++;
            triples += o.letter() == null ? o.recordQuads().size() : o.letter().statements() + o.quadCount();
            o.warnings().forEach(w -> listener.warning(o.file(), w));
            listener.stepped();
        }
        batch.clear();
        batchQuads = 0;
    }

    /** Tells the listener, and records the failure in the store's load report. */
    private void fail(Path file, String reason) {
        listener.failed(file, reason);
        failed++;
        writer.failed(file, reason);
        listener.stepped();
    }

    /** Letters skipped because the store holds them from the same bytes and rules. */
    public int unchanged() {
        return unchanged;
    }

    /** Graphs re-indexed before the load, because an earlier one was cut off before its text index caught up. */
    public int reindexed() {
        return reindexed;
    }

    /** Whether the letters went through TDB2's bulk loader, the store holding no letter before. */
    public boolean bulk() {
        return writer instanceof BulkWriter;
    }

    public int loaded() {
        return loaded;
    }

    public int failed() {
        return failed;
    }

    public long triples() {
        return triples;
    }
}
