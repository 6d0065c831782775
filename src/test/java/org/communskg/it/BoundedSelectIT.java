package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.communskg.store.BoundedSelect;
import org.communskg.store.BoundedSelect.Answer;
import org.communskg.store.BoundedSelect.Cut;
import org.communskg.store.Sparql;
import org.communskg.store.Tdb2GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What cut an answer, told apart exactly: the query's LIMIT, the row cap, the timeout, or nothing. */
class BoundedSelectIT {
    static final int TRIPLES = 200;
    @TempDir
    static Path folder;
    static Tdb2GraphStore store;

    @BeforeAll
    static void fill() {
        store = Tdb2GraphStore.open(folder.resolve("tdb"), Duration.ofMillis(400));
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < TRIPLES; i++) {
            g.add(NodeFactory.createURI("http://kg.test/s" + i), NodeFactory.createURI("http://kg.test/p"),
                    NodeFactory.createLiteralString("o" + i));
        }
        store.replaceGraph(NodeFactory.createURI("http://kg.test/g"), g);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Answer run(String query, long maxRows) {
        return BoundedSelect.run(store, Sparql.parse(query), maxRows);
    }

    @Test
    void the_query_limit_is_a_cut_only_when_more_rows_exist() {
        Answer cut = run("SELECT * { ?s ?p ?o } LIMIT 5", 1000);
        assertThat(cut.rows()).hasSize(5);
        assertThat(cut.describeCut()).isEqualTo("limit=5");
        Answer exact = run("SELECT * { ?s ?p ?o } LIMIT " + TRIPLES, 1000);
        assertThat(exact.rows()).hasSize(TRIPLES);
        assertThat(exact.cut()).isEqualTo(Cut.NONE);
    }

    @Test
    void the_row_cap_cuts_a_larger_answer() {
        Answer capped = run("SELECT * { ?s ?p ?o }", 50);
        assertThat(capped.rows()).hasSize(50);
        assertThat(capped.describeCut()).isEqualTo("cap=50");
        assertThat(run("SELECT * { ?s ?p ?o } LIMIT 80", 50).describeCut()).as("the smaller bound tells").isEqualTo("cap=50");
        assertThat(run("SELECT * { ?s ?p ?o }", TRIPLES).cut()).isEqualTo(Cut.NONE);
    }

    @Test
    void a_timeout_keeps_the_rows_read_so_far_and_says_so() {
        Answer slow = run("SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", Long.MAX_VALUE - 1);
        assertThat(slow.cut()).isEqualTo(Cut.TIMEOUT);
        assertThat(slow.describeCut()).isEqualTo("timeout");
        assertThat(slow.rows()).isNotEmpty().hasSizeLessThan(TRIPLES * TRIPLES * TRIPLES);
    }
}
