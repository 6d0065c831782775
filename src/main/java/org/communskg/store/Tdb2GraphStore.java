package org.communskg.store;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.communskg.Settings;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The embedded store: a TDB2 folder on disk. One process at a time may open a folder.
 *
 * <pre>{@code
 * try (GraphStore store = Tdb2GraphStore.open(Path.of("store"))) { ... }
 * }</pre>
 */
public final class Tdb2GraphStore implements GraphStore {
    private final Path folder;
    private final Dataset dataset;
    private final Duration timeout;

    private Tdb2GraphStore(Path folder, Dataset dataset, Duration timeout) {
        this.folder = folder;
        this.dataset = dataset;
        this.timeout = timeout;
    }

    public static Tdb2GraphStore open(Path folder) {
        return open(folder, Duration.ofSeconds(Settings.DEFAULT_QUERY_TIMEOUT_SECONDS));
    }

    /** Opens (or creates) the TDB2 folder; queries are cancelled after {@code timeout}. */
    public static Tdb2GraphStore open(Path folder, Duration timeout) {
        try {
            Files.createDirectories(folder);
            Dataset dataset = TDB2Factory.connectDataset(folder.toString());
            // Queries see the union of the article graphs as their default graph.
            dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new Tdb2GraphStore(folder, dataset, timeout);
        } catch (java.io.IOException | RuntimeException e) {
            throw new StoreException("Cannot open the TDB2 store at " + folder + ": " + rootMessage(e), e);
        }
    }

    /** A TDB2 store in memory, for evaluations and tests that need no folder. */
    public static Tdb2GraphStore inMemory() {
        Dataset dataset = TDB2Factory.createDataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new Tdb2GraphStore(Path.of("(memory)"), dataset, Duration.ofSeconds(Settings.DEFAULT_QUERY_TIMEOUT_SECONDS));
    }

    @Override
    public void replaceGraph(Node graphName, Graph content) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.removeGraph(graphName);
            content.find().forEachRemaining(t -> dsg.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }

    @Override
    public void deleteGraph(Node graphName) {
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().removeGraph(graphName));
    }

    @Override
    public void load(DatasetGraph quads) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            quads.find().forEachRemaining(dsg::add);
        });
    }

    @Override
    public void streamQuads(StreamRDF sink) {
        Txn.executeRead(dataset, () -> dataset.asDatasetGraph().find().forEachRemaining(sink::quad));
    }

    @Override
    public <T> T query(Query query, Function<QueryExecution, T> reader) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                return reader.apply(qe);
            } catch (QueryCancelledException e) {
                throw new QueryTimeoutException("The query ran past the " + timeout.toSeconds() + " s timeout.", e);
            }
        });
    }

    @Override
    public void dump(RDFFormat format, OutputStream out) {
        Txn.executeRead(dataset, () -> DatasetWriter.write(dataset.asDatasetGraph(), format, out));
    }

    @Override
    public <T> T read(Function<DatasetGraph, T> reader) {
        return Txn.calculateRead(dataset, () -> reader.apply(dataset.asDatasetGraph()));
    }

    @Override
    public String describe() {
        return "TDB2 store at " + folder.toAbsolutePath();
    }

    /** The underlying dataset, for in-process peers (benchmarks, Fuseki in tests). */
    public Dataset dataset() {
        return dataset;
    }

    @Override
    public void close() {
        // Expel so that the folder's lock is released and another process may open it.
        TDBInternal.expel(dataset.asDatasetGraph());
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
