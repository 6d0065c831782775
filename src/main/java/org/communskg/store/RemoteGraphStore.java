package org.communskg.store;

import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.communskg.Settings;

/**
 * A store kept in a standalone Jena Fuseki server, for when one machine's embedded store is not
 * enough. Imports write each article's named graph with the Graph Store Protocol ({@code PUT}
 * replaces it); queries, entity pages and dumps read through the SPARQL protocol and the Graph
 * Store Protocol, streaming. The dataset's default graph must be the union of its named graphs:
 *
 * <pre>{@code
 * FUSEKI_BASE=run java -jar jena-fuseki-server-5.6.0.jar --loc DB --tdb2 \
 *     --set tdb2:unionDefaultGraph=true --update /ds
 * try (GraphStore store = RemoteGraphStore.connect("http://127.0.0.1:3030/ds")) { ... }
 * }</pre>
 */
public final class RemoteGraphStore implements GraphStore {
    /** Appended to the dataset URL to name the system dataset ({@code /ds} → {@code /ds-system}). */
    public static final String SYSTEM_SUFFIX = "-system";

    private static final Query TRIPLES = Sparql.parse("SELECT ?s ?p ?o { ?s ?p ?o }");
    private static final Query ANY_QUAD = Sparql.parse("ASK { GRAPH ?g { ?s ?p ?o } }");
    private static final Query ANY_TRIPLE = Sparql.parse("ASK { ?s ?p ?o }");

    /** Quads per {@code POST} of {@link #load}: about 2,000 articles' worth. */
    static final int LOAD_BATCH = 150_000;

    private final String datasetUrl;
    private final Duration timeout;

    private RemoteGraphStore(String datasetUrl, Duration timeout) {
        this.datasetUrl = datasetUrl.replaceAll("/+$", "");
        this.timeout = timeout;
    }

    /** @param datasetUrl the Fuseki dataset, such as {@code http://localhost:3030/ds} */
    public static RemoteGraphStore connect(String datasetUrl) {
        return connect(datasetUrl, Duration.ofSeconds(Settings.DEFAULT_QUERY_TIMEOUT_SECONDS));
    }

    /**
     * Connects and checks that the server answers and that its default graph is the union of the
     * named graphs (two cheap {@code ASK}s).
     *
     * @throws StoreException when the server cannot be reached or has no union default graph
     */
    public static RemoteGraphStore connect(String datasetUrl, Duration timeout) {
        RemoteGraphStore store = new RemoteGraphStore(datasetUrl, timeout);
        if (store.ask(ANY_QUAD) && !store.ask(ANY_TRIPLE)) {
            throw new StoreException("The Fuseki dataset at " + store.datasetUrl + " has named graphs but its default "
                    + "graph is not their union: start Fuseki with --set tdb2:unionDefaultGraph=true");
        }
        return store;
    }

    @Override
    public void replaceGraph(Node graphName, Graph content) {
        // A Graph Store Protocol PUT replaces the graph in one server-side transaction.
        withLink(link -> link.put(graphName, content));
    }

    @Override
    public void deleteGraph(Node graphName) {
        withLink(link -> {
            try {
                link.delete(graphName);
            } catch (HttpException e) {
                if (e.getStatusCode() != 404) {
                    throw e;
                }
            }
        });
    }

    /**
     * One Graph Store Protocol {@code POST} to the dataset per {@value #LOAD_BATCH} quads: each is
     * one server-side transaction, and memory stays flat however many quads come.
     */
    @Override
    public long load(Consumer<StreamRDF> source) {
        DatasetGraph[] batch = {DatasetGraphFactory.create()};
        long[] n = {0};
        source.accept(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                batch[0].add(quad);
                if (++n[0] % LOAD_BATCH == 0) {
                    post(batch[0]);
                    batch[0] = DatasetGraphFactory.create();
                }
            }
        });
        post(batch[0]);
        return n[0];
    }

    private void post(DatasetGraph quads) {
        if (!quads.isEmpty()) {
            withLink(link -> link.loadDataset(quads));
        }
    }

    @Override
    public <T> T query(Query query, Function<QueryExecution, T> reader) {
        try (QueryExecution qe = QueryExecutionHTTP.service(datasetUrl + "/query").query(query)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
            return reader.apply(qe);
        } catch (QueryCancelledException e) {
            throw QueryTimeoutException.after(timeout, e);
        } catch (QueryExceptionHTTP e) {
            throw failure(e.getStatusCode(), e);
        } catch (HttpException e) {
            throw failure(e.getStatusCode(), e);
        }
    }

    /** One Graph Store Protocol {@code GET} of the whole dataset as N-Quads, parsed as it arrives. */
    @Override
    public void streamQuads(StreamRDF sink) {
        StreamRDF quadsOnly = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                sink.quad(quad);
            }
        };
        try {
            RDFParser.source(datasetUrl + "/data").lang(Lang.NQUADS).acceptHeader(Lang.NQUADS.getHeaderString())
                    .build().parse(quadsOnly);
        } catch (HttpException e) {
            throw failure(e.getStatusCode(), e);
        } catch (RiotException e) {
            throw new StoreException("Fuseki at " + datasetUrl + " sent unreadable N-Quads: " + e.getMessage(), e);
        }
    }

    @Override
    public void dump(RDFFormat format, OutputStream out) {
        boolean quads = RDFLanguages.isQuads(format.getLang());
        Consumer<StreamRDF> source = quads ? this::streamQuads : this::streamUnionTriples;
        if (!DatasetWriter.stream(format, out, source)) {
            // RIOT has no streaming writer for this format (JSON-LD, RDF/XML): it is built in memory.
            read(dsg -> {
                DatasetWriter.write(dsg, format, out);
                return null;
            });
        }
    }

    /** Copies the dataset into memory, streamed: for readers that need a whole graph, such as SHACL validation. */
    @Override
    public <T> T read(Function<DatasetGraph, T> reader) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        streamQuads(StreamRDFLib.dataset(copy));
        return reader.apply(copy);
    }

    @Override
    public GraphStore system() {
        // A separate Fuseki dataset: a named graph in this one would show in its union default graph.
        return new RemoteGraphStore(datasetUrl + SYSTEM_SUFFIX, timeout);
    }

    @Override
    public String describe() {
        return "Fuseki dataset at " + datasetUrl;
    }

    @Override
    public void close() {
        // Each operation opens its own HTTP exchange: nothing to release.
    }

    /** The union graph's triples, distinct, through one streamed SPARQL {@code SELECT}. */
    private void streamUnionTriples(StreamRDF sink) {
        query(TRIPLES, qe -> {
            qe.execSelect().forEachRemaining((QuerySolution row) -> sink.triple(
                    Triple.create(row.get("s").asNode(), row.get("p").asNode(), row.get("o").asNode())));
            return null;
        });
    }

    private boolean ask(Query query) {
        return query(query, QueryExecution::execAsk);
    }

    private void withLink(Consumer<RDFLink> action) {
        try (RDFLink link = RDFLinkHTTP.newBuilder().destination(datasetUrl)
                .gspEndpoint("data").queryEndpoint("query").updateEndpoint("update").build()) {
            action.accept(link);
        } catch (HttpException e) {
            if (e.getStatusCode() == 403 || e.getStatusCode() == 405) {
                throw new StoreException("Fuseki at " + datasetUrl + " refused the write (" + e.getMessage()
                        + "): a read-only server or replica; write to the primary, started with --update", e);
            }
            throw failure(e.getStatusCode(), e);
        }
    }

    private StoreException failure(int status, RuntimeException e) {
        String why = status > 0 ? "answered " + e.getMessage() : "cannot be reached: " + Tdb2GraphStore.rootMessage(e);
        return new StoreException("Fuseki at " + datasetUrl + " " + why, e);
    }
}
