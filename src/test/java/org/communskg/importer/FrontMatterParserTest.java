package org.communskg.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrontMatterParserTest {
    @Test
    void front_matter_fields_are_read_and_quotes_removed() {
        Article a = FrontMatterParser.parse("a.md", """
                ---
                url: https://exemple.org/actu/1
                title: "Les communs, l’ESS et « nous »"
                publisher: 'L''Observatoire des communs'
                date: 2024-03-05T09:30:00+01:00
                language: fr
                author: Lucie Ferrand
                ---
                Premier paragraphe
                sur deux lignes.

                Second paragraphe.
                """);
        assertThat(a.url()).isEqualTo("https://exemple.org/actu/1");
        assertThat(a.title()).isEqualTo("Les communs, l’ESS et « nous »");
        assertThat(a.publisher()).isEqualTo("L'Observatoire des communs");
        assertThat(a.date()).isEqualTo("2024-03-05");
        assertThat(a.year()).isEqualTo(2024);
        assertThat(a.author()).isEqualTo("Lucie Ferrand");
        assertThat(a.paragraphs()).containsExactly("Premier paragraphe sur deux lignes.", "Second paragraphe.");
    }

    @Test
    void text_without_front_matter_is_all_body_and_french_by_default() {
        Article a = FrontMatterParser.parse("b.txt", "Un seul paragraphe.\n");
        assertThat(a.url()).isNull();
        assertThat(a.language()).isEqualTo("fr");
        assertThat(a.paragraphs()).containsExactly("Un seul paragraphe.");
    }

    @Test
    void markdown_markup_is_removed_but_link_text_kept() {
        Article a = FrontMatterParser.parse("c.md", "## Un titre\n\nLire **le rapport** de [l'Agence](https://x.org) ici.\n\n- un point\n");
        assertThat(a.paragraphs()).containsExactly("Un titre", "Lire le rapport de l'Agence ici.", "un point");
    }

    @Test
    void lang_and_a_source_address_stand_for_language_and_url() {
        Article a = FrontMatterParser.parse("e.md", "---\nlang: en\nsource: https://exemple.org/blog/1\n---\nText.\n");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.url()).isEqualTo("https://exemple.org/blog/1");
        Article b = FrontMatterParser.parse("f.md", "---\nsource: AFP\n---\nText.\n");
        assertThat(b.url()).isNull();
    }

    @Test
    void list_items_and_bold_lines_keep_their_own_line_but_soft_wraps_are_joined() {
        Article a = FrontMatterParser.parse("g.md", "Intervenants :\n- Léa Martin, maire\n- Paul Roux\n\n"
                + "**Session 1 – 6 novembre**\nAvec Léa Martin\net Paul Roux.\n");
        assertThat(a.paragraphs()).containsExactly("Intervenants :\nLéa Martin, maire\nPaul Roux",
                "Session 1 – 6 novembre\nAvec Léa Martin et Paul Roux.");
    }

    @Test
    void a_capitalised_italic_is_a_title_in_quotes_and_a_lower_case_one_is_stress() {
        Article a = FrontMatterParser.parse("h.md", "Le guide *Ouvrir les données* est _très_ lu.\n");
        assertThat(a.paragraphs()).containsExactly("Le guide « Ouvrir les données » est très lu.");
    }

    @Test
    void an_unclosed_front_matter_names_the_source() {
        assertThatThrownBy(() -> FrontMatterParser.parse("broken.md", "---\ntitle: x\nno end"))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("broken.md: ");
    }

    @Test
    void windows_line_endings_and_a_bom_are_accepted() {
        Article a = FrontMatterParser.parse("d.md", "\uFEFF---\r\ntitle: T\r\n---\r\nCorps.\r\n");
        assertThat(a.title()).isEqualTo("T");
        assertThat(a.paragraphs()).containsExactly("Corps.");
    }

    @Test
    void a_front_matter_line_that_is_not_yaml_is_refused_with_its_number() {
        assertThatThrownBy(() -> FrontMatterParser.parse("y.md", "---\ntitle: T\n{{ not yaml\n---\nCorps.\n"))
                .isInstanceOf(ImportException.class)
                .hasMessage("y.md: front matter line 3 is not YAML 'key: value': '{{ not yaml'");
    }

    @Test
    void yaml_lists_comments_and_continuations_are_passed_over() {
        Article a = FrontMatterParser.parse("l.md", "---\n# a comment\ntags:\n  - communs\n- ess\ntitle: T\n---\nCorps.\n");
        assertThat(a.title()).isEqualTo("T");
    }

    @Test
    void a_bad_or_impossible_date_is_refused() {
        assertThatThrownBy(() -> FrontMatterParser.parse("d.md", "---\ndate: hier soir\n---\nCorps.\n"))
                .hasMessage("d.md: front matter date 'hier soir' is not a date (YYYY-MM-DD or DD/MM/YYYY)");
        assertThatThrownBy(() -> FrontMatterParser.parse("d.md", "---\ndate: 2024-13-45\n---\nCorps.\n"))
                .hasMessageContaining("'2024-13-45' is not a date");
        assertThat(FrontMatterParser.parse("d.md", "---\ndate: 29/02/2024\n---\nCorps.\n").date()).isEqualTo("2024-02-29");
    }
}
