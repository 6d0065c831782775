package org.communskg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link GraphStore} must have; one subclass per implementation. */
abstract class GraphStoreContract {
    static final Node G1 = NodeFactory.createURI("http://kg.test/id/article/one");
    static final Node G2 = NodeFactory.createURI("http://kg.test/id/article/two");
    static final Node ALICE = NodeFactory.createURI("http://kg.test/id/person/alice");
    static final Node NAME = NodeFactory.createURI("http://xmlns.com/foaf/0.1/name");
    static final Node KNOWS = NodeFactory.createURI("http://xmlns.com/foaf/0.1/knows");

    /** A store holding nothing, fresh for each test. */
    protected abstract GraphStore store();

    static Graph graph(String... objects) {
        Graph g = GraphFactory.createDefaultGraph();
        for (String o : objects) {
            g.add(ALICE, NAME, NodeFactory.createLiteralString(o));
        }
        return g;
    }

    long count(String sparql) {
        return store().query(Sparql.parse(sparql), qe -> qe.execSelect().next().getLiteral("n").getLong());
    }

    @Test
    void replace_graph_replaces_exactly_that_graph() {
        store().replaceGraph(G1, graph("Alice", "Alix"));
        store().replaceGraph(G2, graph("Alice B."));
        store().replaceGraph(G1, graph("Alice"));
        assertThat(count("SELECT (COUNT(*) AS ?n) { GRAPH <" + G1.getURI() + "> { ?s ?p ?o } }")).isEqualTo(1);
        assertThat(count("SELECT (COUNT(*) AS ?n) { GRAPH <" + G2.getURI() + "> { ?s ?p ?o } }")).isEqualTo(1);
    }

    @Test
    void the_default_graph_is_the_union_of_the_named_graphs() {
        store().replaceGraph(G1, graph("Alice"));
        store().replaceGraph(G2, graph("Alice", "Alix"));
        List<String> names = store().query(Sparql.parse("SELECT ?name { ?s <" + NAME.getURI() + "> ?name } ORDER BY ?name"),
                qe -> {
                    List<String> out = new java.util.ArrayList<>();
                    qe.execSelect().forEachRemaining((QuerySolution row) -> out.add(row.getLiteral("name").getString()));
                    return out;
                });
        assertThat(names).containsExactly("Alice", "Alix");
    }

    @Test
    void deleting_a_graph_removes_only_it_and_a_missing_graph_is_no_error() {
        store().replaceGraph(G1, graph("Alice"));
        store().replaceGraph(G2, graph("Alix"));
        store().deleteGraph(G1);
        store().deleteGraph(NodeFactory.createURI("http://kg.test/id/article/never"));
        assertThat(count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")).isEqualTo(1);
    }

    @Test
    void ask_and_construct_answer() {
        store().replaceGraph(G1, graph("Alice"));
        boolean found = store().query(Sparql.parse("ASK { ?s <" + NAME.getURI() + "> \"Alice\" }"), qe -> qe.execAsk());
        assertThat(found).isTrue();
        Graph built = store().query(Sparql.parse("CONSTRUCT { ?s <" + KNOWS.getURI() + "> ?s } WHERE { ?s ?p ?o }"),
                qe -> qe.execConstruct().getGraph());
        assertThat(built.contains(ALICE, KNOWS, ALICE)).isTrue();
    }

    @Test
    void a_nquads_dump_keeps_the_named_graphs() {
        store().replaceGraph(G1, graph("Alice"));
        store().replaceGraph(G2, graph("Alix", "Alice"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store().dump(RDFFormat.NQUADS, out);
        DatasetGraph back = DatasetGraphFactory.create();
        RDFDataMgr.read(back, new ByteArrayInputStream(out.toByteArray()), Lang.NQUADS);
        assertThat(back.getGraph(G1).size()).isEqualTo(1);
        assertThat(back.getGraph(G2).size()).isEqualTo(2);
    }

    /** Dumps the store holding Alice in two graphs and Alix in one, and parses the dump back. */
    Graph unionDump(RDFFormat format) {
        store().replaceGraph(G1, graph("Alice"));
        store().replaceGraph(G2, graph("Alix", "Alice"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store().dump(format, out);
        Graph back = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(back, new ByteArrayInputStream(out.toByteArray()), format.getLang());
        return back;
    }

    @Test
    void a_triples_dump_is_the_union_without_duplicates() {
        assertThat(unionDump(RDFFormat.NTRIPLES).size()).isEqualTo(2);
    }

    @Test
    void read_hands_over_every_quad_and_the_union_graph() {
        store().replaceGraph(G1, graph("Alice"));
        store().replaceGraph(G2, graph("Alix", "Alice"));
        long[] sizes = store().read(dsg -> new long[] {org.apache.jena.atlas.iterator.Iter.count(dsg.find()),
                dsg.getUnionGraph().size()});
        assertThat(sizes).containsExactly(3, 2);
    }

    @Test
    void a_sorted_dump_gives_the_same_lines_whatever_the_store() {
        store().replaceGraph(G2, graph("Alix", "Alice"));
        store().replaceGraph(G1, graph("Alice"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = org.communskg.publish.SortedDump.of(Lang.NQUADS).write(store(), out,
                org.communskg.publish.DumpListener.NONE);
        String alice = "<" + ALICE.getURI() + "> <" + NAME.getURI() + "> ";
        assertThat(n).isEqualTo(3);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(
                alice + "\"Alice\" <" + G1.getURI() + "> .\n"
                + alice + "\"Alice\" <" + G2.getURI() + "> .\n"
                + alice + "\"Alix\" <" + G2.getURI() + "> .\n");
    }

    @Test
    void permalinks_live_in_the_system_dataset_apart_from_the_union_the_named_graphs_and_the_dumps() {
        store().replaceGraph(G1, graph("Alice"));
        Permalinks links = new Permalinks(store().system());
        String text = "SELECT * { ?s ?p ?o } LIMIT 1 # " + getClass().getSimpleName() + " " + System.nanoTime();
        String id = links.save(text);
        assertThat(links.save(text)).as("same text, same id").isEqualTo(id);
        assertThat(links.find(id)).contains(text);
        assertThat(links.find("unknown-id-here")).isEmpty();
        assertThat(count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")).isEqualTo(1);
        assertThat(count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")).isEqualTo(1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store().dump(RDFFormat.NQUADS, out);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("permalink").doesNotContain(id);
        long quads = store().read(dsg -> org.apache.jena.atlas.iterator.Iter.count(dsg.find()));
        assertThat(quads).isEqualTo(1);
    }

    @Test
    void load_adds_every_quad_beside_the_existing_graphs() {
        store().replaceGraph(G1, graph("Alice"));
        DatasetGraph batch = DatasetGraphFactory.create();
        batch.add(G2, ALICE, NAME, NodeFactory.createLiteralString("Alix"));
        batch.add(G2, ALICE, KNOWS, ALICE);
        store().load(batch);
        assertThat(count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")).isEqualTo(3);
        assertThat(count("SELECT (COUNT(*) AS ?n) { GRAPH <" + G2.getURI() + "> { ?s ?p ?o } }")).isEqualTo(2);
    }

    @Test
    void stream_quads_sends_every_quad_with_its_graph() {
        store().replaceGraph(G1, graph("Alice"));
        store().replaceGraph(G2, graph("Alix", "Alice"));
        List<org.apache.jena.sparql.core.Quad> seen = new java.util.ArrayList<>();
        store().streamQuads(new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(org.apache.jena.sparql.core.Quad quad) {
                seen.add(quad);
            }
        });
        assertThat(seen).hasSize(3).extracting(org.apache.jena.sparql.core.Quad::getGraph).containsOnly(G1, G2);
        assertThat(seen).filteredOn(q -> q.getGraph().equals(G2)).hasSize(2);
    }

    @Test
    void a_turtle_dump_holds_the_union_graph() {
        Graph back = unionDump(RDFFormat.TURTLE_BLOCKS);
        assertThat(back.size()).isEqualTo(2);
        assertThat(back.contains(ALICE, NAME, NodeFactory.createLiteralString("Alix"))).isTrue();
    }
}
