package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.communskg.Seeded;
import org.communskg.store.FusekiProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** Every command of the shaded jar with {@code --store URL} against a standalone Fuseki server process. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemoteStoreCliIT {
    private static final String QUADS = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
    private static final String PERSONS = "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a <http://xmlns.com/foaf/0.1/Person> }";

    @TempDir
    static Path work;
    static FusekiProcess fuseki;
    static String url;

    @BeforeAll
    static void start() throws Exception {
        fuseki = FusekiProcess.start(Files.createDirectories(work.resolve("fuseki")));
        url = fuseki.datasetUrl();
        Jar.Run r = Jar.run(work, "import", "--store", url, Seeded.SEED.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("seed-article.md: \\d+ triples, 7 persons").contains("Imported 1 article(s)");
    }

    @AfterAll
    static void stop() throws Exception {
        fuseki.close();
    }

    static long count(String query) {
        Jar.Run r = Jar.run(work, "query", "--store", url, "--format", "csv", query);
        assertThat(r.code()).as(r.err()).isZero();
        return Long.parseLong(r.out().lines().skip(1).findFirst().orElseThrow().strip());
    }

    @Test
    @Order(1)
    void query_reads_the_union_graph_and_reimport_replaces_the_article_graph() {
        assertThat(count(PERSONS)).isEqualTo(7);
        long quads = count(QUADS);
        assertThat(Jar.run(work, "import", "--store", url, Seeded.SEED.toString()).code()).isZero();
        assertThat(count(QUADS)).isEqualTo(quads);
        assertThat(count("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { } }")).isEqualTo(1);
    }

    @Test
    @Order(2)
    void dump_streams_every_quad_and_the_union_as_turtle() throws Exception {
        Path nq = work.resolve("remote.nq");
        Jar.Run r = Jar.run(work, "dump", "--store", url, "--format", "nq", "--out", nq.toString());
        assertThat(r.code()).as(r.err()).isZero();
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.source(nq).lang(Lang.NQUADS).parse(back);
        assertThat(back.stream().count()).isEqualTo(count(QUADS));
        List<String> lines = Files.readAllLines(nq);
        assertThat(lines).isSorted();
        Path ttl = work.resolve("remote.ttl");
        assertThat(Jar.run(work, "dump", "--store", url, "--format", "ttl", "--out", ttl.toString()).code()).isZero();
        assertThat(Tools.rapperCount(ttl, "turtle"))
                .isEqualTo(count("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }"));
    }

    @Test
    @Order(3)
    void validate_release_and_eval_work_over_the_server() {
        Jar.Run validate = Jar.run(work, "validate", "--store", url);
        assertThat(validate.code()).as(validate.out() + validate.err()).isZero();
        Path releases = work.resolve("releases");
        Jar.Run release = Jar.run(work, "release", "--store", url, "--out", releases.toString(), "--name", "2026-01-01");
        assertThat(release.code()).as(release.err()).isZero();
        assertThat(releases.resolve("2026-01-01/SHA256SUMS")).exists();
        assertThat(releases.resolve("2026-01-01/communs-kg.nq.gz")).exists();
        Jar.Run eval = Jar.run(work, "eval", "--store", url, "--json", "--gold",
                Seeded.ROOT.resolve("../shared/corpus").toString(), Seeded.SEED.toString());
        assertThat(eval.code()).as(eval.err()).isZero();
    }

    @Test
    @Order(4)
    void serve_answers_sparql_and_entity_pages_from_the_server() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                System.getProperty("communskg.jar", "target/communs-kg.jar"), "serve", "--store", url, "--port", "" + port)
                .redirectErrorStream(true).redirectOutput(work.resolve("serve.log").toFile()).start();
        try {
            Http http = new Http(port);
            awaitUp(http, serve);
            HttpResponse<String> rows = http.get("/sparql?query=" + Http.enc(PERSONS), "text/csv");
            assertThat(rows.statusCode()).isEqualTo(200);
            assertThat(rows.body().lines().skip(1).findFirst().orElseThrow().strip()).isEqualTo("7");
            HttpResponse<String> page = http.get("/id/person/mireille-clapot", "text/html");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Mireille Clapot");
        } finally {
            serve.destroy();
            serve.waitFor();
        }
    }

    @Test
    @Order(5)
    void generate_writes_a_synthetic_graph_through_the_server() {
        long before = count(QUADS);
        Jar.Run gen = Jar.run(work, "generate", "--store", url, "--size", "5k");
        assertThat(gen.code()).as(gen.err()).isZero();
        long written = Long.parseLong(gen.out().replaceAll("(?s).*articles, (\\d+) quads.*", "$1").strip());
        assertThat(written).isBetween(5_000L, 5_200L);
        assertThat(count(QUADS)).isEqualTo(before + written);
    }

    @Test
    @Order(6)
    void a_server_without_a_union_default_graph_is_refused_with_one_line() throws Exception {
        try (FusekiProcess plain = FusekiProcess.startWithoutUnion(Files.createDirectories(work.resolve("plain")))) {
            var g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            g.add(org.apache.jena.graph.NodeFactory.createURI("http://kg.test/s"),
                    org.apache.jena.graph.NodeFactory.createURI("http://kg.test/p"), org.apache.jena.graph.NodeFactory.createLiteralString("o"));
            org.apache.jena.rdflink.RDFLinkHTTP.service(plain.datasetUrl()).gspEndpoint("data").build()
                    .put(org.apache.jena.graph.NodeFactory.createURI("http://kg.test/g"), g);
            Jar.Run r = Jar.run(work, "query", "--store", plain.datasetUrl(), "ASK { ?s ?p ?o }");
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err().strip()).doesNotContain("\n").contains("tdb2:unionDefaultGraph=true");
        }
    }

    private static void awaitUp(Http http, Process serve) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            assertThat(serve.isAlive()).as(Seeded.read(work.resolve("serve.log"))).isTrue();
            try {
                if (http.get("/sparql", null).statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new AssertionError("serve did not start: " + Seeded.read(work.resolve("serve.log")));
    }
}
