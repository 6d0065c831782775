package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /search} over HTTP on the seeded store: JSON, HTML, and {@code text:query} through {@code /sparql}. */
class SearchIT {
    @RegisterExtension
    static final SeededServer SERVER = new SeededServer();

    static JsonArray results(String q) {
        HttpResponse<String> r = SERVER.http().get("/search?q=" + Http.enc(q), "application/json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return JSON.parse(r.body()).get("results").getAsArray();
    }

    static List<String> pages(String q) {
        List<String> out = new ArrayList<>();
        for (JsonValue v : results(q)) {
            out.add(v.getAsObject().get("page").getAsString().value());
        }
        return out;
    }

    @Test
    void injep_finds_the_organization_first_with_its_kind_label_and_page() {
        JsonObject first = results("INJEP").get(0).getAsObject();
        assertThat(first.get("page").getAsString().value()).isEqualTo("/id/organization/injep");
        assertThat(first.get("kind").getAsString().value()).isEqualTo("organization");
        assertThat(first.get("label").getAsString().value()).contains("jeunesse");
        assertThat(first.get("snippet").getAsString().value()).isNotBlank();
        assertThat(SERVER.http().get(first.get("page").getAsString().value(), "text/html").statusCode()).isEqualTo(200);
    }

    @Test
    void accents_elisions_and_plurals_do_not_matter() {
        assertThat(pages("education populaire")).contains("/id/organization/injep");
        assertThat(pages("l'Éducation")).contains("/id/organization/injep");
        assertThat(pages("jeunesses")).contains("/id/organization/injep");
    }

    @Test
    void persons_are_found_by_name_and_ranked_by_score() {
        JsonArray hits = results("Emmanuel Porte");
        assertThat(hits.get(0).getAsObject().get("kind").getAsString().value()).isEqualTo("person");
        assertThat(hits.get(0).getAsObject().get("page").getAsString().value()).isEqualTo("/id/person/emmanuel-porte");
        double previous = Double.MAX_VALUE;
        for (JsonValue v : hits) {
            double score = v.getAsObject().get("score").getAsNumber().value().doubleValue();
            assertThat(score).isLessThanOrEqualTo(previous);
            previous = score;
        }
    }

    @Test
    void words_the_graph_does_not_hold_find_nothing_and_lucene_syntax_is_taken_as_words() {
        assertThat(results("zzyzxquux")).isEmpty();
        assertThat(results("INJEP AND (")).isNotEmpty();
        assertThat(results("")).isEmpty();
    }

    @Test
    void the_html_page_lists_escaped_results_with_kind_snippet_and_link() {
        HttpResponse<String> r = SERVER.http().get("/search?q=" + Http.enc("INJEP <b>"), "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("href=\"/id/organization/injep\"").contains("class=\"type\">organisation<")
                .contains("<mark>").contains("INJEP &lt;b&gt;").doesNotContain("INJEP <b>").doesNotContain("<script");
    }

    @Test
    void every_page_has_a_search_box_in_its_header() {
        assertThat(SERVER.http().get("/", "text/html").body()).contains("action=\"/search\"");
        assertThat(SERVER.http().get("/id/organization/injep", "text/html").body()).contains("search-header");
    }

    @Test
    void text_query_works_through_the_sparql_endpoint() {
        String q = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query 'jeunesse' }";
        HttpResponse<String> r = SERVER.http().post("/sparql", "application/sparql-query", q, "text/csv");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("/id/organization/injep");
    }

    @Test
    void a_bad_format_is_a_400() {
        assertThat(SERVER.http().get("/search?q=x&format=xml", null).statusCode()).isEqualTo(400);
    }

    @Test
    void search_home_and_entity_pages_carry_no_inline_script_nor_inline_handler() {
        for (String path : List.of("/search?q=INJEP", "/", "/id/organization/injep", "/id/person/emmanuel-porte", "/network")) {
            String page = SERVER.http().get(path, "text/html").body();
            assertThat(java.util.regex.Pattern.compile("<script(?![^>]*\\bsrc=\"/)").matcher(page).find()).as(path).isFalse();
            assertThat(java.util.regex.Pattern.compile("\\son[a-z]+\\s*=").matcher(page).find()).as(path).isFalse();
        }
    }
}
