package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.roles;

import org.junit.jupiter.api.Test;

/** Board and staff lists whose lines open on the office: "Trésorier : X". */
class HeaderRolesTest {
    private static Extraction board(String... lines) {
        String[] paragraphs = new String[lines.length + 1];
        paragraphs[0] = "Réunie samedi, l'assemblée générale de l'association Lannion Numérique Solidaire a élu son bureau.";
        System.arraycopy(lines, 0, paragraphs, 1, lines.length);
        return extract(MarkdownArticles.withPublisher("Le Courrier du Trégor", "2026-04-02", paragraphs));
    }

    @Test
    void each_line_gives_its_office_in_the_board_organization() {
        Extraction x = board("Présidente : Odile Carhaix", "Trésorier : Yann Prigent, gérant de la Scop Atelier Cinq",
                "Vice-président·es : Loïc Tanguy et Maëlle Guivarc'h (respectivement développeur et juriste)");
        assertThat(roles(x)).contains("Odile Carhaix / Présidente / Lannion Numérique Solidaire",
                "Yann Prigent / Trésorier / Lannion Numérique Solidaire", "Loïc Tanguy / Vice-président / Lannion Numérique Solidaire",
                "Maëlle Guivarc'h / Vice-président / Lannion Numérique Solidaire");
    }

    @Test
    void a_press_contact_line_gives_a_press_contact() {
        Extraction x = extract(MarkdownArticles.withPublisher("Collectif Carto Libre", "2026-04-02",
                "COMMUNIQUÉ DE PRESSE", "Le Collectif Carto Libre publie sa carte.", "Contact presse : Ronan Le Floch – 06 00 00 00 00"));
        assertThat(roles(x)).contains("Ronan Le Floch / Contact presse / Collectif Carto Libre");
    }

    @Test
    void speakers_and_moderators_get_no_office() {
        Extraction x = board("Intervenants : Odile Carhaix et Yann Prigent", "Modération : Loïc Tanguy");
        assertThat(roles(x)).isEmpty();
    }

    @Test
    void plural_and_inclusive_headers_are_read_in_the_singular() {
        assertThat(HeaderRoles.singular("Vice-président·es")).isEqualTo("Vice-président");
        assertThat(HeaderRoles.singular("Trésoriers")).isEqualTo("Trésorier");
        assertThat(HeaderRoles.singular("Secrétaire")).isEqualTo("Secrétaire");
    }

    @Test
    void a_release_without_publisher_metadata_is_presented_by_its_about_heading() {
        Extraction x = extract("COMMUNIQUÉ DE PRESSE", "Le Collectif Carto Libre publie sa carte.",
                "À propos du Collectif Carto Libre", "Le collectif fédère quarante associations.", "Contact presse : Ronan Le Floch – 06 00 00 00 00");
        assertThat(roles(x)).contains("Ronan Le Floch / Contact presse / Collectif Carto Libre");
    }

    @Test
    void a_press_contact_with_a_post_keeps_only_the_post() {
        Extraction x = extract(MarkdownArticles.withPublisher("Collectif Carto Libre", "2026-04-02",
                "COMMUNIQUÉ DE PRESSE", "Le Collectif Carto Libre publie sa carte.", "Contact presse : Ronan Le Floch, chargé de communication – 06 00 00 00 00"));
        assertThat(roles(x)).containsExactly("Ronan Le Floch / chargé de communication / Collectif Carto Libre");
    }

    @Test
    void each_name_of_a_line_keeps_its_office_and_its_own_place_in_parentheses() {
        Extraction x = board("Vice-présidentes : Anaïs Morvan (Le Hangar des Possibles, Finistère) et Rose Kerjean (La Forge numérique, Brest)",
                "Secrétaire adjoint : Goulven Prigent (Le Fournil, Morbihan)");
        assertThat(roles(x)).contains("Anaïs Morvan / Vice-présidente / Lannion Numérique Solidaire",
                "Rose Kerjean / Vice-présidente / Lannion Numérique Solidaire",
                "Goulven Prigent / Secrétaire adjoint / Lannion Numérique Solidaire",
                "Anaïs Morvan / null / Le Hangar des Possibles", "Rose Kerjean / null / La Forge numérique",
                "Goulven Prigent / null / Le Fournil");
    }
}
