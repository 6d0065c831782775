package org.communskg.store;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same contract against a real Fuseki server process: the one {@code .ci/run} started when
 * {@value FusekiProcess#EXTERNAL_KEY} names it, else one started here.
 */
class RemoteGraphStoreIT extends GraphStoreContract {
    @TempDir
    static Path work;
    private static FusekiProcess fuseki;
    private static RemoteGraphStore store;

    @BeforeAll
    static void startFuseki() throws Exception {
        String url = FusekiProcess.external().orElse(null);
        if (url == null) {
            fuseki = FusekiProcess.start(work);
            url = fuseki.datasetUrl();
        }
        System.out.println("GraphStore contract against the Fuseki dataset " + url);
        store = RemoteGraphStore.connect(url);
    }

    @AfterAll
    static void stopFuseki() throws Exception {
        if (fuseki != null) {
            fuseki.close();
        }
    }

    @BeforeEach
    void empty() {
        // One server for the class: each test starts from an empty dataset.
        java.util.List<Node> graphs = store.query(Sparql.parse("SELECT DISTINCT ?g { GRAPH ?g { } }"), qe -> {
            java.util.List<Node> out = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining((QuerySolution row) -> out.add(row.get("g").asNode()));
            return out;
        });
        graphs.forEach(store::deleteGraph);
    }

    @Override
    protected GraphStore store() {
        return store;
    }

    @org.junit.jupiter.api.Test
    void a_server_that_does_not_answer_is_one_clear_store_error() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/ds";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RemoteGraphStore.connect(url))
                .isInstanceOf(StoreException.class).hasMessageContaining(url).hasMessageContaining("cannot be reached");
    }
}
