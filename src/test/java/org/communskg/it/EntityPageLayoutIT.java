package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.Seeded.iri;

import io.javalin.Javalin;
import java.nio.file.Path;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
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
 * Page layout on graphs written straight into a TDB2 store: pagination beyond 50 inverse links,
 * label order, role timelines, sameAs links and unsafe URLs.
 */
class EntityPageLayoutIT {
    static final int MEMBERS = 60;

    @TempDir
    static Path folder;
    static App app;
    static Javalin web;
    static Http http;


    static Node lit(String text, String lang) {
        return NodeFactory.createLiteralLang(text, lang);
    }

    @BeforeAll
    static void start() {
        app = Seeded.app(folder);
        app.store().replaceGraph(iri("article/big"), bigOrganization());
        app.store().replaceGraph(iri("article/a-2024"), article("a-2024", "2024-05-01", "presidente", "présidente"));
        app.store().replaceGraph(iri("article/b-2023"), article("b-2023", "2023-01-15", "tresoriere", "trésorière"));
        web = app.web("http://localhost:0").start(0);
        http = new Http(web.port());
    }

    @AfterAll
    static void stop() {
        web.stop();
        app.close();
    }

    /** One organization with sixty members, each through a membership pointing to it. */
    static Graph bigOrganization() {
        Graph g = GraphFactory.createDefaultGraph();
        Node org = iri("organization/big");
        g.add(org, Vocab.TYPE, Vocab.ORG_ORGANIZATION);
        g.add(org, Vocab.SKOS_PREF_LABEL, NodeFactory.createLiteralString("Grande Organisation"));
        for (int i = 1; i <= MEMBERS; i++) {
            Node person = iri("person/member-%02d".formatted(i));
            Node m = iri("membership/member-%02d--membre--big".formatted(i));
            g.add(person, Vocab.FOAF_NAME, NodeFactory.createLiteralString("Member %02d".formatted(i)));
            g.add(m, Vocab.TYPE, Vocab.ORG_MEMBERSHIP);
            g.add(m, Vocab.ORG_MEMBER, person);
            g.add(m, Vocab.ORG_ORGANIZATION_PROP, org);
        }
        return g;
    }

    /** A dated article in which Ana holds a role at an organization with names in several languages. */
    static Graph article(String key, String date, String roleKey, String role) {
        Graph g = GraphFactory.createDefaultGraph();
        Node a = iri("article/" + key);
        Node org = iri("organization/multi");
        Node m = iri("membership/ana--" + roleKey + "--multi");
        g.add(a, Vocab.TYPE, Vocab.SCHEMA_NEWS_ARTICLE);
        g.add(a, Vocab.SCHEMA_HEADLINE, lit("Article " + key, "fr"));
        g.add(a, Vocab.SCHEMA_DATE_PUBLISHED, NodeFactory.createLiteralDT(date, XSDDatatype.XSDdate));
        g.add(a, Vocab.SCHEMA_URL, NodeFactory.createURI("javascript:alert('" + key + "')"));
        g.add(a, Vocab.SCHEMA_MENTIONS, iri("person/ana"));
        g.add(iri("person/ana"), Vocab.FOAF_NAME, NodeFactory.createLiteralString("Ana Lopes"));
        g.add(org, Vocab.SKOS_PREF_LABEL, lit("Digital commons", "en"));
        g.add(org, Vocab.SKOS_PREF_LABEL, lit("Communs numériques", "fr"));
        g.add(org, Vocab.SKOS_PREF_LABEL, lit("Digitale Gemeingüter", "de"));
        g.add(org, Vocab.SKOS_ALT_LABEL, NodeFactory.createLiteralString("CN"));
        g.add(org, Vocab.OWL_SAME_AS, NodeFactory.createURI("http://www.wikidata.org/entity/Q42"));
        g.add(m, Vocab.ORG_MEMBER, iri("person/ana"));
        g.add(m, Vocab.ORG_ORGANIZATION_PROP, org);
        g.add(m, Vocab.ORG_ROLE, iri("role/" + roleKey));
        g.add(iri("role/" + roleKey), Vocab.SKOS_PREF_LABEL, lit(role, "fr"));
        g.add(m, Vocab.CKG_EVIDENCE, lit("Ana Lopes, " + role + " des Communs numériques.", "fr"));
        g.add(m, Vocab.PROV_WAS_DERIVED_FROM, a);
        return g;
    }

    static Document page(String path) {
        return Jsoup.parse(http.get(path, "text/html").body());
    }

    @Test
    void inverse_links_beyond_fifty_go_to_a_second_page() {
        Document first = page("/id/organization/big");
        assertThat(first.select("ul.inverse li")).hasSize(50);
        assertThat(first.select("#inverse nav.pager a[rel=next]").attr("href")).isEqualTo("?page=2#inverse");
        assertThat(first.select("#inverse nav.pager a[rel=prev]")).isEmpty();
        Document second = page("/id/organization/big?page=2");
        assertThat(second.select("ul.inverse li")).hasSize(MEMBERS - 50);
        assertThat(second.select("#inverse nav.pager a[rel=next]")).isEmpty();
        assertThat(second.select("#inverse nav.pager a[rel=prev]").attr("href")).isEqualTo("?page=1#inverse");
        assertThat(first.select("ul.inverse li a").eachAttr("href")).doesNotContainAnyElementsOf(
                second.select("ul.inverse li a").eachAttr("href"));
    }

    @Test
    void the_rdf_description_is_not_paginated() {
        String nt = http.get("/id/organization/big.nt", null).body();
        assertThat(nt.lines().filter(l -> l.contains("<http://www.w3.org/ns/org#organization>"))).hasSize(MEMBERS);
    }

    @Test
    void labels_come_french_first_then_english_then_the_others() {
        Document doc = page("/id/organization/multi");
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Communs numériques");
        assertThat(doc.select("#labels li span").eachText()).containsExactly("Communs numériques", "Digital commons",
                "CN", "Digitale Gemeingüter");
        assertThat(doc.select("#labels li span").eachAttr("lang")).containsExactly("fr", "en", "de");
    }

    @Test
    void dated_roles_make_a_timeline_in_date_order() {
        Document doc = page("/id/person/ana");
        assertThat(doc.select("#roles ol.timeline li time").eachText()).containsExactly("2023-01-15", "2024-05-01");
        assertThat(doc.select("#roles .role").eachText()).containsExactly("trésorière", "présidente");
        assertThat(doc.select("#roles .org a").eachText()).containsOnly("Communs numériques");
        assertThat(page("/id/organization/big").select("#roles ul.roles li")).as("undated roles: a plain list, one page")
                .hasSize(50);
    }

    @Test
    void same_as_links_point_out_and_unsafe_urls_are_not_links() {
        Document org = page("/id/organization/multi");
        assertThat(org.select("#same-as a").eachAttr("href")).containsExactly("http://www.wikidata.org/entity/Q42");
        Document person = page("/id/person/ana");
        assertThat(person.select("#mentions li")).hasSize(2);
        assertThat(person.select("a[href^=javascript]")).isEmpty();
        assertThat(page("/id/article/a-2024").select("a[href^=javascript]")).isEmpty();
    }
}
