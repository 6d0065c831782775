package org.communskg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Tdb2GraphStoreIT extends GraphStoreContract {
    @TempDir
    Path folder;
    private Tdb2GraphStore store;

    @BeforeEach
    void open() {
        store = Tdb2GraphStore.open(folder.resolve("tdb"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Override
    protected GraphStore store() {
        return store;
    }

    @Test
    void a_failure_inside_jena_after_the_timeout_is_reported_as_the_timeout() {
        try (Tdb2GraphStore timed = Tdb2GraphStore.open(folder.resolve("timed"), java.time.Duration.ofMillis(200))) {
            var query = Sparql.parse("SELECT * WHERE { ?s ?p ?o }");

            // What Jena 5.6 throws when its hash join is cancelled mid-build.
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> timed.query(query, qe -> {
                sleep(300);
                throw new NullPointerException("MultiHashProbeTable.clear()");
            })).isInstanceOf(QueryTimeoutException.class).hasMessageContaining("timeout");
            // Before the timeout, a failure is what it is.
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> timed.query(query, qe -> {
                throw new NullPointerException("a bug");
            })).isInstanceOf(NullPointerException.class);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void the_system_dataset_keeps_no_text_index() {
        new Permalinks(store.system()).save("SELECT * { ?s ?p ?o }");
        assertThat(store.textIndexed()).isTrue();
        assertThat(store.system().textIndexed()).isFalse();
        assertThat(java.nio.file.Files.exists(folder.resolve("tdb").resolve("system-text"))).isFalse();
    }

    @Test
    void what_is_written_survives_closing_and_reopening_the_folder() {
        store.replaceGraph(G1, graph("Alice"));
        store.close();
        store = Tdb2GraphStore.open(folder.resolve("tdb"));
        assertThat(count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")).isEqualTo(1);
    }

    @Test
    void permalinks_survive_closing_and_reopening_the_folder() {
        String id = new Permalinks(store.system()).save("ASK { ?s ?p ?o }");
        store.close();
        store = Tdb2GraphStore.open(folder.resolve("tdb"));
        assertThat(new Permalinks(store.system()).find(id)).contains("ASK { ?s ?p ?o }");
        assertThat(count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")).isZero();
    }
}
