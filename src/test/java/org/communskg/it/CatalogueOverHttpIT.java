package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.communskg.App;
import org.communskg.Seeded;
import org.communskg.publish.Publishing;
import org.communskg.publish.Releases;
import org.communskg.store.NamedQueries;
import org.communskg.web.WebApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DCAT catalogue, the VoID description and the dumps page over real HTTP, read by rdflib. */
class CatalogueOverHttpIT {
    static final String LICENCE = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";

    @TempDir
    static Path work;
    static App app;
    static Javalin web;
    static Http http;

    @BeforeAll
    static void start() {
        app = Seeded.withSeed(work);
        // The public URL is only known once the port is: start on a fixed free port.
        int port = freePort();
        Publishing publishing = Publishing.from(app.settings(), "http://localhost:" + port);
        web = WebApp.create(app.store(), NamedQueries.bundled(), publishing, Releases.in(work.resolve("releases")),
                app.settings())
                .start(port);
        http = new Http(port);
    }

    static int freePort() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() {
        web.stop();
        app.close();
    }

    @Test
    void rdflib_finds_a_dataset_whose_distributions_match_the_downloaded_files() {
        HttpResponse<String> r = http.get("/catalog", "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        String check = """
                import sys, hashlib, urllib.request, rdflib
                from rdflib.namespace import DCAT, DCTERMS, RDF, FOAF
                SPDX = rdflib.Namespace('http://spdx.org/rdf/terms#')
                g = rdflib.Graph(); g.parse(sys.argv[1], format='turtle')
                datasets = list(g.subjects(RDF.type, DCAT.Dataset))
                assert len(datasets) == 1, datasets
                d = datasets[0]
                assert str(g.value(d, DCTERMS.license)) == sys.argv[2]
                assert {l.language for l in g.objects(d, DCTERMS.title)} == {'fr', 'en'}
                assert {l.language for l in g.objects(d, DCTERMS.description)} == {'fr', 'en'}
                assert len(list(g.objects(d, DCAT.keyword))) >= 3
                assert g.value(d, DCTERMS.issued) is not None and g.value(d, DCTERMS.modified) is not None
                pub = g.value(d, DCTERMS.publisher)
                assert (pub, RDF.type, FOAF.Agent) in g and str(g.value(pub, FOAF.name)) == 'communs-kg'
                ok = 0
                for dist in g.objects(d, DCAT.distribution):
                    assert (dist, RDF.type, DCAT.Distribution) in g
                    url = str(g.value(dist, DCAT.downloadURL))
                    assert str(g.value(dist, DCAT.accessURL)) == url
                    assert str(g.value(dist, DCAT.mediaType)).startswith('http://www.iana.org/assignments/media-types/')
                    assert str(g.value(dist, DCAT.compressFormat)) == 'http://www.iana.org/assignments/media-types/application/gzip'
                    size = g.value(dist, DCAT.byteSize)
                    assert str(size.datatype) == 'http://www.w3.org/2001/XMLSchema#nonNegativeInteger'
                    c = g.value(dist, SPDX.checksum)
                    assert (c, RDF.type, SPDX.Checksum) in g
                    assert g.value(c, SPDX.algorithm) == SPDX.checksumAlgorithm_sha256
                    body = urllib.request.urlopen(url).read()
                    assert hashlib.sha256(body).hexdigest() == str(g.value(c, SPDX.checksumValue)), url
                    assert len(body) == int(size), url
                    ok += 1
                services = list(g.subjects(RDF.type, DCAT.DataService))
                assert len(services) == 1
                assert str(g.value(services[0], DCAT.endpointURL)).endswith('/sparql')
                assert g.value(services[0], DCAT.servesDataset) == d
                print(ok)
                """;
        Path ttl = work.resolve("catalog.ttl");
        write(ttl, r.body());
        assertThat(Tools.python(check, ttl.toString(), LICENCE).ok().out().strip()).isEqualTo("5");
    }

    @Test
    void the_catalogue_and_void_are_negotiated_as_turtle_json_ld_and_rdf_xml() {
        for (Lang lang : new Lang[] {Lang.TURTLE, Lang.JSONLD, Lang.RDFXML}) {
            for (String path : new String[] {"/catalog", "/.well-known/void"}) {
                HttpResponse<String> r = http.get(path, lang.getContentType().getContentTypeStr());
                assertThat(r.statusCode()).as(path).isEqualTo(200);
                assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(lang.getContentType().getContentTypeStr());
                Graph g = GraphFactory.createDefaultGraph();
                RDFParser.fromString(r.body(), lang).parse(g);
                assertThat(g.size()).as(path + " " + lang).isGreaterThan(10);
            }
        }
        assertThat(http.get("/catalog", "image/png").statusCode()).isEqualTo(406);
    }

    @Test
    void void_counts_the_triples_the_store_holds_and_names_its_dumps_and_vocabularies() {
        HttpResponse<String> r = http.get("/.well-known/void", "text/turtle");
        Path ttl = work.resolve("void.ttl");
        write(ttl, r.body());
        String check = """
                import sys, rdflib
                from rdflib.namespace import RDF, VOID, DCTERMS
                g = rdflib.Graph(); g.parse(sys.argv[1], format='turtle')
                d = g.value(None, RDF.type, VOID.Dataset)
                vocabularies = sorted(str(v) for v in g.objects(d, VOID.vocabulary))
                print(int(g.value(d, VOID.triples)), int(g.value(d, VOID.distinctSubjects)),
                      int(g.value(d, VOID.classes)), int(g.value(d, VOID.properties)),
                      len(list(g.objects(d, VOID.dataDump))), len(list(g.objects(d, VOID.exampleResource))),
                      str(g.value(d, VOID.uriSpace)), str(g.value(d, DCTERMS.license)), str(g.value(d, VOID.sparqlEndpoint)))
                print(' '.join(vocabularies))
                """;
        String[] out = Tools.python(check, ttl.toString()).ok().out().strip().split("\n");
        String[] f = out[0].split(" ");
        assertThat(Long.parseLong(f[0])).isEqualTo(Counts.triples(app.store()));
        assertThat(Long.parseLong(f[1])).isGreaterThan(10);
        assertThat(Long.parseLong(f[2])).isGreaterThan(5);
        assertThat(Long.parseLong(f[3])).isGreaterThan(10);
        assertThat(f[4]).isEqualTo("5");
        assertThat(Integer.parseInt(f[5])).isBetween(3, 5);
        assertThat(f[6]).isEqualTo(Seeded.BASE);
        assertThat(f[7]).isEqualTo(LICENCE);
        assertThat(f[8]).isEqualTo(http.root() + "/sparql");
        assertThat(out[1]).contains("http://schema.org/", "http://www.w3.org/ns/org#", "http://xmlns.com/foaf/0.1/",
                "http://www.w3.org/ns/prov#", "https://w3id.org/communs-kg/ns#");
        for (String example : Tools.python("""
                import sys, rdflib
                from rdflib.namespace import VOID
                g = rdflib.Graph(); g.parse(sys.argv[1], format='turtle')
                print('\\n'.join(str(o) for o in g.objects(None, VOID.exampleResource)))
                """, ttl.toString()).ok().out().strip().split("\n")) {
            assertThat(Counts.count(app.store(), "SELECT (COUNT(*) AS ?n) { <" + example + "> ?p ?o }"))
                    .as(example).isPositive();
        }
    }

    @Test
    void the_dumps_page_lists_every_file_with_size_count_checksum_and_licence() {
        HttpResponse<String> r = http.get("/dumps", "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Licence Ouverte 2.0", LICENCE, "communs-kg.nq.gz", "communs-kg.trig.gz",
                "communs-kg.ttl.gz", "communs-kg.nt.gz", "communs-kg.jsonld.gz", "SHA256SUMS",
                Counts.quads(app.store()) + " quads", Counts.triples(app.store()) + " triples");
        assertThat(r.body()).containsPattern("<code>[0-9a-f]{64}</code>");
        assertThat(http.bytes("/dumps/communs-kg.nq.gz").headers().firstValue("Content-Type")).hasValue("application/gzip");
        assertThat(http.get("/dumps/store", null).statusCode()).isEqualTo(404);
        assertThat(http.get("/dumps/..%2Fpom.xml", null).statusCode()).isEqualTo(404);
    }

    static void write(Path p, String s) {
        try {
            java.nio.file.Files.writeString(p, s);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
