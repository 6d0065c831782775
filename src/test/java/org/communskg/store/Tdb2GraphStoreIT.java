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
