package org.communskg.store;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.communskg.Settings;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.communskg.store.text.TextFeed;
import org.communskg.store.text.TextIndexes;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.main.QC;
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
    /** The folder of the system dataset, inside the store's own: TDB2 only reads its Data-NNNN folders. */
    static final String SYSTEM_FOLDER = "system";
    /** The bulk loader's progress lines are not ours to print: callers report their own progress. */
    private static final MonitorOutput QUIET = (format, args) -> { };
    private final Path folder;
    private final Dataset dataset;
    private final Duration timeout;
    private final TextIndex textIndex;
    private final Dataset base;
    private Tdb2GraphStore system;

    /** With a null {@code textIndex}, a store without full-text search (the system dataset). */
    private Tdb2GraphStore(Path folder, Dataset base, TextIndex textIndex, Duration timeout) {
        this.folder = folder;
        configure(base);
        this.dataset = textIndex == null ? base : DatasetFactory.wrap(TextIndexes.indexed(base.asDatasetGraph(), textIndex));
        this.textIndex = textIndex;
        this.base = base;
        this.timeout = timeout;
    }

    public static Tdb2GraphStore open(Path folder) {
        return open(folder, Duration.ofSeconds(Settings.DEFAULT_QUERY_TIMEOUT_SECONDS));
    }

    /** Opens (or creates) the TDB2 folder, with its text index beside it; queries are cancelled after {@code timeout}. */
    public static Tdb2GraphStore open(Path folder, Duration timeout) {
        return open(folder, Settings.textIndexBeside(folder), timeout);
    }

    /**
     * Opens (or creates) the TDB2 folder and its text index. An index folder that is new or empty is
     * built from what the store already holds, so a store from before the index gets one.
     */
    public static Tdb2GraphStore open(Path folder, Path textFolder, Duration timeout) {
        return connect(folder, java.util.Objects.requireNonNull(textFolder, "textFolder"), timeout);
    }

    /** The store, with a text index in {@code textFolder}, or none when it is null. */
    private static Tdb2GraphStore connect(Path folder, Path textFolder, Duration timeout) {
        try {
            Files.createDirectories(folder);
            Dataset base = TDB2Factory.connectDataset(folder.toString());
            if (textFolder == null) {
                return new Tdb2GraphStore(folder, base, null, timeout);
            }
            boolean build = !Files.isDirectory(textFolder) || TextIndexes.isEmpty(textFolder);
            TextIndex index = TextIndexes.onDisk(textFolder);
            if (build) {
                Txn.executeRead(base, () -> TextIndexes.rebuild(base.asDatasetGraph(), index));
            }
            return new Tdb2GraphStore(folder, base, index, timeout);
        } catch (java.io.IOException | RuntimeException e) {
            if (locked(e)) {
                // Another process holds the folder: say so plainly, the store itself is untouched.
                throw new StoreException("The TDB2 store at " + folder + " is in use by another process ("
                        + rootMessage(e).replaceFirst(".*held by ", "") + "): a TDB2 folder is opened by one process "
                        + "at a time; stop it, or import through serve --import", e);
            }
            throw new StoreException("Cannot open the TDB2 store at " + folder + ": " + rootMessage(e), e);
        }
    }

    /** TDB2 reports a folder held by a live process as a plain DBOpEnvException: only its message tells. */
    private static boolean locked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AlreadyLocked || t instanceof DBOpEnvException
                    && String.valueOf(t.getMessage()).startsWith("Failed to get a lock")) {
                return true;
            }
        }
        return false;
    }

    /** A TDB2 store in memory, with its text index in memory, for evaluations and tests that need no folder. */
    public static Tdb2GraphStore inMemory() {
        return new Tdb2GraphStore(Path.of("(memory)"), TDB2Factory.createDataset(), TextIndexes.inMemory(),
                Duration.ofSeconds(Settings.DEFAULT_QUERY_TIMEOUT_SECONDS));
    }

    private static void configure(Dataset dataset) {
        // Queries see the union of the article graphs as their default graph.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        // Property paths stop at the timeout too.
        QC.setFactory(dataset.asDatasetGraph().getContext(), CancellablePaths.FACTORY);
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

    /**
     * Jena's phased bulk loader (what {@code tdb2.tdbloader} uses by default) on the TDB2 dataset
     * itself, in its own write transaction. The text index is fed the same quads on a thread of
     * its own ({@link TextFeed}), which catches up while TDB2 builds its secondary indexes, and is
     * committed once the loader has committed, or rolled back with it.
     */
    @Override
    public long load(Consumer<StreamRDF> source) {
        DataLoader loader = LoaderFactory.createLoader(base.asDatasetGraph(), QUIET);
        TextFeed feed = textIndex == null ? null : TextFeed.start(textIndex, loader.stream());
        loader.startBulk();
        try {
            source.accept(feed == null ? loader.stream() : feed.stream());
            if (feed != null) {
                feed.endOfInput();
            }
            loader.finishBulk();
        } catch (RuntimeException e) {
            if (feed != null) {
                feed.abort();
                textIndex.rollback();
            }
            loader.finishException(e);
            throw e;
        }
        if (feed != null) {
            awaitText(feed);
        }
        return loader.countQuads() + loader.countTriples();
    }

    /** The quads are committed by now: a text index that failed meanwhile is rolled back and named. */
    private void awaitText(TextFeed feed) {
        try {
            feed.await();
            textIndex.commit();
        } catch (RuntimeException e) {
            textIndex.rollback();
            throw new StoreException("The quads were loaded into " + folder + " but their text index failed ("
                    + rootMessage(e) + "): delete " + Settings.textIndexBeside(folder)
                    + " and open the store again to rebuild it", e);
        }
    }

    @Override
    public void streamQuads(StreamRDF sink) {
        Txn.executeRead(dataset, () -> dataset.asDatasetGraph().find().forEachRemaining(sink::quad));
    }

    @Override
    public <T> T query(Query query, Function<QueryExecution, T> reader) {
        return Txn.calculateRead(dataset, () -> {
            long start = System.nanoTime();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                return reader.apply(qe);
            } catch (QueryCancelledException e) {
                throw QueryTimeoutException.after(timeout, e);
            } catch (RuntimeException e) {
                // Jena 5.6's hash join can fail with a NullPointerException while the timeout cancels
                // it (MultiHashProbeTable.clear): past the timeout, any failure is the timeout.
                if (!(e instanceof org.communskg.CommunsKgException) && System.nanoTime() - start >= timeout.toNanos()) {
                    throw QueryTimeoutException.after(timeout, e);
                }
                throw e;
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

    /** Opened on first use, so stores that never keep permalinks get no extra folder; nothing in it is searched. */
    @Override
    public synchronized GraphStore system() {
        if (system == null) {
            system = "(memory)".equals(folder.toString())
                    ? new Tdb2GraphStore(folder, TDB2Factory.createDataset(), null, timeout)
                    : connect(folder.resolve(SYSTEM_FOLDER), null, timeout);
        }
        return system;
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
    public boolean textIndexed() {
        return textIndex != null;
    }

    @Override
    public synchronized void close() {
        if (textIndex != null) {
            textIndex.close();
        }
        if (system != null) {
            system.close();
        }
        // Expel so that the folder's lock is released and another process may open it.
        TDBInternal.expel(base.asDatasetGraph());
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
