package org.communskg.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * A SELECT whose answer is held to at most {@code maxRows} rows and which says whether, and by
 * what, its answer was cut: the query's own LIMIT, the row cap, or the store's timeout. One row
 * beyond the bound is read to tell a complete answer from a cut one, so "exactly LIMIT rows"
 * is not mistaken for a cut. On a timeout the rows read so far are kept. Used by the workbench,
 * which shows a banner for every cut; downloads go through the plain endpoint, uncut.
 *
 * <pre>{@code
 * BoundedSelect.Answer a = BoundedSelect.run(store, Sparql.parse("SELECT * { ?s ?p ?o }"), 1000);
 * if (a.cut() != BoundedSelect.Cut.NONE) System.out.println("cut: " + a.describeCut());
 * }</pre>
 */
public final class BoundedSelect {
    /** Why an answer holds fewer rows than the query would give. */
    public enum Cut { NONE, QUERY_LIMIT, ROW_CAP, TIMEOUT }

    /**
     * @param vars  the result variables
     * @param rows  the rows kept
     * @param cut   what cut them, or {@link Cut#NONE}
     * @param bound the LIMIT or cap that applied
     */
    public record Answer(List<Var> vars, List<Binding> rows, Cut cut, long bound) {
        /** The rows as a result set, to write in any results format. */
        public ResultSet resultSet() {
            RowSet rowSet = RowSetStream.create(vars, rows.iterator());
            return ResultSet.adapt(rowSet);
        }

        /** The value of the {@code Result-Cut} header: {@code limit=50}, {@code cap=10000}, {@code timeout}. */
        public String describeCut() {
            return switch (cut) {
                case NONE -> "";
                case QUERY_LIMIT -> "limit=" + bound;
                case ROW_CAP -> "cap=" + bound;
                case TIMEOUT -> "timeout";
            };
        }
    }

    private BoundedSelect() {
    }

    public static Answer run(QueryRunner store, Query select, long maxRows) {
        if (!select.isSelectType()) {
            throw new IllegalArgumentException("BoundedSelect runs SELECT queries only");
        }
        boolean byLimit = select.hasLimit() && select.getLimit() <= maxRows;
        long bound = byLimit ? select.getLimit() : maxRows;
        Query probe = select.cloneQuery();
        probe.setLimit(bound + 1);
        return store.query(probe, qe -> {
            List<Binding> rows = new ArrayList<>();
            ResultSet rs = qe.execSelect();
            List<Var> vars = Var.varList(rs.getResultVars());
            try {
                while (rs.hasNext() && rows.size() <= bound) {
                    rows.add(rs.nextBinding());
                }
            } catch (QueryCancelledException timeout) {
                return new Answer(vars, rows, Cut.TIMEOUT, bound);
            }
            if (rows.size() > bound) {
                return new Answer(vars, rows.subList(0, (int) bound), byLimit ? Cut.QUERY_LIMIT : Cut.ROW_CAP, bound);
            }
            return new Answer(vars, rows, Cut.NONE, bound);
        });
    }
}
