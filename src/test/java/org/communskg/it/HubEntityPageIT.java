package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.Seeded.iri;

import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.communskg.App;
import org.communskg.Seeded;
import org.communskg.model.Vocab;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page of a hub: a person named in {@value #ARTICLES} articles (one named graph each, as
 * imports write them), member of {@value #ROLES} organizations, speaker at {@value #EVENTS} events
 * with {@value #OTHERS} other speakers (one membership reported {@value #REPEATS} more times). Every long list shows its first page, its count and
 * working links to the next pages; the RDF description is capped.
 */
class HubEntityPageIT {
    static final int ARTICLES = 1_200;
    static final int ROLES = 120;
    static final int EVENTS = 70;
    static final int OTHERS = 60;
    static final int REPEATS = 5;
    static final int PAGE = 50;
    static final String HUB = "person/camille-hub";

    @TempDir
    static Path folder;
    static App app;
    static Javalin web;
    static Http http;


    @BeforeAll
    static void start() {
        app = Seeded.app(folder);
        app.store().load(hubArticles());
        web = app.web("http://localhost:0").start(0);
        http = new Http(web.port());
    }

    @AfterAll
    static void stop() {
        web.stop();
        app.close();
    }

    /** Article i is published on day i after 2020-01-01: the latest is article ARTICLES-1. */
    static String date(int i) {
        return LocalDate.of(2020, 1, 1).plusDays(i).toString();
    }

    static DatasetGraph hubArticles() {
        DatasetGraph d = DatasetGraphFactory.create();
        Node hub = iri(HUB);
        for (int i = 0; i < ARTICLES; i++) {
            Node a = iri("article/a-%04d".formatted(i));
            d.add(a, a, Vocab.TYPE, Vocab.SCHEMA_NEWS_ARTICLE);
            d.add(a, a, Vocab.SCHEMA_HEADLINE, NodeFactory.createLiteralLang("Article %04d".formatted(i), "fr"));
            d.add(a, a, Vocab.SCHEMA_DATE_PUBLISHED, NodeFactory.createLiteralDT(date(i), XSDDatatype.XSDdate));
            d.add(a, a, Vocab.SCHEMA_MENTIONS, hub);
            d.add(a, hub, Vocab.TYPE, Vocab.FOAF_PERSON);
            d.add(a, hub, Vocab.TYPE, Vocab.SCHEMA_PERSON);
            d.add(a, hub, Vocab.FOAF_NAME, NodeFactory.createLiteralString("Camille Hub"));
            d.add(a, hub, Vocab.CKG_EVIDENCE, NodeFactory.createLiteralLang("Camille Hub, phrase %04d.".formatted(i), "fr"));
            if (i < ROLES) {
                Node org = iri("organization/org-%03d".formatted(i));
                Node m = iri("membership/camille-hub--membre--org-%03d".formatted(i));
                d.add(a, org, Vocab.SKOS_PREF_LABEL, NodeFactory.createLiteralString("Organisation %03d".formatted(i)));
                d.add(a, org, Vocab.TYPE, Vocab.ORG_ORGANIZATION);
                d.add(a, org, Vocab.TYPE, Vocab.SCHEMA_ORGANIZATION);
                d.add(a, m, Vocab.TYPE, Vocab.ORG_MEMBERSHIP);
                d.add(a, m, Vocab.ORG_MEMBER, hub);
                d.add(a, m, Vocab.ORG_ORGANIZATION_PROP, org);
                d.add(a, m, Vocab.CKG_EVIDENCE, NodeFactory.createLiteralLang("Elle est membre %03d.".formatted(i), "fr"));
                d.add(a, m, Vocab.PROV_WAS_DERIVED_FROM, a);
            }
            if (i >= ROLES && i < ROLES + REPEATS) {
                // The membership at organization 007, reported again: the heaviest link of the hub.
                Node m = iri("membership/camille-hub--membre--org-007");
                d.add(a, m, Vocab.TYPE, Vocab.ORG_MEMBERSHIP);
                d.add(a, m, Vocab.ORG_MEMBER, hub);
                d.add(a, m, Vocab.ORG_ORGANIZATION_PROP, iri("organization/org-007"));
                d.add(a, m, Vocab.PROV_WAS_DERIVED_FROM, a);
            }
            if (i < EVENTS) {
                Node ev = iri("event/rencontre-%03d".formatted(i));
                Node other = iri("person/other-%02d".formatted(i % OTHERS));
                d.add(a, ev, Vocab.TYPE, Vocab.SCHEMA_EVENT);
                d.add(a, ev, Vocab.SCHEMA_NAME, NodeFactory.createLiteralString("Rencontre %03d".formatted(i)));
                d.add(a, ev, Vocab.SCHEMA_PERFORMER, hub);
                d.add(a, ev, Vocab.SCHEMA_PERFORMER, other);
                d.add(a, other, Vocab.TYPE, Vocab.FOAF_PERSON);
                d.add(a, other, Vocab.FOAF_NAME, NodeFactory.createLiteralString("Other %02d".formatted(i % OTHERS)));
            }
        }
        return d;
    }

    static Document page(String query) {
        HttpResponse<String> r = http.get("/id/" + HUB + query, "text/html");
        assertThat(r.statusCode()).as(query).isEqualTo(200);
        return Jsoup.parse(r.body());
    }

    static List<String> headlines(Document doc) {
        return doc.select("#mentions ul.mentions > li > a").eachText();
    }

    @Test
    void the_first_page_lists_the_latest_mentions_with_the_count_and_a_next_link() {
        Document doc = page("");
        assertThat(headlines(doc)).hasSize(PAGE).startsWith("Article 1199", "Article 1198").endsWith("Article 1150");
        assertThat(doc.select("#mentions nav.pager .count").text()).isEqualTo("1–50 sur " + ARTICLES);
        assertThat(doc.select("#mentions nav.pager a[rel=prev]")).isEmpty();
        assertThat(doc.select("#mentions nav.pager a[rel=next]").attr("href")).isEqualTo("?mentions=2#mentions");
        assertThat(doc.select("#mentions blockquote.evidence").first().text()).isEqualTo("Camille Hub, phrase 1199.");
    }

    @Test
    void next_links_walk_the_mentions_to_the_last_page_without_repeating_any() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        String next = "";
        int pages = 0;
        while (next != null) {
            Document doc = page(next.replace("#mentions", ""));
            List<String> shown = headlines(doc);
            assertThat(shown).as(next).isNotEmpty().allMatch(seen::add);
            pages++;
            String href = doc.select("#mentions nav.pager a[rel=next]").attr("href");
            next = href.isEmpty() ? null : href;
        }
        assertThat(pages).isEqualTo(ARTICLES / PAGE);
        assertThat(seen).hasSize(ARTICLES).contains("Article 0000");
        Document second = page("?mentions=2");
        assertThat(headlines(second)).startsWith("Article 1149");
        assertThat(second.select("#mentions nav.pager a[rel=prev]").attr("href")).isEqualTo("?mentions=1#mentions");
        assertThat(second.select("#mentions nav.pager .count").text()).isEqualTo("51–100 sur " + ARTICLES);
    }

    @Test
    void roles_events_and_co_participants_are_paged_too_and_links_keep_the_other_pages() {
        Document doc = page("?mentions=3");
        assertThat(doc.select("#roles li.role-item")).hasSize(PAGE);
        assertThat(doc.select("#roles nav.pager .count").text()).isEqualTo("1–50 sur " + ROLES);
        assertThat(doc.select("#roles nav.pager a[rel=next]").attr("href")).isEqualTo("?roles=2&mentions=3#roles");
        assertThat(doc.select("#events nav.pager .count").text()).isEqualTo("1–50 sur " + EVENTS);
        assertThat(doc.select("#events nav.pager a[rel=next]").attr("href")).isEqualTo("?events=2&mentions=3#events");
        assertThat(doc.select("#co-participants ul.links li")).hasSize(PAGE);
        assertThat(doc.select("#co-participants nav.pager .count").text()).isEqualTo("1–50 sur " + OTHERS);

        Document roles3 = page("?roles=3");
        assertThat(roles3.select("#roles li.role-item")).hasSize(ROLES - 2 * PAGE);
        assertThat(roles3.select("#roles nav.pager a[rel=next]")).isEmpty();
        // Roles are dated by their article: the first page holds the earliest, the last the latest.
        assertThat(roles3.select("#roles time").last().text()).isEqualTo(date(ROLES - 1));
        assertThat(page("").select("#roles time").first().text()).isEqualTo(date(0));
        assertThat(page("?participants=2").select("#co-participants ul.links li")).hasSize(OTHERS - PAGE);
        assertThat(page("?events=2").select("#events nav.pager a[rel=prev]").attr("href")).isEqualTo("?events=1#events");
    }

    @Test
    void the_neighbourhood_keeps_the_most_often_linked_neighbours_first() {
        JsonObject n = JSON.parse(http.get("/network/neighbourhood?iri=" + Http.enc(Seeded.BASE + HUB), "application/json").body());
        List<String> nodes = n.get("nodes").getAsArray().stream()
                .map(v -> v.getAsObject().get("iri").getAsString().value()).toList();
        assertThat(nodes).hasSize(60).startsWith(Seeded.BASE + HUB, Seeded.BASE + "organization/org-007");
        assertThat(n.get("total").getAsNumber().value().intValue()).isEqualTo(1 + ROLES + EVENTS);
        assertThat(n.get("truncated").getAsBoolean().value()).isTrue();
        assertThat(n.get("edges").getAsArray()).hasSize(59).allSatisfy(e -> assertThat(List.of(
                e.getAsObject().get("source").getAsString().value(), e.getAsObject().get("target").getAsString().value()))
                .contains(Seeded.BASE + HUB));
    }

    @Test
    void a_page_number_that_is_not_a_whole_number_from_one_is_a_bad_request() {
        assertThat(http.get("/id/" + HUB + "?mentions=0", "text/html").statusCode()).isEqualTo(400);
        assertThat(http.get("/id/" + HUB + "?roles=x", "text/html").statusCode()).isEqualTo(400);
    }

    @Test
    void the_rdf_description_is_capped_and_links_to_the_query_of_the_whole() {
        HttpResponse<String> r = http.get("/id/" + HUB + ".nt", null);
        assertThat(r.statusCode()).isEqualTo(200);
        long pointing = r.body().lines().filter(l -> l.endsWith("<" + Seeded.BASE + HUB + "> .")).count();
        assertThat(pointing).isEqualTo(PAGE * 20L);
        assertThat(r.body()).contains("<" + Seeded.BASE + HUB + "> <" + Vocab.FOAF_NAME.getURI() + "> \"Camille Hub\"");
        assertThat(r.headers().allValues("Link")).contains("<https://www.etalab.gouv.fr/licence-ouverte-open-licence/>; rel=\"license\"");
        String link = r.headers().allValues("Link").stream().filter(l -> l.contains("alternate")).findFirst().orElseThrow();
        assertThat(link).startsWith("</sparql?query=").endsWith(">; rel=\"alternate\"");
        String query = java.net.URLDecoder.decode(link.substring(1, link.indexOf('>')).replace("/sparql?query=", ""),
                java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> whole = http.get("/sparql?query=" + Http.enc(query), "application/n-triples");
        assertThat(whole.body().lines().filter(l -> l.endsWith("<" + Seeded.BASE + HUB + "> .")).count())
                .isGreaterThan(ARTICLES);
        HttpResponse<String> small = http.get("/id/person/other-01.nt", null);
        assertThat(small.headers().allValues("Link")).as("a description in full links to no query").hasSize(1)
                .allMatch(l -> l.endsWith("rel=\"license\""));
    }
}
