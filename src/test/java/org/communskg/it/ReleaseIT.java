package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.communskg.App;
import org.communskg.Seeded;
import org.communskg.model.Vocab;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** {@code communs-kg release} through the jar, then the releases served at stable URLs. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReleaseIT {
    static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();
    static final String NQ = "communs-kg.nq.gz";

    @TempDir
    static Path work;
    static Path store;
    static Path releases;

    @BeforeAll
    static void importSeed() {
        store = work.resolve("store");
        releases = work.resolve("releases");
        Jar.Run r = Jar.run(work, "import", "--store", store.toString(), Seeded.SEED.toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    static List<String> listing(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    @Order(1)
    void a_release_is_a_dated_folder_of_five_dumps_with_checksums_and_a_catalogue_entry() throws Exception {
        Jar.Run r = Jar.run(work, "release", "--store", store.toString(), "--out", releases.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Released " + TODAY);
        Path folder = releases.resolve(TODAY);
        assertThat(listing(folder)).containsExactly("SHA256SUMS", "catalog.ttl", "communs-kg.jsonld.gz", NQ,
                "communs-kg.nt.gz", "communs-kg.trig.gz", "communs-kg.ttl.gz", "manifest.tsv");
        // sha256sum, not our code, checks the checksums file.
        Tools.Result sums = Tools.run(List.of("/bin/sh", "-c", "cd '" + folder + "' && sha256sum -c SHA256SUMS")).ok();
        assertThat(sums.out()).contains(NQ + ": OK").doesNotContain("FAILED");
        String entry = Files.readString(folder.resolve("catalog.ttl"));
        assertThat(entry).contains("/releases/" + TODAY + "/" + NQ, "dcat:Distribution", "etalab");
    }

    @Test
    @Order(2)
    void a_second_release_the_same_day_gets_a_new_version_and_an_explicit_existing_one_is_refused() throws Exception {
        byte[] before = Files.readAllBytes(releases.resolve(TODAY).resolve(NQ));
        Jar.Run second = Jar.run(work, "release", "--store", store.toString(), "--out", releases.toString());
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(releases.resolve(TODAY + ".2").resolve(NQ)).exists();
        Jar.Run again = Jar.run(work, "release", "--store", store.toString(), "--out", releases.toString(), "--name", TODAY);
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err().strip()).startsWith("communs-kg: Release " + TODAY + " exists already").doesNotContain("\n");
        assertThat(Files.readAllBytes(releases.resolve(TODAY).resolve(NQ))).isEqualTo(before);
        // Same graph, same bytes: the two releases' dumps are identical.
        assertThat(Files.readAllBytes(releases.resolve(TODAY + ".2").resolve(NQ))).isEqualTo(before);
    }

    @Test
    @Order(3)
    void releases_are_served_at_stable_urls_and_latest_redirects_to_the_newest() throws Exception {
        try (App app = App.open(Seeded.app(work.resolve("unused")).settings().withStore(store).withReleases(releases))) {
            Javalin web = app.web("http://localhost:7070").start(0);
            try {
                Http http = new Http(web.port());
                HttpResponse<byte[]> frozen = http.bytes("/releases/" + TODAY + "/" + NQ);
                assertThat(frozen.statusCode()).isEqualTo(200);
                assertThat(frozen.body()).isEqualTo(Files.readAllBytes(releases.resolve(TODAY).resolve(NQ)));
                HttpResponse<byte[]> latest = http.bytes("/releases/latest/" + NQ);
                assertThat(latest.statusCode()).isEqualTo(302);
                assertThat(latest.headers().firstValue("Location")).hasValue("/releases/" + TODAY + ".2/" + NQ);
                assertThat(http.bytes("/releases/" + TODAY + "/SHA256SUMS").statusCode()).isEqualTo(200);
                assertThat(http.bytes("/releases/" + TODAY + "/manifest.tsv").statusCode()).isEqualTo(404);
                assertThat(http.bytes("/releases/1999-01-01/" + NQ).statusCode()).isEqualTo(404);
                assertThat(http.get("/dumps", null).body()).contains(TODAY + ".2 (latest)", "/releases/" + TODAY + "/" + NQ);
            } finally {
                web.stop();
            }
        }
    }

    @Test
    @Order(4)
    void validate_and_release_refuse_a_graph_that_breaks_the_shapes() throws Exception {
        Path bad = work.resolve("bad-store");
        try (App app = App.open(Seeded.app(work.resolve("unused2")).settings().withStore(bad))) {
            Graph g = GraphFactory.createDefaultGraph();
            g.add(NodeFactory.createURI(Seeded.BASE + "person/nameless"), Vocab.TYPE, Vocab.FOAF_PERSON);
            app.store().replaceGraph(NodeFactory.createURI(Seeded.BASE + "article/bad"), g);
        }
        Jar.Run validate = Jar.run(work, "validate", "--store", bad.toString());
        assertThat(validate.code()).isEqualTo(1);
        assertThat(validate.out()).contains("<" + Seeded.BASE + "person/nameless>", "foaf/0.1/name", "needs a foaf:name");
        Jar.Run release = Jar.run(work, "release", "--store", bad.toString(), "--out", work.resolve("bad-releases").toString());
        assertThat(release.code()).isEqualTo(1);
        assertThat(release.err()).contains("SHACL violation");
        assertThat(work.resolve("bad-releases").resolve(TODAY)).doesNotExist();
        Jar.Run clean = Jar.run(work, "validate", "--store", store.toString());
        assertThat(clean.code()).as(clean.out()).isZero();
    }

    @Test
    @Order(5)
    void generate_writes_a_synthetic_graph_that_passes_the_gate_and_dumps_sorted() throws Exception {
        Path synthetic = work.resolve("synthetic");
        Jar.Run gen = Jar.run(work, "generate", "--store", synthetic.toString(), "--articles", "300");
        assertThat(gen.code()).as(gen.err()).isZero();
        assertThat(gen.out()).containsPattern("Generated 300 articles, \\d+ quads");
        assertThat(Jar.run(work, "validate", "--store", synthetic.toString()).code()).isZero();
        Path nq = work.resolve("synthetic.nq.gz");
        Jar.Run dump = Jar.run(work, "dump", "--store", synthetic.toString(), "--format", "nq", "--gzip", "--out", nq.toString());
        assertThat(dump.code()).as(dump.err()).isZero();
        Path plain = Counts.gunzip(nq);
        long quads = Long.parseLong(gen.out().replaceAll("(?s).*articles, (\\d+) quads.*", "$1").strip());
        assertThat(Tools.rapperCount(plain, "nquads")).isEqualTo(quads);
        // sort(1) in the C locale orders by byte, which for UTF-8 is code-point order.
        Tools.run(List.of("/bin/sh", "-c", "LC_ALL=C sort -c -u '" + plain + "'")).ok();
    }
}
