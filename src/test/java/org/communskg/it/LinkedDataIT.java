package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.Seeded.iri;

import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.communskg.App;
import org.communskg.Seeded;
import org.communskg.model.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dereferenceable IRIs over real HTTP: negotiation, suffixes, statuses, and outside parsers reading the answers. */
class LinkedDataIT {
    static final String PERSON = "person/mireille-clapot";
    static final String ARTICLE = "article/cnnumerique-fr-valoriser-les-donnees-dinteret-general-avec-les-communs-et-less";
    static final String PART = "event/nec-ess-europe/donnees-d-interet-general-construire-un-partenariat-public-communs-avec-l-ess";
    /** One resource of each kind the importer mints. */
    static final List<String> KINDS = List.of(PERSON, "organization/csnp", "event/nec-ess-europe", PART,
            "membership/mireille-clapot--presidente--csnp", "role/presidente", "publication/cahiers-de-l-action",
            "programme/numerique-en-commun-s", ARTICLE);
    static final List<String> RDF_TYPES = List.of("text/turtle", "application/ld+json", "application/rdf+xml",
            "application/n-triples");
    static final String CHROMIUM_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
            + "image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";

    @RegisterExtension
    static final SeededServer SERVER = new SeededServer();
    @TempDir
    static Path folder;


    static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        return g;
    }

    static Stream<Arguments> kindsAndTypes() {
        return KINDS.stream().flatMap(k -> RDF_TYPES.stream().map(t -> Arguments.of(k, t)));
    }

    @ParameterizedTest
    @MethodSource("kindsAndTypes")
    void each_kind_of_resource_answers_in_each_rdf_format_by_accept(String path, String accept) {
        HttpResponse<String> r = SERVER.http().get("/id/" + path, accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(accept);
        assertThat(r.headers().firstValue("Vary").orElse("")).contains("Accept");
        Graph g = parse(r.body(), RDFLanguages.contentTypeToLang(accept));
        assertThat(g.find(iri(path), Node.ANY, Node.ANY).toList()).as("its own triples").isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {".ttl", ".jsonld", ".rdf", ".nt"})
    void a_suffix_chooses_the_format_even_against_accept(String suffix) {
        for (String path : List.of(PERSON, "organization/injep", PART)) {
            HttpResponse<String> r = SERVER.http().get("/id/" + path + suffix, "text/html");
            assertThat(r.statusCode()).isEqualTo(200);
            Lang lang = RDFLanguages.fileExtToLang(suffix.substring(1));
            assertThat(r.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith(lang.getContentType().getContentTypeStr());
            assertThat(r.headers().firstValue("Vary").orElse("")).contains("Accept");
            assertThat(parse(r.body(), lang).find(iri(path), Node.ANY, Node.ANY).toList()).isNotEmpty();
        }
    }

    @Test
    void turtle_is_the_default_and_browsers_get_html() {
        HttpResponse<String> none = SERVER.http().get("/id/" + PERSON, null);
        assertThat(none.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        HttpResponse<String> any = SERVER.http().get("/id/" + PERSON, "*/*");
        assertThat(any.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        HttpResponse<String> browser = SERVER.http().get("/id/" + PERSON, CHROMIUM_ACCEPT);
        assertThat(browser.statusCode()).isEqualTo(200);
        assertThat(browser.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(browser.headers().firstValue("Vary").orElse("")).contains("Accept");
        assertThat(browser.body()).contains("<h1>Mireille Clapot</h1>");
        assertThat(SERVER.http().get("/id/" + PERSON + ".html", "text/turtle").headers().firstValue("Content-Type").orElseThrow())
                .startsWith("text/html");
    }

    @Test
    void unknown_iri_gets_404_in_every_format() {
        for (String accept : List.of("text/html", "text/turtle", "application/ld+json")) {
            HttpResponse<String> r = SERVER.http().get("/id/person/nobody-at-all", accept);
            assertThat(r.statusCode()).as(accept).isEqualTo(404);
            assertThat(r.headers().firstValue("Vary").orElse("")).contains("Accept");
        }
        assertThat(SERVER.http().get("/id/person/nobody-at-all.ttl", null).statusCode()).isEqualTo(404);
        assertThat(SERVER.http().get("/id/person/%3Cscript%3E", null).statusCode()).isEqualTo(404);
    }

    @Test
    void unsupported_accept_gets_406() {
        HttpResponse<String> r = SERVER.http().get("/id/" + PERSON, "image/png");
        assertThat(r.statusCode()).isEqualTo(406);
        assertThat(r.headers().firstValue("Vary").orElse("")).contains("Accept");
        assertThat(r.body()).contains("text/turtle", "text/html");
    }

    @Test
    void a_bad_page_number_gets_400() {
        assertThat(SERVER.http().get("/id/" + PERSON + "?page=zero", "text/html").statusCode()).isEqualTo(400);
        assertThat(SERVER.http().get("/id/" + PERSON + "?page=0", "text/html").statusCode()).isEqualTo(400);
    }

    @Test
    void answers_are_open_to_other_origins_and_name_their_licence() {
        HttpResponse<String> r = SERVER.http().get("/id/" + PERSON, "text/turtle");
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(r.headers().firstValue("Link").orElse("")).contains("etalab.gouv.fr/licence-ouverte", "rel=\"license\"");
        assertThat(SERVER.http().options("/id/" + PERSON).statusCode()).isEqualTo(204);
    }

    @Test
    void the_description_has_inverse_links_and_names_of_linked_resources_but_not_more() {
        Graph g = parse(SERVER.http().get("/id/" + PERSON, "text/turtle").body(), Lang.TURTLE);
        Node person = iri(PERSON);
        assertThat(g.contains(person, Vocab.FOAF_NAME, NodeFactory.createLiteralString("Mireille Clapot"))).isTrue();
        assertThat(g.contains(iri(ARTICLE), Vocab.SCHEMA_MENTIONS, person)).as("inverse link").isTrue();
        assertThat(g.contains(iri(PART), Vocab.SCHEMA_PERFORMER, person)).as("inverse link").isTrue();
        assertThat(g.find(iri(ARTICLE), Vocab.SCHEMA_HEADLINE, Node.ANY).hasNext()).as("name of a linked resource").isTrue();
        assertThat(g.find(iri(PART), Vocab.SCHEMA_NAME, Node.ANY).hasNext()).as("name of a linked resource").isTrue();
        assertThat(g.contains(iri(PART), Vocab.SCHEMA_PERFORMER, iri("person/emmanuel-porte")))
                .as("the neighbours' other statements stay out").isFalse();
        assertThat(g.find(iri(ARTICLE), Vocab.SCHEMA_MENTIONS, Node.ANY).toList()).hasSize(1);
    }

    @Test
    void jena_rapper_and_rdflib_read_the_same_number_of_triples() throws Exception {
        Map<String, String[]> formats = Map.of(".ttl", new String[] {"turtle", "turtle"},
                ".nt", new String[] {"ntriples", "nt"}, ".rdf", new String[] {"rdfxml", "xml"},
                ".jsonld", new String[] {null, "json-ld"});
        for (String path : List.of(PERSON, "organization/csnp", "event/nec-ess-europe", ARTICLE)) {
            Long expected = null;
            for (Map.Entry<String, String[]> f : formats.entrySet()) {
                String body = SERVER.http().get("/id/" + path + f.getKey(), null).body();
                Path file = Files.writeString(folder.resolve("answer" + f.getKey()), body);
                long jena = parse(body, RDFLanguages.fileExtToLang(f.getKey().substring(1))).size();
                String rdflib = Tools.python("import rdflib,sys; g=rdflib.Graph(); g.parse(sys.argv[1], format=sys.argv[2]); "
                        + "print(len(g))", file.toString(), f.getValue()[1]).ok().out().strip();
                assertThat(Long.parseLong(rdflib)).as("rdflib, " + path + f.getKey()).isEqualTo(jena);
                if (f.getValue()[0] != null) {
                    assertThat(Tools.rapperCount(file, f.getValue()[0])).as("rapper, " + path + f.getKey()).isEqualTo(jena);
                }
                if (expected == null) {
                    expected = jena;
                }
                assertThat(jena).as("the same graph in every format, " + path + f.getKey()).isEqualTo(expected);
            }
            assertThat(expected).isGreaterThan(3);
        }
    }

    @Test
    void jenas_own_remote_clients_query_the_endpoint_and_read_an_entity_by_its_address() {
        try (RDFConnection conn = RDFConnection.queryConnect(SERVER.http().root() + "/sparql")) {
            List<String> names = new java.util.ArrayList<>();
            conn.querySelect("PREFIX foaf: <http://xmlns.com/foaf/0.1/> SELECT ?n { ?p a foaf:Person ; foaf:name ?n } "
                    + "ORDER BY ?n", row -> names.add(row.getLiteral("n").getString()));
            assertThat(names).hasSize(7).contains("Mireille Clapot", "Jacques-François Marchandise");
        }
        Graph parsed = RDFParser.source(SERVER.http().root() + "/id/" + PERSON).lang(Lang.TURTLE).toGraph();
        assertThat(parsed.contains(iri(PERSON), Vocab.FOAF_NAME, NodeFactory.createLiteralString("Mireille Clapot"))).isTrue();
        Model model = RDFDataMgr.loadModel(SERVER.http().root() + "/id/organization/csnp");
        assertThat(model.getGraph().find(iri("organization/csnp"), Vocab.SKOS_PREF_LABEL, Node.ANY).toList()).hasSize(1);
    }

    @Test
    void the_path_maps_under_the_configured_base_whatever_it_is() {
        String base = "https://data.example.org/kg/id/";
        try (App other = App.open(org.communskg.Settings.defaults().withStore(folder.resolve("other-base")).withBaseUri(base))) {
            other.importer().importAll(List.of(Seeded.SEED.toString()), org.communskg.importer.ImportListener.NONE);
            Javalin server = other.web("http://localhost:0").start(0);
            try {
                HttpResponse<String> r = new Http(server.port()).get("/id/" + PERSON + ".nt", null);
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.body()).contains("<" + base + PERSON + ">").doesNotContain("localhost:7070");
            } finally {
                server.stop();
            }
        }
    }
}
