package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The network JSON, its filters, the neighbourhoods, the charts and the pages, over HTTP on the seed. */
class NetworkIT {
    static final String INJEP = "http://localhost:7070/id/organization/injep";
    static final String PORTE = "http://localhost:7070/id/person/emmanuel-porte";

    @RegisterExtension
    static final SeededServer SERVER = new SeededServer();

    static JsonObject json(String path) {
        HttpResponse<String> r = SERVER.http().get(path, "application/json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.parse(r.body());
    }

    static Set<String> iris(JsonObject network) {
        Set<String> out = new HashSet<>();
        network.get("nodes").getAsArray().forEach(n -> out.add(str(n, "iri")));
        return out;
    }

    static String str(JsonValue o, String key) {
        return o.getAsObject().get(key).getAsString().value();
    }

    static int sparqlCount(String where) {
        String q = "PREFIX schema: <http://schema.org/> SELECT (COUNT(DISTINCT ?n) AS ?c) { " + where + " }";
        HttpResponse<String> r = SERVER.http().post("/sparql", "application/sparql-query", q, "text/csv");
        return Integer.parseInt(r.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    @Test
    void the_whole_network_holds_every_person_organization_and_event_with_consistent_degrees() {
        JsonObject net = json("/network");
        int expected = sparqlCount("VALUES ?t { schema:Person schema:Organization schema:Event } ?n a ?t");
        assertThat(net.get("nodes").getAsArray()).hasSize(expected);
        assertThat(expected).isGreaterThan(5);
        Set<String> iris = iris(net);
        Map<String, Set<String>> neighbours = new HashMap<>();
        for (JsonValue e : net.get("edges").getAsArray()) {
            assertThat(iris).contains(str(e, "source"), str(e, "target"));
            neighbours.computeIfAbsent(str(e, "source"), k -> new HashSet<>()).add(str(e, "target"));
            neighbours.computeIfAbsent(str(e, "target"), k -> new HashSet<>()).add(str(e, "source"));
        }
        int previous = Integer.MAX_VALUE;
        for (JsonValue n : net.get("nodes").getAsArray()) {
            int degree = n.getAsObject().get("degree").getAsNumber().value().intValue();
            assertThat(degree).as(str(n, "iri")).isEqualTo(neighbours.getOrDefault(str(n, "iri"), Set.of()).size());
            assertThat(degree).isLessThanOrEqualTo(previous);
            previous = degree;
            assertThat(str(n, "page")).startsWith("/id/");
        }
        assertThat(iris).contains(INJEP, PORTE);
    }

    @Test
    void filtering_by_organization_keeps_what_lies_within_two_links_of_it() {
        JsonObject all = json("/network");
        JsonObject around = json("/network?organization=" + Http.enc(INJEP));
        assertThat(iris(around)).contains(INJEP, PORTE);
        assertThat(iris(around).size()).isLessThanOrEqualTo(iris(all).size());
        assertThat(iris(all)).containsAll(iris(around));
    }

    @Test
    void a_period_with_no_event_leaves_no_event() {
        JsonObject net = json("/network?from=1900&to=1900");
        assertThat(net.get("nodes").getAsArray()).noneMatch(n -> str(n, "kind").equals("event"));
        assertThat(SERVER.http().get("/network?from=hier", "application/json").statusCode()).isEqualTo(400);
    }

    @Test
    void a_neighbourhood_is_the_entity_and_its_direct_neighbours() {
        JsonObject n = json("/network/neighbourhood?iri=" + Http.enc(PORTE));
        assertThat(iris(n)).contains(PORTE, INJEP);
        for (JsonValue e : n.get("edges").getAsArray()) {
            assertThat(iris(n)).contains(str(e, "source"), str(e, "target"));
        }
        assertThat(SERVER.http().get("/network/neighbourhood?iri=" + Http.enc("http://localhost:7070/id/person/nobody"),
                "application/json").statusCode()).isEqualTo(404);
        assertThat(SERVER.http().get("/network/neighbourhood", "application/json").statusCode()).isEqualTo(400);
    }

    @Test
    void the_page_draws_from_json_with_local_scripts_only_and_charts_as_svg() {
        HttpResponse<String> r = SERVER.http().get("/network", "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        String page = r.body();
        assertThat(page).contains("<script src=\"/vendor/cytoscape/cytoscape.min.js\" defer></script>")
                .contains("data-src=\"/network?format=json\"").contains("<svg id=\"chart-organizations\"");
        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=\"/)").matcher(page).find()).as("inline script").isFalse();
        assertThat(Pattern.compile("\\son[a-z]+=").matcher(page).find()).as("inline handler").isFalse();
        JsonObject charts = json("/network/charts");
        int orgBars = charts.get("topOrganizations").getAsArray().size();
        assertThat(orgBars).isPositive();
        String orgChart = page.substring(page.indexOf("<svg id=\"chart-organizations\""));
        assertThat(count(orgChart.substring(0, orgChart.indexOf("</svg>")), "<rect")).isEqualTo(orgBars);
        String firstOrg = str(charts.get("topOrganizations").getAsArray().get(0), "label");
        assertThat(page).contains(firstOrg.length() > 30 ? firstOrg.substring(0, 20) : firstOrg);
    }

    @Test
    void entity_pages_carry_their_neighbourhood_drawing() {
        String page = SERVER.http().get("/id/person/emmanuel-porte", "text/html").body();
        assertThat(page).contains("class=\"graph-canvas neighbourhood-canvas\"")
                .contains("data-src=\"/network/neighbourhood?iri=" + Http.enc(PORTE) + "\"")
                .contains("/assets/graph.js");
        assertThat(SERVER.http().get("/assets/graph.js", null).statusCode()).isEqualTo(200);
        assertThat(SERVER.http().get("/vendor/cytoscape/cytoscape.min.js", null).statusCode()).isEqualTo(200);
    }

    static int count(String s, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
