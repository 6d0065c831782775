package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.orgs;
import static org.communskg.importer.extract.ExtractionAssertions.roles;

import org.junit.jupiter.api.Test;

/** Organization names that run on through "en" and a capitalised word, but not through a place. */
class NamesThroughEnTest {

    @Test
    void collective_name_runs_on_through_en_and_a_capitalised_word() {
        Extraction x = extract("Le Collectif Savoirs en Commun a publié un guide pratique.",
                "Anaïs Rolland, coordinatrice du Collectif Savoirs en Commun, l'a présenté aux élus.");
        assertThat(orgs(x)).containsExactly("Collectif Savoirs en Commun");
        assertThat(roles(x)).containsExactly("Anaïs Rolland / coordinatrice / Collectif Savoirs en Commun");
    }

    @Test
    void plain_name_after_a_role_runs_on_through_en_without_a_second_organization() {
        Extraction x = extract("Marion Quéré, présidente de Tiers-Lieux en Réseau Bretagne, a ouvert la journée.");
        assertThat(orgs(x)).containsExactly("Tiers-Lieux en Réseau Bretagne");
        assertThat(roles(x)).containsExactly("Marion Quéré / présidente / Tiers-Lieux en Réseau Bretagne");
    }

    @Test
    void a_place_after_en_is_not_part_of_the_name() {
        Extraction x = extract("Yann Pellerin, président de la Fédération Ouverte en Bretagne, a pris la parole.");
        assertThat(orgs(x)).containsExactly("Fédération Ouverte");
    }

    @Test
    void cooperative_named_with_en_keeps_its_whole_name() {
        Extraction x = extract("Lina Morvan, cogérante de la Coopérative Données en Partage, a présenté les outils.");
        assertThat(roles(x)).containsExactly("Lina Morvan / cogérante / Coopérative Données en Partage");
    }
}
