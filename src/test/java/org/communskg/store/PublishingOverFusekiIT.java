package org.communskg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.communskg.App;
import org.communskg.Seeded;
import org.communskg.Settings;
import org.communskg.importer.ImportListener;
import org.communskg.network.Filter;
import org.communskg.network.Network;
import org.communskg.network.NetworkService;
import org.communskg.search.SearchHit;
import org.communskg.search.SearchService;
import org.communskg.publish.EntityView;
import org.communskg.publish.Publisher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The publishing queries (named graphs, union default graph) give the same answers on Fuseki as on TDB2. */
class PublishingOverFusekiIT {
    @TempDir
    static Path work;
    static FusekiProcess fuseki;
    static App remote;
    static App local;

    @BeforeAll
    static void start() throws Exception {
        fuseki = FusekiProcess.start(work.resolve("fuseki"));
        remote = App.over(Settings.defaults().withBaseUri(Seeded.BASE), RemoteGraphStore.connect(fuseki.datasetUrl()));
        remote.importer().importAll(List.of(Seeded.SEED.toString()), ImportListener.NONE);
        local = Seeded.withSeed(work.resolve("tdb2"));
    }

    @AfterAll
    static void stop() throws Exception {
        remote.close();
        local.close();
        fuseki.close();
    }

    static Publisher publisher(App app) {
        return new Publisher(app.store(), Seeded.BASE, Settings.DEFAULT_LICENCE);
    }

    @Test
    void descriptions_and_pages_are_the_same_on_both_stores() {
        for (String path : List.of("person/mireille-clapot", "organization/injep", "event/nec-ess-europe")) {
            Node iri = publisher(local).resolve(path);
            Graph onFuseki = publisher(remote).describe(iri);
            assertThat(onFuseki.isIsomorphicWith(publisher(local).describe(iri))).as(path).isTrue();
            EntityView a = publisher(remote).view(iri, 1);
            EntityView b = publisher(local).view(iri, 1);
            assertThat(a.mentions()).as(path).satisfies(s -> assertThat(s.items()).isNotEmpty()).isEqualTo(b.mentions());
            assertThat(a.roles()).as(path).isEqualTo(b.roles());
            assertThat(a.events()).as(path).isEqualTo(b.events());
            assertThat(a.labels()).as(path).isEqualTo(b.labels());
        }
    }

    @Test
    void search_on_fuseki_falls_back_to_folded_contains_and_still_finds_injep_first() {
        SearchService onFuseki = SearchService.over(remote.store());
        assertThat(onFuseki.fullText()).isFalse();
        assertThat(SearchService.over(local.store()).fullText()).isTrue();
        List<SearchHit> hits = onFuseki.search("INJEP", 10);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).iri().getURI()).isEqualTo(Seeded.BASE + "organization/injep");
        assertThat(onFuseki.search("l'Éducation populaire", 10)).extracting(h -> h.iri().getURI())
                .contains(Seeded.BASE + "organization/injep");
    }

    @Test
    void the_network_is_the_same_on_both_stores() {
        Network a = NetworkService.over(remote.store()).network(Filter.ALL, 1000);
        Network b = NetworkService.over(local.store()).network(Filter.ALL, 1000);
        assertThat(a.nodes()).isNotEmpty().containsExactlyInAnyOrderElementsOf(b.nodes());
        assertThat(a.edges()).containsExactlyInAnyOrderElementsOf(b.edges());
    }
}
