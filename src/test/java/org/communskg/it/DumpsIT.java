package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.communskg.App;
import org.communskg.Seeded;
import org.communskg.publish.DumpFile;
import org.communskg.publish.DumpListener;
import org.communskg.publish.DumpSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every dump, checked by parsers nobody here wrote: rapper (Raptor) and Python rdflib. */
class DumpsIT {
    /** rapper's name for each syntax; it has no JSON-LD. */
    static final Map<Lang, String> RAPPER = Map.of(Lang.NQUADS, "nquads", Lang.TRIG, "trig", Lang.TURTLE, "turtle",
            Lang.NTRIPLES, "ntriples");
    static final Map<Lang, String> RDFLIB = Map.of(Lang.NQUADS, "nquads", Lang.TRIG, "trig", Lang.TURTLE, "turtle",
            Lang.NTRIPLES, "nt", Lang.JSONLD, "json-ld");
    static final String RDFLIB_COUNT = """
            import sys, rdflib
            path, fmt = sys.argv[1], sys.argv[2]
            if fmt in ('nquads', 'trig', 'json-ld'):
                d = rdflib.Dataset()
                d.parse(path, format=fmt)
                print(len(set(d.quads((None, None, None, None)))))
            else:
                g = rdflib.Graph()
                g.parse(path, format=fmt)
                print(len(g))
            """;

    @TempDir
    static Path work;
    static App app;
    static List<DumpFile> files;
    static long quads;
    static long triples;

    @BeforeAll
    static void dump() {
        app = Seeded.withSeed(work);
        files = DumpSet.write(app.store(), work.resolve("dumps"), DumpListener.NONE);
        quads = Counts.quads(app.store());
        triples = Counts.triples(app.store());
    }

    @AfterAll
    static void close() {
        app.close();
    }

    static long storeCount(DumpFile f) {
        return f.unit().equals("quads") ? quads : triples;
    }

    @Test
    void there_is_one_gzip_dump_per_dataset_syntax_with_size_count_and_checksum() {
        assertThat(files).extracting(DumpFile::name).containsExactly("communs-kg.nq.gz", "communs-kg.trig.gz",
                "communs-kg.ttl.gz", "communs-kg.nt.gz", "communs-kg.jsonld.gz");
        for (DumpFile f : files) {
            byte[] bytes = Counts.read(work.resolve("dumps").resolve(f.name()));
            assertThat(f.bytes()).as(f.name()).isEqualTo(bytes.length);
            assertThat(f.sha256()).as(f.name()).isEqualTo(Counts.sha256(bytes));
            assertThat(f.count()).as(f.name()).isEqualTo(storeCount(f)).isGreaterThan(100);
        }
        assertThat(DumpSet.read(work.resolve("dumps"))).isEqualTo(files);
    }

    @Test
    void gzip_headers_carry_no_time_and_no_file_name() {
        for (DumpFile f : files) {
            byte[] b = Counts.read(work.resolve("dumps").resolve(f.name()));
            assertThat(b[3]).as(f.name() + " FLG: no FNAME").isZero();
            assertThat(new byte[] {b[4], b[5], b[6], b[7]}).as(f.name() + " MTIME").containsOnly(0);
        }
    }

    @Test
    void rapper_parses_every_dump_it_knows_to_the_store_count() {
        for (DumpFile f : files) {
            if (RAPPER.containsKey(f.lang())) {
                Path plain = Counts.gunzip(work.resolve("dumps").resolve(f.name()));
                assertThat(Tools.rapperCount(plain, RAPPER.get(f.lang()))).as(f.name()).isEqualTo(storeCount(f));
            }
        }
    }

    @Test
    void rdflib_parses_every_dump_to_the_store_count() {
        for (DumpFile f : files) {
            Path plain = Counts.gunzip(work.resolve("dumps").resolve(f.name()));
            Tools.Result r = Tools.python(RDFLIB_COUNT, plain.toString(), RDFLIB.get(f.lang())).ok();
            assertThat(Long.parseLong(r.out().strip())).as(f.name()).isEqualTo(storeCount(f));
        }
    }

    @Test
    void the_streamed_json_ld_holds_the_same_quads_as_the_n_quads_for_jena_and_rdflib() {
        Path nq = Counts.gunzip(work.resolve("dumps").resolve("communs-kg.nq.gz"));
        Path jsonld = Counts.gunzip(work.resolve("dumps").resolve("communs-kg.jsonld.gz"));
        DatasetGraph fromNq = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(fromNq, nq.toString(), Lang.NQUADS);
        DatasetGraph fromJsonLd = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(fromJsonLd, jsonld.toString(), Lang.JSONLD);
        assertThat(IsoMatcher.isomorphic(fromNq, fromJsonLd)).isTrue();
        String same = """
                import sys, rdflib
                a = rdflib.Dataset(); a.parse(sys.argv[1], format='nquads')
                b = rdflib.Dataset(); b.parse(sys.argv[2], format='json-ld')
                qa = set(a.quads((None, None, None, None))); qb = set(b.quads((None, None, None, None)))
                print(len(qa), len(qb), qa == qb)
                """;
        assertThat(Tools.python(same, nq.toString(), jsonld.toString()).ok().out().strip())
                .isEqualTo(quads + " " + quads + " True");
    }
}
