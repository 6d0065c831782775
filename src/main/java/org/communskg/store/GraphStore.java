package org.communskg.store;

import java.io.OutputStream;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Where the graph lives: one named graph per article, and a default graph that is the union of
 * all of them. Implementations: {@link Tdb2GraphStore} (embedded, the default) and
 * {@link RemoteGraphStore} (a Fuseki server). Both pass the same contract tests.
 *
 * <pre>{@code
 * try (GraphStore store = Tdb2GraphStore.open(Path.of("store"))) {
 *     store.replaceGraph(articleIri, graph);
 *     long n = store.query(Sparql.parse("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"),
 *             qe -> qe.execSelect().next().getLiteral("n").getLong());
 * }
 * }</pre>
 */
public interface GraphStore extends QueryRunner, AutoCloseable {

    /** Replaces the named graph with {@code content}, atomically: readers see the old or the new graph. */
    void replaceGraph(Node graphName, Graph content);

    /** Removes a named graph; nothing happens if there is none. */
    void deleteGraph(Node graphName);

    /**
     * The bulk path of synthetic graphs and loads, where one transaction per article would be slow:
     * {@code source} sends quads to the stream it is given (only {@link StreamRDF#quad} counts), and
     * they are added beside what the store holds. The embedded store hands them to Jena's TDB2 bulk
     * loader (the one of {@code tdb2.tdbloader}) and indexes their text as they pass; readers see
     * all of them or none. A remote store posts them in batches.
     *
     * <pre>{@code
     * long n = store.load(sink -> RDFParser.source(in).lang(Lang.NQUADS).parse(sink));
     * }</pre>
     *
     * @return the quads sent (duplicates included)
     */
    long load(java.util.function.Consumer<StreamRDF> source);

    /** Adds every quad of {@code quads} through {@link #load(java.util.function.Consumer)}. */
    default long load(DatasetGraph quads) {
        return load(sink -> quads.find().forEachRemaining(sink::quad));
    }

    /**
     * Sends every quad of the named graphs to {@code sink} as it is read, with flat memory (only
     * {@link StreamRDF#quad} is called): for sorted dumps. The embedded store reads in place in one
     * read transaction; a remote store streams one Graph Store Protocol {@code GET}.
     *
     * <pre>{@code
     * store.streamQuads(new StreamRDFBase() { public void quad(Quad q) { sorter.add(q); } });
     * }</pre>
     */
    void streamQuads(StreamRDF sink);

    /**
     * Runs a query over the union default graph (and the named graphs) and hands the execution to
     * {@code reader}, which must consume the results before returning.
     *
     * @throws QueryTimeoutException when the query runs past the store's timeout
     */
    <T> T query(Query query, Function<QueryExecution, T> reader);

    /**
     * Writes the whole store. Quad formats (N-Quads, TriG, JSON-LD) keep the named graphs;
     * triple formats get the union graph.
     */
    void dump(RDFFormat format, OutputStream out);

    /**
     * Hands the whole dataset (named graphs, and their union through
     * {@link DatasetGraph#getUnionGraph()}) to {@code reader} inside one read transaction, for
     * readers that need the whole graph, such as SHACL validation. The embedded store reads in
     * place; a remote store copies the dataset into memory first (prefer {@link #streamQuads}).
     *
     * <pre>{@code
     * long quads = store.read(dsg -> Iter.count(dsg.find()));
     * }</pre>
     */
    <T> T read(Function<DatasetGraph, T> reader);

    /**
     * Whether queries may use jena-text's {@code text:query} over this store's own index (names,
     * aliases, titles and evidence sentences, folded and stemmed for French).
     */
    default boolean textIndexed() {
        return false;
    }

    /**
     * A small dataset beside this one for the application's own records (permalinks of the
     * workbench), kept apart so that they never show in queries over the union default graph,
     * in dumps, in VoID counts or in the catalogue. The embedded store keeps it in a TDB2 folder
     * {@code system/} inside its own folder; a remote store in the Fuseki dataset named like its
     * own with {@code -system} appended ({@code http://fuseki:3030/ds-system}).
     *
     * <pre>{@code
     * Permalinks links = new Permalinks(store.system());
     * }</pre>
     */
    GraphStore system();

    /** A short human description: the folder or the server URL. */
    String describe();

    @Override
    void close();
}
