package org.communskg.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.communskg.store.SparqlJsonWriter;
import org.communskg.store.Sparql;
import org.communskg.store.Tdb2GraphStore;

/**
 * The endpoint's JSON results writer against Jena's, on the same rows held in memory, alternated
 * round by round and timed in CPU time of this thread, so that a busy machine's waits do not count.
 * Not a test: run by hand.
 *
 * <pre>{@code
 * java -cp target/communs-kg.jar:target/test-classes org.communskg.bench.WriterBench STORE ROUNDS
 * }</pre>
 *
 * Prints tab-separated lines: rows, writer, rounds, median CPU ms, bytes.
 */
public final class WriterBench {
    private static final String QUERY = "SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } LIMIT 100000";

    private WriterBench() {
    }

    public static void main(String[] args) {
        int rounds = Integer.parseInt(args[1]);
        List<Binding> rows = new ArrayList<>();
        List<Var> vars = Var.varList(List.of("g", "s", "p", "o"));
        try (Tdb2GraphStore store = Tdb2GraphStore.open(Path.of(args[0]))) {
            store.query(Sparql.parse(QUERY), qe -> {
                qe.execSelect().forEachRemaining(r -> { });
                return null;
            });
            store.query(Sparql.parse(QUERY), qe -> {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    // Copied term by term inside the transaction: TDB2's bindings resolve their nodes lazily.
                    BindingBuilder copy = BindingBuilder.create();
                    rs.nextBinding().forEach(copy::add);
                    rows.add(copy.build());
                }
                return null;
            });
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<Long> ours = new ArrayList<>();
        List<Long> jena = new ArrayList<>();
        long[] bytes = new long[2];
        for (int round = -2; round < rounds; round++) {
            for (int w = 0; w < 2; w++) {
                CountingStream out = new CountingStream();
                ResultSet rs = ResultSet.adapt(RowSet.create(QueryIterPlainWrapper.create(rows.iterator()), vars));
                long start = cpu.getCurrentThreadCpuTime();
                if (w == 0) {
                    SparqlJsonWriter.write(rs, out);
                } else {
                    ResultsWriter.create().lang(ResultSetLang.RS_JSON).build().write(out, rs);
                }
                long spent = cpu.getCurrentThreadCpuTime() - start;
                if (round >= 0) {
                    (w == 0 ? ours : jena).add(spent);
                }
                bytes[w] = out.count;
            }
        }
        System.out.printf("%d\tcommuns-kg\t%d\t%.1f\t%d%n", rows.size(), rounds, median(ours) / 1e6, bytes[0]);
        System.out.printf("%d\tjena\t%d\t%.1f\t%d%n", rows.size(), rounds, median(jena) / 1e6, bytes[1]);
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    /** A null stream that counts what it is given. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
