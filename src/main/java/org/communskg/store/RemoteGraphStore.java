package org.communskg.store;

import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.communskg.Settings;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.atlas.web.HttpException;

/**
 * A store kept in a Jena Fuseki server, for when one machine is not enough. The Fuseki dataset
 * must be configured with a union default graph ({@code tdb2:unionDefaultGraph true}) so that
 * queries see what the embedded store shows.
 *
 * <pre>{@code
 * try (GraphStore store = RemoteGraphStore.connect("http://fuseki:3030/kg")) { ... }
 * }</pre>
 */
public final class RemoteGraphStore implements GraphStore {
    /** Appended to the dataset URL to name the system dataset ({@code /kg} → {@code /kg-system}). */
    public static final String SYSTEM_SUFFIX = "-system";
    private final String datasetUrl;
    private final Duration timeout;

    private RemoteGraphStore(String datasetUrl, Duration timeout) {
        this.datasetUrl = datasetUrl.replaceAll("/+$", "");
        this.timeout = timeout;
    }

    /** @param datasetUrl the Fuseki dataset, such as {@code http://localhost:3030/kg} */
    public static RemoteGraphStore connect(String datasetUrl) {
        return connect(datasetUrl, Duration.ofSeconds(Settings.DEFAULT_QUERY_TIMEOUT_SECONDS));
    }

    public static RemoteGraphStore connect(String datasetUrl, Duration timeout) {
        return new RemoteGraphStore(datasetUrl, timeout);
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

    @Override
    public <T> T query(Query query, Function<QueryExecution, T> reader) {
        try (QueryExecution qe = QueryExecutionHTTP.service(datasetUrl + "/query").query(query)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
            return reader.apply(qe);
        } catch (QueryCancelledException e) {
            throw new QueryTimeoutException("The query ran past the " + timeout.toSeconds() + " s timeout.", e);
        } catch (HttpException e) {
            throw new StoreException("Fuseki at " + datasetUrl + " answered: " + e.getMessage(), e);
        }
    }

    @Override
    public void dump(RDFFormat format, OutputStream out) {
        // Fetches the dataset over the Graph Store Protocol, then writes it locally.
        DatasetGraph[] copy = new DatasetGraph[1];
        withLink(link -> copy[0] = link.getDataset());
        DatasetWriter.write(copy[0], format, out);
    }

    @Override
    public <T> T read(Function<DatasetGraph, T> reader) {
        DatasetGraph[] copy = new DatasetGraph[1];
        withLink(link -> copy[0] = link.getDataset());
        return reader.apply(copy[0]);
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

    private void withLink(java.util.function.Consumer<RDFLink> action) {
        try (RDFLink link = RDFLinkHTTP.newBuilder().destination(datasetUrl)
                .gspEndpoint("data").queryEndpoint("query").updateEndpoint("update").build()) {
            action.accept(link);
        } catch (HttpException e) {
            throw new StoreException("Fuseki at " + datasetUrl + " answered: " + e.getMessage(), e);
        }
    }
}
