package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.extract;

import java.util.List;
import org.communskg.importer.ArticleSources;
import org.communskg.importer.FrontMatterParser;
import org.junit.jupiter.api.Test;

/** Publication titles written without quotation marks, in text, Markdown italics and HTML, with invented names. */
class UnquotedTitlePhrasingsTest {

    private static List<String> titles(Extraction x) {
        return x.publications().stream().map(p -> p.title() + " / " + p.publisher()).toList();
    }

    @Test
    void a_capitalised_title_after_a_report_noun() {
        Extraction x = extract("L'Agence nationale des communs a publié le rapport Communs et territoires ruraux, fruit de deux ans d'enquête.");
        assertThat(titles(x)).containsExactly("Communs et territoires ruraux / Agence nationale des communs");
    }

    @Test
    void a_practical_guide_of_the_subject_runs_to_the_comma() {
        Extraction x = extract("La Fédération des tiers-lieux normands diffuse son guide pratique Ouvrir les données aux habitants, "
                + "disponible en ligne.");
        assertThat(titles(x)).containsExactly("Ouvrir les données aux habitants / Fédération des tiers-lieux normands");
    }

    @Test
    void a_report_of_an_organization_named_after_the_title() {
        Extraction x = extract("Le rapport Données et solidarités de l'Agence nationale des communs est paru le 4 mars.");
        assertThat(titles(x)).containsExactly("Données et solidarités / Agence nationale des communs");
    }

    @Test
    void a_report_named_by_one_capitalised_word_is_its_author_s_not_a_title() {
        Extraction x = extract("Le rapport Dupuis recommandait déjà d'ouvrir les données.");
        assertThat(x.publications()).isEmpty();
    }

    @Test
    void a_barometer_with_its_year() {
        Extraction x = extract("L'Agence nationale des communs publie le Baromètre des communs 2025.");
        assertThat(titles(x)).containsExactly("Baromètre des communs 2025 / Agence nationale des communs");
    }

    @Test
    void a_markdown_italic_title_after_a_guide() {
        var a = FrontMatterParser.parse("t.md", "La Fédération des tiers-lieux normands a publié le guide *Tiers-lieux et données*, en mars.\n");
        assertThat(titles(extract(a))).containsExactly("Tiers-lieux et données / Fédération des tiers-lieux normands");
    }

    @Test
    void an_html_cite_or_em_title_after_a_report() throws Exception {
        var file = java.nio.file.Files.createTempFile("pub", ".html");
        java.nio.file.Files.writeString(file, "<html lang=fr><body><article><p>L'Agence nationale des communs a publié le rapport "
                + "<cite>Communs et territoires</cite> puis la note <em>Vers des données partagées</em>.</p>"
                + "<p>La fréquentation a été <em>très</em> bonne.</p></article></body></html>");
        Extraction x = extract(ArticleSources.load(file.toString()));
        assertThat(titles(x)).contains("Communs et territoires / Agence nationale des communs");
        assertThat(x.events()).isEmpty();
    }

    @Test
    void a_lower_case_italic_stress_is_no_title() {
        var a = FrontMatterParser.parse("t.md", "Le guide a été *très* lu par les élus.\n");
        assertThat(a.paragraphs()).containsExactly("Le guide a été très lu par les élus.");
        assertThat(extract(a).publications()).isEmpty();
    }

    @Test
    void a_quoted_title_opening_on_a_publication_noun_or_after_published() {
        Extraction x = extract("Léa Martin a présenté les résultats du « Baromètre des communs 2025 » devant les élus.");
        assertThat(x.publications()).extracting(PublicationFact::title).containsExactly("Baromètre des communs 2025");
        Extraction y = extract(ExtractionAssertions.english("When we published \"Small Grants for Maps\" last year, the response was strong."));
        assertThat(y.publications()).extracting(PublicationFact::title).containsExactly("Small Grants for Maps");
    }

    @Test
    void an_essay_is_a_publication() {
        Extraction x = extract("Sandrine Obadia, sociologue, autrice de l'essai « Communs de proximité », ouvrira la journée.");
        assertThat(x.publications()).extracting(PublicationFact::title).containsExactly("Communs de proximité");
    }

    @Test
    void an_organization_that_is_an_association_under_a_law_of_1901_is_no_title() {
        Extraction x = extract("Créé en 2021, l'Observatoire des communs numériques est une association loi 1901.");
        assertThat(x.publications()).isEmpty();
    }

    @Test
    void the_numbered_sheet_of_an_organization_told_again_is_no_title() {
        Extraction x = extract("La Fédération des acteurs de la médiation a publié un guide. Également paru : la fiche pratique n° 12 de la Fédération.");
        assertThat(x.publications()).extracting(PublicationFact::title).doesNotContain("Fédération");
    }

    @Test
    void the_headline_of_a_related_article_is_no_publication() {
        Extraction x = extract("Lire aussi : « Avis du Conseil : ce que contiennent les douze recommandations »");
        assertThat(x.publications()).isEmpty();
    }
}
