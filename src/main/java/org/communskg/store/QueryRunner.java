package org.communskg.store;

import java.util.function.Function;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;

/**
 * Something that runs a parsed query and hands its execution to a reader: a {@link GraphStore}, or
 * the endpoint's {@link QueryGate} in front of one (slots, SERVICE policy).
 *
 * <pre>{@code
 * long rows = runner.query(query, qe -> ResultSetFormatter.consume(qe.execSelect()));
 * }</pre>
 */
public interface QueryRunner {
    /** Runs {@code query} in a read transaction and returns what {@code reader} makes of it. */
    <T> T query(Query query, Function<QueryExecution, T> reader);
}
