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

    @Test
    void the_site_named_by_the_page_title_speaks_as_notre() {
        Extraction x = extract(new Article("t", null, "Retour sur nos rencontres | Passerelles – réseau des tiers-lieux de l'Est", null,
                "2026-05-02", "fr", null, List.of("Le réseau Passerelles a réuni 300 personnes à Metz.",
                        "La table ronde, animée par notre coordinateur Bruno Keller, a fait salle comble.")));
        assertThat(roles(x)).containsExactly("Bruno Keller / coordinateur / Passerelles");
    }

    @Test
    void an_office_in_a_byline_is_held_at_the_organization_whose_site_it_is() {
        Extraction x = extract(new Article("t", "https://www.lumenfoundation.org/blog/2026/grants", "New grants", null, "2026-03-18", "en",
                "Ana Perez", List.of("By Ana Perez, Director of Programmes", "The Lumen Foundation opens a new round of grants.")));
        assertThat(roles(x)).containsExactly("Ana Perez / Director of Programmes / Lumen Foundation");
    }

    @Test
    void a_byline_on_a_news_site_stays_without_organization() {
        Extraction x = extract(new Article("t", "https://www.courrier-du-nord.fr/2026/grants", "New grants", null, "2026-03-18", "en",
                "Ana Perez", List.of("By Ana Perez, Director of Programmes", "The Lumen Foundation opens a new round of grants.")));
        assertThat(roles(x)).containsExactly("Ana Perez / Director of Programmes / null");
    }

    @Test
    void a_byline_title_in_capitals_closing_on_an_acronym_defined_later() {
        Extraction x = extract(new Article("t", null, "Takeaways", null, "2025-09-26", "en", null, List.of(
                "Posted by Nora Vidal, Communications Lead, OMN · 26 September 2025",
                "The summit was hosted by the Open Maps Network (OMN) in Brussels.")));
        assertThat(roles(x)).containsExactly("Nora Vidal / Communications Lead / Open Maps Network");
    }

    @Test
    void the_site_name_of_the_page_title_is_read_as_an_organization_in_the_text() {
        Extraction x = extract(new Article("t", null, "Retour sur nos rencontres | Passerelles – réseau des tiers-lieux de l'Est", null,
                "2026-05-02", "fr", null, List.of("Dès l'ouverture, Lina Morel, co-présidente de Passerelles, a donné le ton.")));
        assertThat(roles(x)).containsExactly("Lina Morel / co-présidente / Passerelles");
    }
}
