package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Spellings of one organization's name, and names that only look alike (invented names). */
class OrgNamesTest {

    @Test
    void case_hyphens_accents_and_a_leading_article_do_not_matter() {
        assertThat(OrgNames.sameOrganization("Les Petits-Bricoleurs", "petits bricoleurs")).isTrue();
        assertThat(OrgNames.sameOrganization("Observatoire des Données-Citoyennes", "Observatoire des données citoyennes")).isTrue();
    }

    @Test
    void the_same_name_in_english_and_french_is_one_organization() {
        assertThat(OrgNames.sameOrganization("European Commission", "Commission européenne")).isTrue();
        assertThat(OrgNames.sameOrganization("Mozilla Foundation", "Fondation Mozilla")).isTrue();
        assertThat(OrgNames.sameOrganization("Data Commons Network", "Réseau des communs de données")).isTrue();
    }

    @Test
    void a_council_and_its_territory_are_one_body_but_a_place_alone_is_not() {
        assertThat(OrgNames.sameOrganization("Région Bretagne", "Conseil régional de Bretagne")).isTrue();
        assertThat(OrgNames.sameOrganization("Département du Gers", "Conseil départemental du Gers")).isTrue();
        assertThat(OrgNames.sameOrganization("Ville de Lyon", "Mairie de Lyon")).isTrue();
        assertThat(OrgNames.sameOrganization("Ville de Lyon", "Lyon")).isFalse();
        assertThat(OrgNames.sameOrganization("Région Bretagne", "Région Normandie")).isFalse();
    }

    @Test
    void different_bodies_with_close_words_stay_apart() {
        assertThat(OrgNames.sameOrganization("Conseil de l'Europe", "Conseil européen")).isFalse();
        assertThat(OrgNames.sameOrganization("Fondation Lumière", "Fondation Lumière pour l'enfance")).isFalse();
        assertThat(OrgNames.sameOrganization("Mozilla", "Fondation Mozilla")).isFalse();
    }

    @Test
    void initials_count_hyphenated_words_either_way() {
        assertThat(OrgNames.initials("Union régionale des tiers-lieux solidaires")).contains("urtls", "urts");
        assertThat(OrgNames.isAcronym("A.R.S.P.")).isTrue();
        assertThat(OrgNames.isAcronym("Inno3")).isFalse();
    }

    @Test
    void a_typo_is_one_letter_in_a_long_word_and_numbers_must_agree() {
        assertThat(OrgNames.typo("Commission des réseaux et des poste", "Commission des réseaux et des postes")).isTrue();
        assertThat(OrgNames.typo("Université de Rennes 1", "Université de Rennes 2")).isFalse();
        assertThat(OrgNames.typo("Ville de Rennes", "Ville de Vannes")).isFalse();
        assertThat(OrgNames.typo("Conseil régional de Bretagne", "Conseil régional de Bourgogne")).isFalse();
    }
}
