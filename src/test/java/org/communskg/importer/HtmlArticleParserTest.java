package org.communskg.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class HtmlArticleParserTest {
    private static String fixture(String name) throws IOException {
        try (var in = Objects.requireNonNull(HtmlArticleParserTest.class.getResourceAsStream("/articles/" + name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void metadata_comes_from_opengraph_and_json_ld() throws IOException {
        Article a = HtmlArticleParser.parse("page.html", fixture("opengraph.html"), "https://exemple.org/x");
        assertThat(a.title()).isEqualTo("Les tiers-lieux s'emparent des communs");
        assertThat(a.date()).isEqualTo("2024-05-14");
        assertThat(a.publisher()).isEqualTo("La Gazette des communs");
        assertThat(a.url()).isEqualTo("https://exemple.org/actu/tiers-lieux-communs");
        assertThat(a.language()).isEqualTo("fr");
        assertThat(a.author()).isEqualTo("Paul Ardouin");
    }

    @Test
    void main_text_leaves_out_navigation_footer_and_scripts() throws IOException {
        Article a = HtmlArticleParser.parse("page.html", fixture("opengraph.html"), null);
        assertThat(a.paragraphs()).contains(
                "Lucie Ferrand, directrice de l'association Tiers-Lieux Demain, a ouvert la journée.",
                "De gauche à droite : Lucie Ferrand et Marc Oudin.");
        assertThat(String.join(" ", a.paragraphs()))
                .doesNotContain("Accueil", "Mentions légales", "var tracker", "Partager sur");
    }

    @Test
    void json_ld_alone_is_enough_for_metadata() throws IOException {
        Article a = HtmlArticleParser.parse("ld.html", fixture("jsonld-only.html"), null);
        assertThat(a.title()).isEqualTo("Open data : un nouveau portail régional");
        assertThat(a.date()).isEqualTo("2023-11-20");
        assertThat(a.publisher()).isEqualTo("Le Courrier numérique");
        assertThat(a.url()).isEqualTo("https://exemple.net/portail-regional");
    }

    @Test
    void a_page_with_only_a_title_still_parses() {
        Article a = HtmlArticleParser.parse("t.html", "<html><head><title>Un titre</title></head><body><p>Texte.</p></body></html>", null);
        assertThat(a.title()).isEqualTo("Un titre");
        assertThat(a.date()).isNull();
        assertThat(a.paragraphs()).containsExactly("Texte.");
    }

    @Test
    void the_footer_of_a_quotation_is_its_attribution_and_is_kept() {
        Article a = HtmlArticleParser.parse("q.html", "<html><body><article><p>Texte.</p><blockquote><p>« Ouvrir, c'est utile. »</p>"
                + "<footer>Odile Marec, présidente de la Fédération Lumen</footer></blockquote></article>"
                + "<footer>Mentions légales</footer></body></html>", null);
        assertThat(a.paragraphs()).containsExactly("Texte.", "« Ouvrir, c'est utile. »", "Odile Marec, présidente de la Fédération Lumen");
    }

    @Test
    void a_page_footer_inside_the_article_is_still_left_out() {
        Article a = HtmlArticleParser.parse("f.html", "<html><body><article><p>Texte.</p><footer>Partager sur X</footer></article></body></html>", null);
        assertThat(a.paragraphs()).containsExactly("Texte.");
    }
}
