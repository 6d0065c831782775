package org.communskg.store;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterPath;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * TDB2's executor, except that property paths stop when the query is cancelled. ARQ evaluates a
 * path such as {@code (:p|^:p)*} by computing each node's whole closure with plain
 * {@code Graph.find} calls, which never look at the cancel signal: a query past its timeout went on
 * until the closure was done. Here every {@code find} of a path checks the signal first.
 *
 * <pre>{@code
 * QC.setFactory(dataset.getContext(), CancellablePaths.FACTORY);
 * }</pre>
 */
final class CancellablePaths extends OpExecutorTDB2 {
    static final OpExecutorFactory FACTORY = CancellablePaths::new;

    private CancellablePaths(ExecutionContext execCxt) {
        super(execCxt);
    }

    @Override
    protected QueryIterator execute(OpPath opPath, QueryIterator input) {
        AtomicBoolean cancelled = execCxt.getCancelSignal();
        if (cancelled == null) {
            return super.execute(opPath, input);
        }
        Graph watched = new Watched(execCxt.getActiveGraph(), cancelled);
        return new QueryIterPath(opPath.getTriplePath(), input, ExecutionContext.copyChangeActiveGraph(execCxt, watched));
    }

    /** The active graph, refusing to be read once the query is cancelled. */
    private static final class Watched extends WrappedGraph {
        private final AtomicBoolean cancelled;

        Watched(Graph graph, AtomicBoolean cancelled) {
            super(graph);
            this.cancelled = cancelled;
        }

        @Override
        public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
            check();
            return super.find(s, p, o);
        }

        @Override
        public ExtendedIterator<Triple> find(Triple pattern) {
            check();
            return super.find(pattern);
        }

        private void check() {
            if (cancelled.get()) {
                throw new QueryCancelledException();
            }
        }
    }
}
