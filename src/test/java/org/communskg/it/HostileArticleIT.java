package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.communskg.Seeded;
import org.communskg.store.Sparql;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Articles whose title, publisher, author and text carry {@code <script>} and attribute
 * break-outs ({@code "><img onerror=...>}) render inert on every page that shows them, in real
 * headless Chromium: the payloads would set the title to "pwned".
 */
class HostileArticleIT {
    static final Path ARTICLES = Seeded.ROOT.resolve("src/test/resources/articles");
    static TestServer server;
    static String articlePath;

    @BeforeAll
    static void start() {
        server = TestServer.start(s -> s, ARTICLES.resolve("security/attribute-breakout.md"),
                ARTICLES.resolve("linked-data/article-piege.md"));
        String iri = server.app().store().query(Sparql.parse("SELECT ?a { ?a <http://schema.org/url> "
                        + "<https://example.org/actu/piege-attribut> }"),
                qe -> qe.execSelect().next().getResource("a").getURI());
        articlePath = "/id/" + iri.substring(Seeded.BASE.length());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Every page that shows the articles' text, titles or labels. */
    static List<String> pages() {
        String titles = "SELECT ?title ?evidence { ?a <http://schema.org/headline> ?title . "
                + "OPTIONAL { ?m <https://w3id.org/communs-kg/ns#evidence> ?evidence } }";
        String reflected = "SELECT * { ?s ?p ?o } LIMIT 1 # </textarea><script>document.title='pwned'</script>";
        return List.of(articlePath, "/id/person/claire-dupont", "/id/organization/wikimedia-france",
                "/sparql?format=html&query=" + Http.enc(titles), "/sparql?format=html&query=" + Http.enc(reflected),
                "/sparql?query=" + Http.enc("SELECT <script>document.title='pwned'</script>"),
                "/", "/dumps", "/queries/articles");
    }

    @Test
    void the_payloads_are_in_the_store_as_text() {
        String raw = server.http().get(articlePath, "text/html").body();
        assertThat(raw).contains("&quot;&gt;&lt;img src=x onerror=").doesNotContain("<img src=x", "<script>");
    }

    @Test
    void no_page_runs_a_payload_in_chromium() {
        for (String page : pages()) {
            Document dom = Jsoup.parse(ChromiumDump.dumpDom(server.http().root() + page));
            // A payload that ran would have set the whole title to "pwned".
            assertThat(dom.title()).as(page).isNotEqualTo("pwned");
            assertThat(dom.select("script:not([src]), img, [onerror], [onload], [onmouseover], b")).as(page).isEmpty();
            // The only scripts are the app's own files (the neighbourhood drawing on entity pages).
            assertThat(dom.select("script").eachAttr("src")).as(page)
                    .allMatch(src -> src.startsWith("/vendor/") || src.startsWith("/assets/"));
        }
    }

    @Test
    void the_pages_show_the_payloads_as_text() {
        Document article = Jsoup.parse(ChromiumDump.dumpDom(server.http().root() + articlePath));
        assertThat(article.selectFirst("h1").text()).contains("\"><img src=x onerror=", "<script>");
        Document person = Jsoup.parse(ChromiumDump.dumpDom(server.http().root() + "/id/person/claire-dupont"));
        assertThat(person.text()).contains("\"><img src=x onerror=\"document.title='pwned'\">");
    }
}
