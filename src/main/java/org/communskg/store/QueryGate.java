package org.communskg.store;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryExecution;
import org.communskg.EndpointLimits;

/**
 * What a stranger's query passes through before it reaches the store: a length limit, the parser,
 * the SERVICE policy, then a bounded number of slots (a query waits a while for one, then is
 * refused). The store's own timeout then stops it.
 *
 * <pre>{@code
 * QueryGate gate = QueryGate.over(store, settings.endpoint());
 * Query query = gate.admit(text);
 * long rows = gate.query(query, qe -> ResultSetFormatter.consume(qe.execSelect()));
 * }</pre>
 */
public final class QueryGate implements QueryRunner {
    private final GraphStore store;
    private final int maxLength;
    private final ServicePolicy services;
    private final int slotCount;
    private final Semaphore slots;
    private final Duration wait;

    private QueryGate(GraphStore store, EndpointLimits limits) {
        this.store = store;
        this.maxLength = limits.maxQueryLength();
        this.services = ServicePolicy.allowing(limits.serviceAllowList());
        this.slotCount = limits.maxConcurrentQueries();
        this.slots = new Semaphore(slotCount, true);
        this.wait = limits.queueWait();
    }

    public static QueryGate over(GraphStore store, EndpointLimits limits) {
        return new QueryGate(store, limits);
    }

    /**
     * The query, parsed, if this endpoint will run it.
     *
     * @throws QueryTooLongException, BadQueryException, UpdateRefusedException, ServiceRefusedException
     */
    public Query admit(String text) {
        if (text != null && text.length() > maxLength) {
            throw new QueryTooLongException(text.length(), maxLength);
        }
        Query query = Sparql.parse(text);
        services.check(query);
        return query;
    }

    /**
     * Runs an admitted query in one of the slots, the way a store runs it.
     *
     * @throws TooManyQueriesException when no slot frees up in time
     * @throws QueryTimeoutException   when the query runs past the store's timeout
     */
    @Override
    public <T> T query(Query query, Function<QueryExecution, T> reader) {
        acquire();
        try {
            return store.query(query, qe -> {
                // Belt and braces: with no endpoint allowed, ARQ itself refuses any SERVICE it meets.
                qe.getContext().set(ARQ.httpServiceAllowed, services.allowsAny());
                return reader.apply(qe);
            });
        } catch (QueryDeniedException e) {
            throw new ServiceRefusedException("SERVICE is refused: federated queries are off on this endpoint.");
        } finally {
            slots.release();
        }
    }

    private void acquire() {
        try {
            if (!slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new TooManyQueriesException(slotCount, wait.isZero() ? Duration.ofSeconds(1) : wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TooManyQueriesException(slotCount, Duration.ofSeconds(1));
        }
    }
}
