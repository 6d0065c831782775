package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.communskg.EndpointLimits;
import org.communskg.Seeded;
import org.communskg.store.Sparql;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public endpoint cannot be written to, fetches nothing for strangers, answers every mistake
 * with a 4xx and a clear line, and sends its security headers on every answer.
 */
class EndpointSecurityIT {
    static final String PERSON = "/id/person/mireille-clapot";
    /** Every route the server answers GET on. */
    static final List<String> ROUTES = List.of("/", "/sparql", "/queries", "/queries/events", "/queries/events.rq",
            PERSON, "/ontology", "/dumps", "/dumps/SHA256SUMS", "/releases/latest/SHA256SUMS", "/catalog",
            "/.well-known/void", "/assets/site.css");
    /** Where other servers take writes or administration: Fuseki's, Graph Store, upload forms. */
    static final List<String> ADMIN_ROUTES = List.of("/$/datasets", "/$/server", "/$/backup/ds", "/admin", "/update",
            "/upload", "/data", "/import", "/sparql/update", "/ds/data", "/graph-store");
    static final String ALL_TRIPLES = "SELECT * { ?s ?p ?o }";
    static final String SLOW = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    static final EndpointLimits LIMITS = EndpointLimits.DEFAULTS.withMaxQueryLength(2_000).withMaxRequestBytes(10_000)
            .withHtmlRowCap(5).withConcurrency(1, Duration.ZERO);
    static TestServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = TestServer.start(s -> s.withEndpoint(LIMITS).withQueryTimeout(Duration.ofSeconds(3)), Seeded.SEED);
        http = server.http();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static long quads() {
        return server.app().store().read(dsg -> org.apache.jena.atlas.iterator.Iter.count(dsg.find()));
    }

    static Stream<Arguments> writes() {
        return Stream.concat(ROUTES.stream(), ADMIN_ROUTES.stream())
                .flatMap(route -> Stream.of("PUT", "POST", "DELETE", "PATCH").map(m -> Arguments.of(m, route)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("writes")
    void a_write_is_refused_on_every_route(String method, String route) {
        long before = quads();
        HttpResponse<String> r = http.request(method, route, "text/turtle", "<http://x/a> <http://x/b> <http://x/c> .", null);
        if (route.startsWith("/assets/")) {
            assertThat(r.statusCode()).as("static files are read-only").isIn(404, 405);
        } else if (ADMIN_ROUTES.contains(route)) {
            assertThat(r.statusCode()).as("no such route").isEqualTo(404);
        } else if (route.equals("/sparql") && method.equals("POST")) {
            assertThat(r.statusCode()).as("Graph Store POST of Turtle").isEqualTo(415);
        } else {
            assertThat(r.statusCode()).isEqualTo(405);
            assertThat(r.headers().firstValue("Allow").orElseThrow()).contains("GET").doesNotContain(method);
        }
        assertThat(r.body()).doesNotContain("Exception", "\tat ");
        assertThat(quads()).isEqualTo(before);
    }

    @Test
    void trace_is_not_echoed() {
        HttpResponse<String> r = http.request("TRACE", "/", null, null, null);
        assertThat(r.statusCode()).isBetween(400, 499);
    }

    @Test
    void security_headers_are_on_every_answer() {
        List<HttpResponse<String>> answers = new java.util.ArrayList<>();
        ROUTES.forEach(route -> answers.add(http.get(route, "text/html")));
        answers.add(http.get("/no/such/page", null));
        answers.add(http.request("DELETE", "/sparql", null, null, null));
        answers.add(http.get("/sparql?query=" + Http.enc("SELECT"), null));
        answers.add(http.get("/sparql?query=" + Http.enc(ALL_TRIPLES), "text/csv"));
        for (HttpResponse<String> r : answers) {
            String what = r.request().method() + " " + r.uri() + " " + r.statusCode();
            assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).as(what)
                    .contains("script-src 'self';", "frame-ancestors 'none'").doesNotContain("unsafe-eval")
                    .doesNotContainPattern("script-src[^;]*unsafe-inline");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(what).isPresent();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/queries", "/queries/events", PERSON, "/ontology", "/dumps",
            "/sparql?format=html&query=SELECT%20*%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D"})
    void pages_carry_no_inline_script_style_or_handler(String path) {
        Document page = Jsoup.parse(http.get(path, "text/html").body());
        assertThat(page.select("script:not([src]), style, [style]")).isEmpty();
        assertThat(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .map(a -> a.getKey().toLowerCase(java.util.Locale.ROOT))).noneMatch(k -> k.startsWith("on"));
        assertThat(page.select("[href^=javascript], [src^=javascript]")).isEmpty();
    }

    @Test
    void a_bad_query_gets_400_naming_line_and_column() {
        String query = "PREFIX foaf: <http://xmlns.com/foaf/0.1/>\nSELECT ?name\nWHERE { ?p foaf:name ?name .. }";
        HttpResponse<String> r = http.post("/sparql", "application/sparql-query", query, null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("line 3, column").doesNotContain("Exception", "\tat ");
        assertThat(r.body().strip().lines()).hasSize(1);
    }

    @Test
    void a_body_type_that_cannot_be_read_gets_415_not_500() {
        for (String type : List.of("application/sparql-query; charset=nope", ";", "application/sparql-query;charset=")) {
            HttpResponse<String> r = http.post("/sparql", type, ALL_TRIPLES, null);
            assertThat(r.statusCode()).as(type).isEqualTo(415);
            assertThat(r.body()).as(type).startsWith("Unsupported request content type");
        }
    }

    @Test
    void a_query_that_parses_but_cannot_be_built_gets_400() {
        HttpResponse<String> r = http.get("/sparql?query=" + Http.enc("SELECT ?x { ?x ?p ?o } GROUP BY ?p"), null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).doesNotContain("Exception");
    }

    @Test
    void an_unknown_format_gets_406() {
        assertThat(http.get("/sparql?format=pdf&query=" + Http.enc(ALL_TRIPLES), null).statusCode()).isEqualTo(406);
        HttpResponse<String> r = http.get("/sparql?query=" + Http.enc(ALL_TRIPLES), "application/pdf");
        assertThat(r.statusCode()).isEqualTo(406);
        assertThat(r.body()).contains("application/sparql-results+json");
    }

    @Test
    void a_query_over_the_length_limit_gets_413_by_get_and_post() {
        String longQuery = ALL_TRIPLES + " #" + "x".repeat(2_500);
        HttpResponse<String> post = http.post("/sparql", "application/sparql-query", longQuery, null);
        assertThat(post.statusCode()).isEqualTo(413);
        assertThat(post.body()).contains("at most 2000");
        assertThat(http.get("/sparql?query=" + Http.enc(longQuery), null).statusCode()).isEqualTo(413);
    }

    @Test
    void a_body_over_the_size_limit_gets_413() {
        String body = "query=" + Http.enc(ALL_TRIPLES) + "&padding=" + "x".repeat(20_000);
        HttpResponse<String> r = http.post("/sparql", "application/x-www-form-urlencoded", body, null);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).doesNotContain("Exception");
    }

    @Test
    void the_html_view_is_capped_but_downloads_stream_every_row() {
        long all = server.app().store().query(Sparql.parse(ALL_TRIPLES),
                qe -> (long) org.apache.jena.query.ResultSetFormatter.consume(qe.execSelect()));
        Document page = Jsoup.parse(http.get("/sparql?format=html&query=" + Http.enc(ALL_TRIPLES), null).body());
        assertThat(page.select("table.results tbody tr")).hasSize(5);
        assertThat(page.text()).contains("tronqué");
        String csv = http.get("/sparql?query=" + Http.enc(ALL_TRIPLES), "text/csv").body();
        assertThat(csv.strip().lines().count() - 1).isEqualTo(all).isGreaterThan(5);
    }

    @Test
    void beyond_the_concurrency_cap_a_query_gets_503_with_retry_after() throws Exception {
        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(
                () -> http.get("/sparql?query=" + Http.enc(SLOW), null));
        // Once the slow query is evaluating, it holds the one slot for the rest of its 3 s.
        for (int i = 0; i < 200 && QueryTimeoutIT.evaluatingThread() == null; i++) {
            Thread.sleep(25);
        }
        HttpResponse<String> refused = http.get("/sparql?query=" + Http.enc("ASK {}"), null);
        assertThat(refused.statusCode()).as("a second query while the slow one runs").isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).contains("1");
        assertThat(refused.body()).contains("busy");
        HttpResponse<String> timedOut = slow.get();
        assertThat(timedOut.statusCode()).isEqualTo(503);
        assertThat(timedOut.body()).contains("timeout");
        assertThat(http.get("/sparql?query=" + Http.enc("ASK {}"), null).statusCode()).isEqualTo(200);
    }
}
