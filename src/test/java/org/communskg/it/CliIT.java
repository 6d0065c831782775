package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.communskg.Seeded;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar, run as users run it: exit codes, one-line errors, outputs that parse. */
class CliIT {
    @TempDir
    static Path work;
    static Path store;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("communskg.jar", "target/communs-kg.jar")));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int code = p.waitFor();
        return new Run(code, Files.readString(out), Files.readString(err));
    }

    @BeforeAll
    static void importSeed() throws Exception {
        store = work.resolve("store");
        Run r = run("import", "--store", store.toString(), Seeded.SEED.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("seed-article.md: \\d+ triples, 7 persons, \\d+ organizations, 2 events")
                .contains("Imported 1 article(s)");
    }

    @Test
    void query_writes_each_result_format_to_stdout() throws Exception {
        String q = "SELECT ?n { ?p a <http://xmlns.com/foaf/0.1/Person> ; <http://xmlns.com/foaf/0.1/name> ?n }";
        for (String format : List.of("json", "xml", "csv", "tsv")) {
            Run r = run("query", "--store", store.toString(), "--format", format, q);
            assertThat(r.code()).as(format + r.err()).isZero();
            var rs = ResultSetMgr.read(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)),
                    org.communskg.store.Formats.resultSetLang(format));
            int[] n = {0};
            rs.forEachRemaining(row -> n[0]++);
            assertThat(n[0]).as(format).isEqualTo(7);
        }
    }

    @Test
    void query_reads_a_file_and_writes_rdf_for_construct() throws Exception {
        Path file = work.resolve("c.rq");
        Files.writeString(file, "CONSTRUCT { ?p a <http://xmlns.com/foaf/0.1/Person> } WHERE { ?p a <http://xmlns.com/foaf/0.1/Person> }");
        for (String format : List.of("ttl", "nt", "jsonld")) {
            Run r = run("query", "--store", store.toString(), "--format", format, "--file", file.toString());
            assertThat(r.code()).as(r.err()).isZero();
            var g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            RDFParser.fromString(r.out(), org.communskg.store.Formats.rdfLang(format)).parse(g);
            assertThat(g.size()).as(format).isEqualTo(7);
        }
    }

    @Test
    void ask_answers_true() throws Exception {
        Run r = run("query", "--store", store.toString(), "ASK { ?s a <http://schema.org/Event> }");
        assertThat(ResultSetMgr.readBoolean(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON)).isTrue();
    }

    @Test
    void a_bad_query_fails_with_one_line_and_exit_1() throws Exception {
        Run r = run("query", "--store", store.toString(), "SELECT * { ?s ?p }");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).startsWith("communs-kg: ").doesNotContain("at org.");
    }

    @Test
    void verbose_adds_the_stack_trace() throws Exception {
        Run r = run("query", "--verbose", "--store", store.toString(), "SELECT * { ?s ?p }");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("at org.");
    }

    @Test
    void bad_usage_exits_2() throws Exception {
        assertThat(run("nonsense").code()).isEqualTo(2);
        assertThat(run("query", "--store", store.toString()).code()).isEqualTo(2);
        assertThat(run("dump", "--store", store.toString(), "--format", "csv").code()).isEqualTo(2);
        assertThat(run("query", "--store", store.toString(), "--format", "ttl", "SELECT * {}").code()).isEqualTo(2);
        assertThat(run().code()).isEqualTo(2);
    }

    @Test
    void an_import_with_a_bad_source_reports_it_and_exits_1() throws Exception {
        Path other = work.resolve("store-bad");
        Run r = run("import", "--store", other.toString(), work.resolve("nope.md").toString(), Seeded.SEED.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("nope.md: no such file or folder");
        assertThat(r.out()).contains("Imported 1 article(s)").contains("1 failed");
    }

    @Test
    void dump_nquads_gzip_keeps_every_quad_and_the_named_graph() throws Exception {
        Path out = work.resolve("dump.nq.gz");
        Run r = run("dump", "--store", store.toString(), "--format", "nq", "--gzip", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        DatasetGraph dsg = DatasetGraphFactory.create();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(dsg);
        }
        Run count = run("query", "--store", store.toString(), "--format", "csv", "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
        assertThat(dsg.stream().count()).isEqualTo(Long.parseLong(count.out().lines().skip(1).findFirst().orElseThrow().strip()));
        assertThat(dsg.listGraphNodes()).toIterable().hasSize(1);
    }

    @Test
    void dump_in_every_format_parses() throws Exception {
        for (String format : List.of("trig", "ttl", "nt", "jsonld")) {
            Run r = run("dump", "--store", store.toString(), "--format", format);
            assertThat(r.code()).as(format + r.err()).isZero();
            DatasetGraph dsg = DatasetGraphFactory.create();
            RDFParser.fromString(r.out(), org.communskg.store.Formats.rdfLang(format)).parse(dsg);
            assertThat(dsg.stream().count()).as(format).isGreaterThan(100);
        }
    }

    @Test
    void eval_prints_a_json_report_without_touching_the_store() throws Exception {
        Path untouched = work.resolve("never-created");
        Run r = run("eval", "--store", untouched.toString(), "--json", "--gold", Seeded.ROOT.resolve("../shared/corpus").toString(),
                Seeded.SEED.toString());
        assertThat(r.code()).as(r.err()).isZero();
        var scores = org.apache.jena.atlas.json.JSON.parse(r.out()).get("scores").getAsObject();
        assertThat(scores.get("persons").getAsObject().get("tp").getAsNumber().value().intValue()).isEqualTo(7);
        assertThat(Files.exists(untouched)).isFalse();
    }
}
