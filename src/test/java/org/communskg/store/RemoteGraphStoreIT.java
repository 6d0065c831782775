package org.communskg.store;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The same contract against a real Fuseki server process. */
class RemoteGraphStoreIT extends GraphStoreContract {
    @TempDir
    static Path work;
    private static FusekiProcess fuseki;
    private static RemoteGraphStore store;

    @BeforeAll
    static void startFuseki() throws Exception {
        fuseki = FusekiProcess.start(work);
        store = RemoteGraphStore.connect(fuseki.datasetUrl());
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
}
