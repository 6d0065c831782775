package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.communskg.App;
import org.communskg.Seeded;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The HTML pages of the seed's entities, read as HTML and rendered by real headless Chromium. */
class EntityPageIT {
    static final String PERSON = "/id/person/mireille-clapot";
    static final String EVIDENCE = "Enfin, Mireille Clapot, députée de la Drôme et présidente de la Commission supérieure";

    @RegisterExtension
    static final SeededServer SERVER = new SeededServer();
    @TempDir
    static Path folder;

    static Document page(String path) {
        HttpResponse<String> r = SERVER.http().get(path, "text/html");
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(r.body(), SERVER.http().root() + path);
    }

    static List<String> texts(Document doc, String css) {
        return doc.select(css).eachText();
    }

    @Test
    void a_person_page_shows_names_types_roles_organizations_events_and_co_participants() {
        Document doc = page(PERSON);
        assertThat(doc.title()).isEqualTo("Mireille Clapot · communs-kg");
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Mireille Clapot");
        assertThat(texts(doc, ".types .type")).contains("foaf:Person", "schema:Person");
        assertThat(texts(doc, "#roles .role")).containsExactlyInAnyOrder("présidente", "députée de la Drôme");
        assertThat(texts(doc, "#roles .org a")).containsExactly("Commission supérieure du numérique et des postes");
        assertThat(texts(doc, "#roles blockquote.evidence")).allMatch(s -> s.startsWith(EVIDENCE));
        assertThat(texts(doc, "#organizations a")).containsExactly("Commission supérieure du numérique et des postes");
        Element event = doc.selectFirst("#events article.event");
        assertThat(event.selectFirst("h3").text()).startsWith("Données d'intérêt général - Construire");
        assertThat(event.select("p.meta a").eachText()).containsExactly("NEC ESS Europe");
        assertThat(event.text()).contains("Intervenants", "Emmanuel Porte", "Modération", "Jacques-François Marchandise");
        assertThat(texts(doc, "#co-participants a")).containsExactly("Emmanuel Porte", "Jacques-François Marchandise",
                "Margot Godefroi", "Rémi Gerbet", "Vincent Bachelet");
    }

    @Test
    void a_person_page_cites_the_articles_with_their_sentence_and_source() {
        Document doc = page(PERSON);
        Element mention = doc.selectFirst("#mentions li");
        assertThat(mention.selectFirst("a").attr("href")).startsWith("/id/article/cnnumerique-fr-valoriser");
        assertThat(mention.selectFirst("a").text()).isEqualTo("Valoriser les données d'intérêt général avec les communs et l’ESS");
        assertThat(mention.selectFirst("a.source-url").attr("href"))
                .isEqualTo("https://cnnumerique.fr/valoriser-les-donnees-dinteret-general-avec-les-communs-et-less");
        assertThat(mention.selectFirst("blockquote.evidence").text()).startsWith(EVIDENCE);
    }

    @Test
    void a_page_links_to_its_rdf_its_sparql_query_and_its_licence() {
        Document doc = page(PERSON);
        assertThat(doc.select("#data a.rdf").eachAttr("href")).containsExactly(PERSON + ".ttl", PERSON + ".jsonld",
                PERSON + ".rdf", PERSON + ".nt");
        for (String href : doc.select("#data a.rdf").eachAttr("href")) {
            assertThat(SERVER.http().get(href, null).statusCode()).as(href).isEqualTo(200);
        }
        long rdf = RDFParser.fromString(SERVER.http().get(PERSON + ".ttl", null).body(), Lang.TURTLE).toGraph().size();
        HttpResponse<String> sparql = SERVER.http().get(doc.selectFirst("#data a.sparql").attr("href"), "text/turtle");
        assertThat(sparql.statusCode()).isEqualTo(200);
        assertThat(RDFParser.fromString(sparql.body(), Lang.TURTLE).toGraph().size()).as("the query gives the page's data")
                .isEqualTo(rdf);
        Element licence = doc.selectFirst("#data a[rel=license]");
        assertThat(licence.text()).isEqualTo("Licence Ouverte 2.0 (etalab-2.0)");
        assertThat(licence.attr("href")).isEqualTo("https://www.etalab.gouv.fr/licence-ouverte-open-licence/");
    }

    @Test
    void an_organization_page_lists_its_members_roles() {
        Document doc = page("/id/organization/injep");
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Institut national de la jeunesse et de l'éducation populaire");
        assertThat(texts(doc, "#labels li")).anyMatch(s -> s.startsWith("INJEP"));
        Element role = doc.selectFirst("#roles li");
        assertThat(role.text()).contains("Emmanuel Porte", "chargé d'études et de recherche");
        assertThat(role.selectFirst("a").attr("href")).isEqualTo("/id/person/emmanuel-porte");
        assertThat(texts(doc, "#inverse .predicate")).contains("org:organization", "schema:mentions");
    }

    @Test
    void an_event_page_lists_organizers_supporters_parts_speakers_and_moderator() {
        Document doc = page("/id/event/nec-ess-europe");
        Element event = doc.selectFirst("#events article.event");
        assertThat(event.selectFirst("h3").text()).isEqualTo("NEC ESS Europe");
        assertThat(event.select("p.meta time").text()).isEqualTo("--11-08");
        assertThat(event.select("dl.people").first().text()).contains("Organisé par Social Good Accelerator",
                "Soutenu par Crédit Coopératif", "Participants Conseil national du numérique");
        Element part = event.selectFirst("ul.parts li");
        assertThat(part.selectFirst("strong").text()).startsWith("Données d'intérêt général");
        assertThat(part.text()).contains("Intervenants", "Mireille Clapot", "Margot Godefroi", "Modération",
                "Jacques-François Marchandise");
    }

    @Test
    void an_article_page_lists_what_it_mentions() {
        Document doc = page("/id/" + LinkedDataIT.ARTICLE);
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Valoriser les données d'intérêt général avec les communs et l’ESS");
        assertThat(texts(doc, "#mentioned a")).hasSize(21).contains("Mireille Clapot", "NEC ESS Europe",
                "Social Good Accelerator", "Cahiers de l’action");
        assertThat(texts(doc, "#facts dd")).contains("https://cnnumerique.fr/valoriser-les-donnees-dinteret-general-avec-les-communs-et-less");
    }

    @Test
    void chromium_renders_a_person_page_without_javascript() {
        Document dom = Jsoup.parse(ChromiumDump.dumpDom(SERVER.http().root() + PERSON));
        assertThat(dom.title()).isEqualTo("Mireille Clapot · communs-kg");
        assertThat(dom.selectFirst("h1").text()).isEqualTo("Mireille Clapot");
        assertThat(dom.select("#roles li").eachText()).anyMatch(s -> s.contains("présidente")
                && s.contains("Commission supérieure du numérique et des postes"));
        assertThat(dom.select("#events h3").text()).contains("Données d'intérêt général - Construire un partenariat");
        assertThat(dom.select("#mentions blockquote.evidence").text()).startsWith(EVIDENCE);
        assertThat(dom.select("#mentions a").eachAttr("href")).anyMatch(h -> h.startsWith("/id/article/cnnumerique-fr"))
                .contains("https://cnnumerique.fr/valoriser-les-donnees-dinteret-general-avec-les-communs-et-less");
        // The page reads without JavaScript; its only scripts are the app's own files (the neighbourhood drawing).
        assertThat(dom.select("script").eachAttr("src")).hasSize(dom.select("script").size())
                .containsOnly("/vendor/cytoscape/cytoscape.min.js", "/assets/graph.js");
    }

    @Test
    void markup_in_an_article_stays_text_in_chromium() {
        try (App trapped = Seeded.app(folder.resolve("trapped"))) {
            Path article = Seeded.ROOT.resolve("src/test/resources/articles/linked-data/article-piege.md");
            assertThat(trapped.importer().importAll(List.of(article.toString()),
                    org.communskg.importer.ImportListener.NONE).failures()).isEmpty();
            Javalin server = trapped.web("http://localhost:0").start(0);
            try {
                String url = "http://localhost:" + server.port() + "/id/person/claire-dupont";
                String raw = new Http(server.port()).get("/id/person/claire-dupont", "text/html").body();
                assertThat(raw).contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;");
                Document dom = Jsoup.parse(ChromiumDump.dumpDom(url));
                assertThat(dom.title()).isEqualTo("Claire Dupont · communs-kg");
                assertThat(dom.select("script:not([src]), img, [onerror]")).isEmpty();
                assertThat(dom.select("script").eachAttr("src"))
                        .containsOnly("/vendor/cytoscape/cytoscape.min.js", "/assets/graph.js");
                assertThat(dom.select("#roles .role").eachText()).containsExactly("directrice");
                assertThat(dom.select("#roles blockquote.evidence").text())
                        .contains("<script>document.title='pwned'</script>", "<img src=x onerror=");
                assertThat(dom.select("#mentions li > a").first().text()).contains("<script>");
            } finally {
                server.stop();
            }
        }
    }
}
