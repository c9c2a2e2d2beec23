package org.w3id.dmmkg.store.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.rdf.model.Resource;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;

/**
 * The plain text search (no language, graph, subject or highlighting; the standard query
 * parser; values not stored) as jena-text's {@link TextIndexLucene} runs it, with the same
 * query string, parser, analyzer and hits, but without its two fixed costs per search.
 *
 * <p>Why: jena-text opens a new index reader for every search, and reads each hit's stored
 * document to learn its entity. At 10,000 letters a profile put a quarter of a full-text
 * search into the opening and most of the rest into decompressing stored documents. Here one
 * reader is kept open (and refreshed when a commit has changed the index), and the entity and
 * graph of each document are remembered per index segment, which never changes its documents.
 */
final class PlainSearch implements AutoCloseable {
    /** jena-text's cap on hits when a search asks for every one. */
    static final int EVERY_HIT = 10_000;

    private final TextIndexLucene lucene;
    private final EntityDefinition docDef;
    private final Object parserLock = new Object();
    /** Per segment core: the entity and graph of each document, as they are read. */
    private final ConcurrentHashMap<Object, String[][]> storedBySegment = new ConcurrentHashMap<>();
    private SearcherManager searchers;

    PlainSearch(TextIndexLucene lucene) {
        this.lucene = lucene;
        this.docDef = lucene.getDocDef();
    }

    /** Whether a search with these arguments is the plain one this class runs as jena-text does. */
    static boolean handles(Node subject, String graphUri, String lang, String highlight) {
        boolean boundSubject = subject != null && subject.isURI();
        return !boundSubject && graphUri == null && lang == null && highlight == null;
    }

    /** The best {@code limit} hits (negative or zero: up to {@link #EVERY_HIT}), best first, ties in index order. */
    List<TextHit> search(List<Resource> props, String qs, int limit) {
        Query query = parse(queryString(props, qs));
        try {
            SearcherManager manager = searchers();
            manager.maybeRefresh();
            IndexSearcher searcher = manager.acquire();
            try {
                return hits(searcher, searcher.search(query, limit <= 0 ? EVERY_HIT : limit).scoreDocs);
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new TextIndexException("query", e);
        }
    }

    /** The query string jena-text composes: each property's field, then the words in parentheses. */
    private String queryString(List<Resource> props, String qs) {
        if (props.isEmpty()) {
            return qs + " ";
        }
        Set<String> clauses = new LinkedHashSet<>();
        for (Resource prop : props) {
            clauses.add(docDef.getField(prop.asNode()) + ": (" + qs + ") ");
        }
        return String.join("", clauses);
    }

    private Query parse(String queryString) {
        QueryParser parser = new QueryParser(docDef.getPrimaryField(), lucene.getQueryAnalyzer());
        parser.setAllowLeadingWildcard(true);
        // As jena-text: some analyzers are not safe to share between threads.
        synchronized (parserLock) {
            try {
                return parser.parse(queryString);
            } catch (ParseException e) {
                throw new TextIndexParseException(queryString, e.getMessage());
            }
        }
    }

    private synchronized SearcherManager searchers() throws IOException {
        if (searchers == null) {
            searchers = new SearcherManager(lucene.getDirectory(), null);
        }
        return searchers;
    }

    private List<TextHit> hits(IndexSearcher searcher, ScoreDoc[] scoreDocs) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<TextHit> hits = new ArrayList<>(scoreDocs.length);
        for (ScoreDoc sd : scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            String[] stored = stored(leaf, sd.doc - leaf.docBase);
            Node graph = stored[1] == null ? null : TextQueryFuncs.stringToNode(stored[1]);
            hits.add(new TextHit(TextQueryFuncs.stringToNode(stored[0]), sd.score, null, graph, null));
        }
        return hits;
    }

    /** The entity and graph of one document of a segment, read once. */
    private String[] stored(LeafReaderContext leaf, int doc) throws IOException {
        IndexReader.CacheHelper core = leaf.reader().getCoreCacheHelper();
        if (core == null) {
            return read(leaf, doc);
        }
        String[][] segment = storedBySegment.computeIfAbsent(core.getKey(), key -> {
            core.addClosedListener(storedBySegment::remove);
            return new String[leaf.reader().maxDoc()][];
        });
        String[] stored = segment[doc];
        if (stored == null) {
            // Two threads may both read it; they write the same values.
            stored = read(leaf, doc);
            segment[doc] = stored;
        }
        return stored;
    }

    private String[] read(LeafReaderContext leaf, int doc) throws IOException {
        String graphField = docDef.getGraphField();
        Set<String> fields = graphField == null ? Set.of(docDef.getEntityField())
                : Set.of(docDef.getEntityField(), graphField);
        Document d = leaf.reader().storedFields().document(doc, fields);
        return new String[] {d.get(docDef.getEntityField()), graphField == null ? null : d.get(graphField)};
    }

    @Override
    public synchronized void close() {
        if (searchers != null) {
            try {
                searchers.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close the text index's reader", e);
            }
            searchers = null;
        }
    }
}
