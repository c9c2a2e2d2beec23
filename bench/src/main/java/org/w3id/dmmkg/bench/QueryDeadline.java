package org.w3id.dmmkg.bench;

import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.rdf4j.collection.factory.api.CollectionFactory;
import org.eclipse.rdf4j.common.iteration.CloseableIteration;
import org.eclipse.rdf4j.common.iteration.IterationWrapper;
import org.eclipse.rdf4j.common.order.StatementOrder;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.query.Dataset;
import org.eclipse.rdf4j.query.QueryInterruptedException;
import org.eclipse.rdf4j.query.algebra.evaluation.EvaluationStrategy;
import org.eclipse.rdf4j.query.algebra.evaluation.EvaluationStrategyFactory;
import org.eclipse.rdf4j.query.algebra.evaluation.QueryOptimizerPipeline;
import org.eclipse.rdf4j.query.algebra.evaluation.TripleSource;
import org.eclipse.rdf4j.query.algebra.evaluation.impl.EvaluationStatistics;

/**
 * The peer's query time limit, checked on the query's own thread each time its evaluation reads
 * a statement from the store, so that a query past its limit stops wherever it is (also while
 * it sorts or groups before its first row) and closes its own LMDB transaction. RDF4J's own
 * limit closes that transaction from a timer thread under the running query, which fails with
 * "Invalid argument" and, now and then, aborts the JVM in LMDB's native code (a double free;
 * RDF4J issues 4806 and 5374).
 */
final class QueryDeadline implements EvaluationStrategyFactory {
    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();
    private final EvaluationStrategyFactory store;

    /** @param store the store's own factory, which does the evaluating */
    QueryDeadline(EvaluationStrategyFactory store) {
        this.store = store;
    }

    /** Runs {@code query} on this thread with a limit of {@code deadline} ({@link System#nanoTime()}). */
    static <T> T within(long deadline, java.util.concurrent.Callable<T> query) throws Exception {
        DEADLINE.set(deadline);
        try {
            return query.call();
        } finally {
            DEADLINE.remove();
        }
    }

    static void check() {
        Long deadline = DEADLINE.get();
        if (deadline != null && System.nanoTime() > deadline) {
            throw new QueryInterruptedException("past the time limit");
        }
    }

    @Override
    public EvaluationStrategy createEvaluationStrategy(Dataset dataset, TripleSource source, EvaluationStatistics stats) {
        return store.createEvaluationStrategy(dataset, new Checked(source), stats);
    }

    @Override
    public void setQuerySolutionCacheThreshold(long threshold) {
        store.setQuerySolutionCacheThreshold(threshold);
    }

    @Override
    public long getQuerySolutionCacheThreshold() {
        return store.getQuerySolutionCacheThreshold();
    }

    @Override
    public void setOptimizerPipeline(QueryOptimizerPipeline pipeline) {
        store.setOptimizerPipeline(pipeline);
    }

    @Override
    public Optional<QueryOptimizerPipeline> getOptimizerPipeline() {
        return store.getOptimizerPipeline();
    }

    @Override
    public boolean isTrackResultSize() {
        return store.isTrackResultSize();
    }

    @Override
    public void setTrackResultSize(boolean track) {
        store.setTrackResultSize(track);
    }

    @Override
    public void setCollectionFactory(Supplier<CollectionFactory> factory) {
        store.setCollectionFactory(factory);
    }

    /** The store's statements, each read only within the limit. */
    private record Checked(TripleSource source) implements TripleSource {
        @Override
        public CloseableIteration<? extends Statement> getStatements(Resource s, IRI p, Value o, Resource... c) {
            check();
            return new CheckedIteration(source.getStatements(s, p, o, c));
        }

        @Override
        public CloseableIteration<? extends Statement> getStatements(StatementOrder order, Resource s, IRI p, Value o,
                Resource... c) {
            check();
            return new CheckedIteration(source.getStatements(order, s, p, o, c));
        }

        @Override
        public Set<StatementOrder> getSupportedOrders(Resource s, IRI p, Value o, Resource... c) {
            return source.getSupportedOrders(s, p, o, c);
        }

        @Override
        public Comparator<Value> getComparator() {
            return source.getComparator();
        }

        @Override
        public ValueFactory getValueFactory() {
            return source.getValueFactory();
        }
    }

    private static final class CheckedIteration extends IterationWrapper<Statement> {
        CheckedIteration(CloseableIteration<? extends Statement> statements) {
            super(statements);
        }

        @Override
        public boolean hasNext() {
            check();
            return super.hasNext();
        }
    }
}
