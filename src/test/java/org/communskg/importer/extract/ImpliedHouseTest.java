package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.roles;

import java.util.List;
import org.communskg.importer.Article;
import org.junit.jupiter.api.Test;

/**
 * Offices whose organization is only implied: the article is plainly about one organization, said
 * by its headline or by the board it reports on (invented names).
 */
class ImpliedHouseTest {

    private static Extraction titled(String title, String... paragraphs) {
        return extract(new Article("t", null, title, null, "2025-06-23", "fr", null, List.of(paragraphs)));
    }

    @Test
    void a_headline_naming_one_organization_gives_the_board_list_its_organization() {
        Extraction x = titled("Vie associative : Odile Karam prend la présidence du Réseau Pixels Solidaires",
                "Réunie en assemblée générale samedi, l'association a élu un nouveau bureau.",
                "Le Réseau Pixels Solidaires fédère quarante lieux de médiation.",
                "Présidente : Odile Karam",
                "Trésorier : Luc Vannier, expert-comptable");
        assertThat(roles(x)).contains("Odile Karam / Présidente / Réseau Pixels Solidaires",
                "Luc Vannier / Trésorier / Réseau Pixels Solidaires");
    }

    @Test
    void a_headline_naming_two_organizations_gives_none() {
        Extraction x = titled("Odile Karam quitte la Fondation Kerlann et prend la présidence du Réseau Pixels Solidaires",
                "La Fondation Kerlann et le Réseau Pixels Solidaires travaillent ensemble.",
                "Trésorier : Luc Vannier");
        assertThat(roles(x)).contains("Luc Vannier / Trésorier / null");
    }

    @Test
    void an_organization_renewing_its_own_board_is_the_house() {
        Extraction x = titled("Assemblée générale",
                "Samedi, l'association Clic Partagé a renouvelé son bureau.",
                "Présidente : Léa Tanguy",
                "Gwen Le Bihan, coordinatrice, a présenté le rapport d'activité.");
        assertThat(roles(x)).containsExactlyInAnyOrder("Léa Tanguy / Présidente / Clic Partagé",
                "Gwen Le Bihan / coordinatrice / Clic Partagé");
    }

    @Test
    void a_headline_without_appointment_news_gives_no_house() {
        Extraction x = titled("Le Réseau Pixels Solidaires ouvre un nouveau lieu",
                "Le Réseau Pixels Solidaires fédère quarante lieux.",
                "Léa Tanguy, coordinatrice, a présenté le projet.");
        assertThat(roles(x)).containsExactly("Léa Tanguy / coordinatrice / null");
    }
}
