package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.communskg.App;
import org.communskg.Seeded;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SPARQL 1.1 Protocol over real HTTP, on the imported seed, on a random port. */
class SparqlEndpointIT {
    static final String PERSONS = "PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
            + "SELECT ?name WHERE { ?p a foaf:Person ; foaf:name ?name } ORDER BY ?name";
    static final String CONSTRUCT = "PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
            + "CONSTRUCT { ?p foaf:name ?name } WHERE { ?p a foaf:Person ; foaf:name ?name }";

    @TempDir
    static Path folder;
    static App app;
    static Javalin web;
    static Http http;
    static List<String> expectedNames;

    @BeforeAll
    static void start() {
        app = Seeded.withSeed(folder);
        web = app.web("http://localhost:0").start(0);
        http = new Http(web.port());
        expectedNames = app.store().query(org.communskg.store.Sparql.parse(PERSONS), qe -> names(qe.execSelect()));
        assertThat(expectedNames).as("the seed has persons to query").hasSizeGreaterThanOrEqualTo(5);
    }

    @AfterAll
    static void stop() {
        web.stop();
        app.close();
    }

    static List<String> names(ResultSet rs) {
        List<String> out = new ArrayList<>();
        rs.forEachRemaining(row -> out.add(row.getLiteral("name").getString()));
        return out;
    }

    static ResultSet parse(HttpResponse<String> r, Lang lang) {
        return ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), lang);
    }

    @Test
    void get_with_a_query_parameter_answers_in_json_by_default() {
        HttpResponse<String> r = http.get("/sparql?query=" + Http.enc(PERSONS), null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/sparql-results+json");
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(names(parse(r, ResultSetLang.RS_JSON))).isEqualTo(expectedNames);
    }

    @Test
    void post_form_encoded_answers() {
        HttpResponse<String> r = http.post("/sparql", "application/x-www-form-urlencoded",
                "query=" + Http.enc(PERSONS), "application/sparql-results+xml");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(names(parse(r, ResultSetLang.RS_XML))).isEqualTo(expectedNames);
    }

    @Test
    void post_sparql_query_body_answers() {
        HttpResponse<String> r = http.post("/sparql", "application/sparql-query; charset=utf-8", PERSONS, "text/csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(names(parse(r, ResultSetLang.RS_CSV))).isEqualTo(expectedNames);
    }

    @Test
    void every_result_format_parses_back_to_the_same_rows() {
        for (Lang lang : List.of(ResultSetLang.RS_JSON, ResultSetLang.RS_XML, ResultSetLang.RS_CSV, ResultSetLang.RS_TSV)) {
            HttpResponse<String> r = http.get("/sparql?query=" + Http.enc(PERSONS), lang.getContentType().getContentTypeStr());
            assertThat(r.statusCode()).as(lang.getLabel()).isEqualTo(200);
            assertThat(r.headers().firstValue("Vary").orElse("")).contains("Accept");
            assertThat(names(parse(r, lang))).as(lang.getLabel()).isEqualTo(expectedNames);
        }
    }

    @Test
    void the_format_parameter_overrides_accept() {
        HttpResponse<String> r = http.get("/sparql?format=tsv&query=" + Http.enc(PERSONS), "application/sparql-results+json");
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/tab-separated-values");
    }

    @Test
    void ask_answers_a_boolean() {
        HttpResponse<String> r = http.get("/sparql?query=" + Http.enc("ASK { ?s a <http://schema.org/Event> }"), null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(ResultSetMgr.readBoolean(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples"})
    void construct_answers_in_each_rdf_format_and_parses_back(String accept) {
        HttpResponse<String> r = http.get("/sparql?query=" + Http.enc(CONSTRUCT), accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(accept);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), org.apache.jena.riot.RDFLanguages.contentTypeToLang(accept)).parse(g);
        assertThat(g.size()).isEqualTo(expectedNames.size());
    }

    @Test
    void describe_answers_turtle() {
        HttpResponse<String> r = http.get("/sparql?query=" + Http.enc("DESCRIBE <" + Seeded.BASE + "person/mireille-clapot>"), null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        assertThat(r.body()).contains("Mireille Clapot");
    }

    @Test
    void a_bad_query_gets_400_with_the_parser_message() {
        HttpResponse<String> r = http.get("/sparql?query=" + Http.enc("SELECT * WHERE { ?s ?p }"), null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("line 1").doesNotContain("Exception");
    }

    @Test
    void updates_are_refused_in_every_form() {
        String update = "INSERT DATA { <http://x/a> <http://x/b> \"c\" }";
        assertThat(http.post("/sparql", "application/sparql-update", update, null).statusCode()).isEqualTo(403);
        assertThat(http.post("/sparql", "application/x-www-form-urlencoded", "update=" + Http.enc(update), null).statusCode())
                .isEqualTo(403);
        assertThat(http.post("/sparql", "application/sparql-query", update, null).statusCode()).isEqualTo(403);
        assertThat(http.get("/sparql?update=" + Http.enc(update), null).statusCode()).isEqualTo(403);
        HttpResponse<String> ask = http.get("/sparql?query=" + Http.enc("ASK { <http://x/a> ?p ?o }"), null);
        assertThat(ask.body()).contains("false");
    }

    @Test
    void an_unsupported_accept_gets_406_and_an_unknown_body_type_415() {
        assertThat(http.get("/sparql?query=" + Http.enc(PERSONS), "image/png").statusCode()).isEqualTo(406);
        assertThat(http.post("/sparql", "application/json", "{}", null).statusCode()).isEqualTo(415);
    }

    @Test
    void get_without_query_gives_the_service_description() {
        HttpResponse<String> r = http.get("/sparql", "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        org.apache.jena.graph.Node endpoint = org.apache.jena.graph.NodeFactory.createURI(http.root() + "/sparql");
        assertThat(g.contains(endpoint, org.communskg.model.Vocab.TYPE,
                org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/sparql-service-description#Service"))).isTrue();
        assertThat(g.find(endpoint, org.apache.jena.graph.NodeFactory.createURI(
                "http://www.w3.org/ns/sparql-service-description#resultFormat"), null).toList()).hasSize(8);
    }

    @Test
    void cors_preflight_is_answered() {
        HttpResponse<String> r = http.options("/sparql");
        assertThat(r.statusCode()).isEqualTo(204);
        assertThat(r.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("POST");
    }

    @Test
    void the_home_page_says_what_the_graph_holds() {
        HttpResponse<String> r = http.get("/", "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<strong>1</strong> articles", "<strong>" + expectedNames.size() + "</strong> personnes",
                "/sparql", "/queries/speakers-by-event");
    }

    @Test
    void named_queries_are_served_as_pages_and_raw_text() {
        assertThat(http.get("/queries", null).body()).contains("speakers-by-event");
        HttpResponse<String> raw = http.get("/queries/speakers-by-event.rq", null);
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.body()).contains("SELECT");
        assertThat(http.get("/queries/nope", null).statusCode()).isEqualTo(404);
    }

    @Test
    void the_browser_form_gets_an_escaped_html_table() {
        HttpResponse<String> r = http.post("/sparql", "application/x-www-form-urlencoded",
                "format=html&query=" + Http.enc("SELECT ?x { BIND(\"<b>gras</b>\" AS ?x) }"), "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(r.body()).contains("<td>&lt;b&gt;gras&lt;/b&gt;</td>").doesNotContain("<b>gras</b>");
        HttpResponse<String> persons = http.get("/sparql?format=html&query=" + Http.enc(PERSONS), null);
        expectedNames.forEach(n -> assertThat(persons.body()).contains("<td>" + n + "</td>"));
    }
}
