package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.riot.RDFFormat;
import org.communskg.store.GraphSummary;
import org.communskg.store.NamedQueries;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The workbench's HTTP side: permalinks, bounded answers, completions, the gallery and the pages' scripts. */
class WorkbenchHttpIT {
    @RegisterExtension
    static final SeededServer SERVER = new SeededServer();
    static final String FORM = "application/x-www-form-urlencoded";
    static final String JSON = "application/sparql-results+json";

    static Http http() {
        return SERVER.http();
    }

    static String save(String query) {
        HttpResponse<String> r = http().post("/q", FORM, "query=" + Http.enc(query), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonObject body = JsonParser.parseString(r.body()).getAsJsonObject();
        assertThat(r.headers().firstValue("Location")).contains(body.get("path").getAsString());
        return body.get("id").getAsString();
    }

    @Test
    void a_permalink_gives_back_the_same_text_as_plain_text_and_the_same_text_the_same_id() {
        String query = "# </textarea><script>alert(1)</script>\nSELECT * { ?s ?p ?o } LIMIT 2";
        String id = save(query);
        assertThat(save(query)).isEqualTo(id);
        assertThat(save(query + " ")).isNotEqualTo(id);
        HttpResponse<String> raw = http().get("/q/" + id + ".rq", null);
        assertThat(raw.body()).isEqualTo(query);
        assertThat(raw.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(raw.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        HttpResponse<String> page = http().get("/q/" + id, "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(page.body()).selectFirst("#workbench").attr("data-permalink")).isEqualTo(id);
        assertThat(page.body()).doesNotContain("alert(1)");
    }

    @Test
    void a_query_sent_as_sparql_query_body_gets_the_same_link_as_from_a_form() {
        String query = "ASK { ?s ?p ?o }";
        HttpResponse<String> r = http().post("/q", "application/sparql-query", query, null);
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(JsonParser.parseString(r.body()).getAsJsonObject().get("id").getAsString()).isEqualTo(save(query));
    }

    @Test
    void unknown_links_bad_queries_and_updates_are_refused() {
        assertThat(http().get("/q/AAAAAAAAAAAA", null).statusCode()).isEqualTo(404);
        assertThat(http().get("/q/not..an..id", null).statusCode()).isEqualTo(404);
        assertThat(http().post("/q", FORM, "query=" + Http.enc("SELECT WHERE"), null).statusCode()).isEqualTo(400);
        assertThat(http().post("/q", FORM, "query=" + Http.enc("DROP ALL"), null).statusCode()).isEqualTo(403);
    }

    @Test
    void permalinks_stay_out_of_queries_counts_and_dumps() {
        GraphSummary before = GraphSummary.of(SERVER.app().store());
        String id = save("SELECT ?kept { ?kept ?p ?o } LIMIT 1");
        String ask = "ASK { { ?s ?p ?o FILTER(CONTAINS(STR(?o), '?kept')) } UNION { GRAPH ?g { ?s ?p ?o } "
                + "FILTER(STRSTARTS(STR(?g), 'urn:communs-kg:')) } }";
        assertThat(http().get("/sparql?query=" + Http.enc(ask), JSON).body()).contains("false");
        assertThat(GraphSummary.of(SERVER.app().store())).isEqualTo(before);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SERVER.app().store().dump(RDFFormat.NQUADS, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain(id).doesNotContain("?kept");
    }

    @Test
    void a_bounded_answer_says_what_cut_it_in_a_header() {
        String all = "SELECT * { ?s ?p ?o }";
        HttpResponse<String> capped = http().post("/sparql", FORM, "query=" + Http.enc(all) + "&max-rows=3", JSON);
        assertThat(capped.headers().firstValue("Result-Cut")).contains("cap=3");
        assertThat(JsonParser.parseString(capped.body()).getAsJsonObject().getAsJsonObject("results")
                .getAsJsonArray("bindings")).hasSize(3);
        HttpResponse<String> limited = http().get("/sparql?max-rows=100&query=" + Http.enc(all + " LIMIT 2"), JSON);
        assertThat(limited.headers().firstValue("Result-Cut")).contains("limit=2");
        String two = "SELECT ?x { VALUES ?x { 1 2 } } LIMIT 2";
        assertThat(http().get("/sparql?max-rows=100&query=" + Http.enc(two), JSON).headers().firstValue("Result-Cut"))
                .as("exactly LIMIT rows: nothing was cut").isEmpty();
        HttpResponse<String> plain = http().get("/sparql?query=" + Http.enc(all), "text/csv");
        assertThat(plain.headers().firstValue("Result-Cut")).isEmpty();
        assertThat(plain.body().lines().count()).isGreaterThan(100);
        assertThat(http().get("/sparql?max-rows=0&query=" + Http.enc(all), JSON).statusCode()).isEqualTo(400);
    }

    @Test
    void completions_come_from_the_graph_itself() {
        JsonObject c = JsonParser.parseString(http().get("/workbench/completions.json", null).body()).getAsJsonObject();
        assertThat(c.getAsJsonArray("classes").toString()).contains("http://www.w3.org/ns/org#Organization");
        assertThat(c.getAsJsonArray("properties").toString()).contains("http://xmlns.com/foaf/0.1/name");
        assertThat(c.getAsJsonArray("entities").toString()).contains("\"iri\":\"http://localhost:7070/id/person/remi-gerbet\"",
                "\"label\":\"Rémi Gerbet\"");
    }

    @Test
    void the_gallery_shows_every_named_query_with_its_parameters_filled_from_the_graph() {
        Document page = Jsoup.parse(http().get("/workbench", "text/html").body());
        NamedQueries queries = NamedQueries.bundled();
        assertThat(page.select("#gallery li[data-query]").eachAttr("data-query"))
                .containsExactlyElementsOf(queries.all().stream().map(NamedQueries.NamedQuery::name).toList());
        queries.all().forEach(q -> assertThat(page.select("li[data-query=" + q.name() + "] h3").text()).isEqualTo(q.title()));
        Element persons = page.selectFirst("li[data-query=roles-of-person] select[data-param=person]");
        assertThat(persons.select("option").eachText()).contains("Rémi Gerbet", "Emmanuel Porte");
        assertThat(page.select("li[data-query=roles-per-organization] select[data-param=organization] option").eachAttr("value"))
                .contains("http://localhost:7070/id/organization/injep");
        assertThat(page.selectFirst("#workbench").attr("data-prefixes")).contains("\"ckg\":\"https://w3id.org/communs-kg/ns#\"");
    }

    @Test
    void pages_hold_no_inline_script_nor_event_handler() {
        String id = save("SELECT * { ?s ?p ?o } LIMIT 1");
        for (String path : new String[] {"/", "/workbench", "/q/" + id}) {
            Document page = Jsoup.parse(http().get(path, "text/html").body());
            assertThat(page.select("script")).as(path).allMatch(s -> s.hasAttr("src") && s.data().isBlank());
            assertThat(page.getAllElements()).as(path).allMatch(e -> e.attributes().asList().stream()
                    .noneMatch(a -> a.getKey().toLowerCase().startsWith("on")));
        }
        assertThat(Jsoup.parse(http().get("/", "text/html").body()).select("a[href=/workbench]")).isNotEmpty();
    }
}
