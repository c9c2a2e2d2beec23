package org.w3id.dmmkg.store.text;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.lucene.index.Term;
import org.apache.jena.rdf.model.Resource;

/**
 * A text index that rolls back only the changes of the thread that made them.
 *
 * <p>Why: jena-text puts its Lucene index into TDB2's transactions, and TDB2 ends every read
 * transaction with an abort, which rolls the shared Lucene writer back. A query that ends
 * while a letter is being written thus throws away the index changes of that write and makes
 * its commit fail ({@code indexWriter is null}). Here a rollback from a thread that changed
 * nothing in the index (a reader) does nothing.
 *
 * <p>A search for the best few hits gives them as a query ordered by score, then subject, would
 * ({@link TopHits}), so that a page of results chosen by the index alone is the page the whole
 * list has. The plain search SPARQL's {@code text:query} makes of a Lucene index configured
 * plainly runs through {@link PlainSearch}: the same hits, without opening a reader and reading
 * stored documents for each search. Everything else is passed on unchanged.
 */
public class GuardedTextIndex implements TextIndex {
    private final TextIndex index;
    /** Null where the index is not a plainly configured Lucene index: every search goes to it. */
    private final PlainSearch plain;
    private final ThreadLocal<Boolean> changed = ThreadLocal.withInitial(() -> false);

    /** Guards {@code index}; every search is the index's own. */
    public GuardedTextIndex(TextIndex index) {
        this(index, false);
    }

    /**
     * @param plainlyConfigured whether {@code index} uses the standard query parser, without
     *        stored values or multilingual fields: then its plain searches may run through
     *        {@link PlainSearch}
     */
    public GuardedTextIndex(TextIndex index, boolean plainlyConfigured) {
        this.index = index;
        this.plain = plainlyConfigured && index instanceof TextIndexLucene lucene ? new PlainSearch(lucene) : null;
    }

    @Override
    public void prepareCommit() {
        index.prepareCommit();
    }

    @Override
    public void commit() {
        changed.set(false);
        index.commit();
    }

    @Override
    public void rollback() {
        if (changed.get()) {
            changed.set(false);
            index.rollback();
        }
    }

    @Override
    public void addEntity(Entity entity) {
        changed.set(true);
        index.addEntity(entity);
    }

    @Override
    public void updateEntity(Entity entity) {
        changed.set(true);
        index.updateEntity(entity);
    }

    @Override
    public void deleteEntity(Entity entity) {
        changed.set(true);
        index.deleteEntity(entity);
    }

    /**
     * Drops every index entry of one named graph, in the current write transaction: for a graph
     * the index may hold stale entries of (see {@link TextIndexLedger}).
     */
    public void deleteGraph(String graphUri) {
        if (!(index instanceof TextIndexLucene lucene) || getDocDef().getGraphField() == null) {
            throw new IllegalStateException("the text index is not a Lucene index with a graph field");
        }
        changed.set(true);
        try {
            lucene.getIndexWriter().deleteDocuments(new Term(getDocDef().getGraphField(), graphUri));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot drop the text index entries of " + graphUri, e);
        }
    }

    @Override
    public Map<String, Node> get(String uri) {
        return index.get(uri);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit) {
        return index.query(property, qs, graphURI, lang, limit);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang) {
        return index.query(property, qs, graphURI, lang);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit, String highlight) {
        return index.query(property, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(List<Resource> props, String qs, String graphURI, String lang, int limit,
            String highlight) {
        return index.query(props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(String uid, List<Resource> props, String qs, String graphURI, String lang, int limit,
            String highlight) {
        return index.query(uid, props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(Node subj, List<Resource> props, String qs, String graphURI, String lang, int limit,
            String highlight) {
        // The form SPARQL's text:query calls: a limited search keeps the order of a query's ORDER BY.
        if (plain != null && PlainSearch.handles(subj, graphURI, lang, highlight)) {
            return TopHits.of(n -> plain.search(props, qs, n), limit);
        }
        return TopHits.of(n -> index.query(subj, props, qs, graphURI, lang, n, highlight), limit);
    }

    @Override
    public List<TextHit> query(String uid, Node subj, String qs, String graphURI, String lang, int limit,
            String highlight) {
        return index.query(uid, subj, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public EntityDefinition getDocDef() {
        return index.getDocDef();
    }

    @Override
    public void close() {
        if (plain != null) {
            plain.close();
        }
        index.close();
    }
}
