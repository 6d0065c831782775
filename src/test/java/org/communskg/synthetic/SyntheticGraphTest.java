package org.communskg.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.communskg.model.Iris;
import org.communskg.publish.DumpListener;
import org.communskg.publish.SortedDump;
import org.communskg.store.GraphStore;
import org.communskg.store.Sparql;
import org.communskg.store.Tdb2GraphStore;
import org.junit.jupiter.api.Test;

class SyntheticGraphTest {
    static long count(GraphStore store, String q) {
        return store.query(Sparql.parse(q), qe -> qe.execSelect().next().getLiteral("n").getLong());
    }

    static SyntheticGraph.Written generate(GraphStore store, long quads, long seed) {
        return SyntheticGraph.builder().iris(Iris.under("http://kg.test/id/")).quads(quads).seed(seed).build()
                .writeTo(store, done -> { });
    }

    static String sortedDump(GraphStore store) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        SortedDump.of(Lang.NQUADS).write(store, out, DumpListener.NONE);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void sizes_read_as_quad_counts() {
        assertThat(SyntheticGraph.parseSize("100k")).isEqualTo(100_000);
        assertThat(SyntheticGraph.parseSize("1M")).isEqualTo(1_000_000);
        assertThat(SyntheticGraph.parseSize("10m")).isEqualTo(10_000_000);
        assertThat(SyntheticGraph.parseSize("2500")).isEqualTo(2500);
        assertThatThrownBy(() -> SyntheticGraph.parseSize("big")).hasMessageContaining("big");
    }

    @Test
    void a_size_target_is_reached_within_one_article_and_every_quad_is_stored() {
        try (Tdb2GraphStore store = Tdb2GraphStore.inMemory()) {
            SyntheticGraph.Written w = generate(store, 30_000, 1);
            assertThat(w.quads()).isBetween(30_000L, 30_200L);
            assertThat(count(store, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")).isEqualTo(w.quads());
            assertThat(count(store, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { } }")).isEqualTo(w.articles());
        }
    }

    @Test
    void the_graph_has_the_real_shape_events_with_parts_memberships_and_provenance() {
        try (Tdb2GraphStore store = Tdb2GraphStore.inMemory()) {
            generate(store, 20_000, 2);
            assertThat(count(store, """
                    SELECT (COUNT(*) AS ?n) { ?e <http://schema.org/subEvent> ?part .
                      ?part <http://schema.org/superEvent> ?e ; <https://w3id.org/communs-kg/ns#moderator> ?m }""")).isPositive();
            assertThat(count(store, """
                    SELECT (COUNT(*) AS ?n) { GRAPH ?a { ?m a <http://www.w3.org/ns/org#Membership> ;
                      <http://www.w3.org/ns/prov#wasDerivedFrom> ?a ; <https://w3id.org/communs-kg/ns#evidence> ?s } }"""))
                    .isPositive();
        }
    }

    @Test
    void degrees_follow_a_power_law_a_few_hubs_and_a_long_tail() {
        try (Tdb2GraphStore store = Tdb2GraphStore.inMemory()) {
            generate(store, 60_000, 3);
            List<Long> degrees = store.query(Sparql.parse("""
                    SELECT ?o (COUNT(?a) AS ?n) { ?a <http://schema.org/mentions> ?o . ?o a <http://xmlns.com/foaf/0.1/Person> }
                    GROUP BY ?o ORDER BY DESC(?n)"""), qe -> {
                        List<Long> out = new ArrayList<>();
                        qe.execSelect().forEachRemaining(r -> out.add(r.getLiteral("n").getLong()));
                        return out;
                    });
            long top = degrees.get(0);
            long median = degrees.get(degrees.size() / 2);
            assertThat(top).isGreaterThan(50 * median);
            assertThat(median).isLessThanOrEqualTo(2);
        }
    }

    @Test
    void the_same_seed_gives_the_same_graph() {
        try (Tdb2GraphStore a = Tdb2GraphStore.inMemory(); Tdb2GraphStore b = Tdb2GraphStore.inMemory()) {
            generate(a, 5_000, 7);
            generate(b, 5_000, 7);
            assertThat(sortedDump(a)).isEqualTo(sortedDump(b)).hasSizeGreaterThan(100_000);
        }
    }
}
