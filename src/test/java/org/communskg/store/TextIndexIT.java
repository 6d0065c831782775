package org.communskg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.communskg.model.Vocab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store's jena-text index follows every replace and delete of an article graph. */
class TextIndexIT {
    static final Node A1 = NodeFactory.createURI("http://ex.org/article/1");
    static final Node A2 = NodeFactory.createURI("http://ex.org/article/2");
    static final Node ORG = NodeFactory.createURI("http://ex.org/organization/injep");

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

    @Test
    void the_index_lives_beside_the_tdb2_folder() {
        store.replaceGraph(A1, graph(ORG, Vocab.SKOS_ALT_LABEL, "INJEP"));
        assertThat(folder.resolve("tdb-text")).isDirectoryContaining(p -> p.getFileName().toString().startsWith("segments"));
    }

    @Test
    void text_query_finds_folded_elided_and_plural_forms_over_the_union_graph() {
        store.replaceGraph(A1, graph(ORG, Vocab.SKOS_PREF_LABEL, "Institut national de la jeunesse et de l’éducation populaire"));
        assertThat(hits("education")).containsExactly(ORG.getURI());
        assertThat(hits("l'Éducation")).containsExactly(ORG.getURI());
        assertThat(hits("instituts")).containsExactly(ORG.getURI());
    }

    @Test
    void replacing_a_graph_removes_its_deleted_facts_from_the_index() {
        store.replaceGraph(A1, graph(ORG, Vocab.SKOS_ALT_LABEL, "Ancien nom"));
        assertThat(hits("ancien")).containsExactly(ORG.getURI());
        store.replaceGraph(A1, graph(ORG, Vocab.SKOS_ALT_LABEL, "Nouveau nom"));
        assertThat(hits("ancien")).isEmpty();
        assertThat(hits("nouveau")).containsExactly(ORG.getURI());
    }

    @Test
    void a_label_stated_by_two_articles_stays_until_both_have_dropped_it() {
        store.replaceGraph(A1, graph(ORG, Vocab.SKOS_ALT_LABEL, "INJEP"));
        store.replaceGraph(A2, graph(ORG, Vocab.SKOS_ALT_LABEL, "INJEP"));
        store.deleteGraph(A1);
        assertThat(hits("injep")).containsExactly(ORG.getURI());
        store.deleteGraph(A2);
        assertThat(hits("injep")).isEmpty();
    }

    @Test
    void a_store_without_an_index_gets_one_built_when_opened() throws Exception {
        store.replaceGraph(A1, graph(ORG, Vocab.SKOS_ALT_LABEL, "INJEP"));
        store.close();
        try (var files = java.nio.file.Files.walk(folder.resolve("tdb-text"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        store = Tdb2GraphStore.open(folder.resolve("tdb"), folder.resolve("tdb-text"), Duration.ofSeconds(10));
        assertThat(hits("injep")).containsExactly(ORG.getURI());
    }

    @Test
    void a_bulk_load_indexes_its_labels_and_a_later_replace_of_the_article_drops_them() {
        store.load(sink -> sink.quad(new Quad(A1, ORG, Vocab.SKOS_ALT_LABEL, NodeFactory.createLiteralString("Observatoire"))));
        assertThat(hits("observatoires")).containsExactly(ORG.getURI());
        store.replaceGraph(A1, graph(ORG, Vocab.SKOS_ALT_LABEL, "Nouveau nom"));
        assertThat(hits("observatoire")).isEmpty();
        assertThat(hits("nouveau")).containsExactly(ORG.getURI());
    }

    @Test
    void a_bulk_load_keeps_its_index_across_a_reopen() {
        store.load(sink -> sink.quad(new Quad(A2, ORG, Vocab.SKOS_PREF_LABEL, NodeFactory.createLiteralString("Laboratoire"))));
        store.close();
        store = Tdb2GraphStore.open(folder.resolve("tdb"));
        assertThat(hits("laboratoire")).containsExactly(ORG.getURI());
    }

    @Test
    void a_failed_bulk_load_leaves_neither_quads_nor_index_entries() {
        store.replaceGraph(A1, graph(ORG, Vocab.SKOS_ALT_LABEL, "INJEP"));
        assertThatThrownBy(() -> store.load(sink -> {
            sink.quad(new Quad(A2, ORG, Vocab.SKOS_ALT_LABEL, NodeFactory.createLiteralString("Fantome")));
            throw new IllegalStateException("the source broke");
        })).hasMessage("the source broke");
        assertThat(hits("fantome")).isEmpty();
        assertThat(hits("injep")).containsExactly(ORG.getURI());
        long quads = store.read(dsg -> org.apache.jena.atlas.iterator.Iter.count(dsg.find()));
        assertThat(quads).isEqualTo(1);
    }

    private List<String> hits(String words) {
        String q = "PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?s { ?s text:query '"
                + words.replace("'", "\\'") + "' }";
        return store.query(Sparql.parse(q), qe -> {
            List<String> out = new ArrayList<>();
            qe.execSelect().forEachRemaining(r -> out.add(r.getResource("s").getURI()));
            return out;
        });
    }

    static Graph graph(Node s, Node p, String label) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(s, p, NodeFactory.createLiteralString(label));
        return g;
    }
}
