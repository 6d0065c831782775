package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.orgs;

import java.util.List;
import org.communskg.importer.Article;
import org.junit.jupiter.api.Test;

/** One organization under several forms, and forms that name none (invented names). */
class OrganizationVariantsTest {

    @Test
    void a_region_written_as_initials_is_the_same_organization() {
        Extraction x = extract("La Fédération des fablabs de Provence-Alpes-Côte d'Azur ouvre un appel.",
                "Photo : Lina Aubert (Fédération des fablabs PACA).");
        assertThat(x.organizations()).singleElement().satisfies(o ->
                assertThat(o.name()).isEqualTo("Fédération des fablabs de Provence-Alpes-Côte d'Azur"));
    }

    @Test
    void initials_that_do_not_spell_the_place_keep_two_organizations() {
        Extraction x = extract("Le Réseau des fablabs de Bourgogne-Franche-Comté ouvre un appel avec la Région.",
                "Le Réseau des fablabs PACA s'y associe.");
        assertThat(orgs(x)).hasSize(2);
    }

    @Test
    void a_name_translated_in_parentheses_is_an_alias() {
        Article a = new Article("t", null, null, null, null, "en", null, List.of(
                "Marta Lindgren, adviser at France's Ministry of Rural Affairs (Ministère de la Ruralité), spoke first.",
                "Later the Dutch Data Council (Conseil néerlandais des données, CND) presented its plan."));
        Extraction x = extract(a);
        assertThat(x.organizations()).hasSize(2);
        assertThat(x.organizations()).anySatisfy(o -> {
            assertThat(o.name()).isEqualTo("Ministry of Rural Affairs");
            assertThat(o.aliases()).contains("Ministère de la Ruralité");
        });
        assertThat(x.organizations()).anySatisfy(o -> assertThat(o.acronym()).isEqualTo("CND"));
    }

    @Test
    void a_person_with_an_organization_in_parentheses_is_no_translation() {
        Extraction x = extract("Lina Aubert (Fédération des fablabs bretons) a ouvert la séance.");
        assertThat(orgs(x)).containsExactly("Fédération des fablabs bretons");
    }

    @Test
    void a_day_of_the_month_is_not_an_organization() {
        Extraction x = extract("Les Rencontres du vélo partagé, organisées par la coopérative Rouages avec le soutien de la Métropole de Vierzon, le 27 mars 2025 à Vierzon.");
        assertThat(orgs(x)).containsExactlyInAnyOrder("Rouages", "Métropole de Vierzon");
    }

    @Test
    void an_association_name_joined_by_a_preposition() {
        Extraction x = extract("La coopérative compte 41 sociétaires, dont l'association Vierzon à Vélo et l'association Rouages à Lyon.");
        assertThat(orgs(x)).containsExactlyInAnyOrder("Vierzon à Vélo", "Rouages");
    }

    @Test
    void a_masthead_after_the_copyright_sign_is_not_a_mention() {
        Extraction x = extract(MarkdownArticles.withPublisher("Communs Hebdo", "2025-04-09",
                "De gauche à droite : Lina Aubert et Paul Girard, lors de l'ouverture. © Communs Hebdo"));
        assertThat(x.organizations()).isEmpty();
    }

    @Test
    void a_foundation_named_after_a_person_is_no_person() {
        Extraction x = extract("Jordan Meslin (Fondation Marcel Ravoux) a présenté le projet.");
        assertThat(orgs(x)).containsExactly("Fondation Marcel Ravoux");
        assertThat(ExtractionAssertions.persons(x)).containsExactly("Jordan Meslin");
    }

    @Test
    void social_and_solidarity_economy_runs_on_and_a_regional_acronym_keeps_its_place() {
        Extraction x = extract("La Chambre régionale de l'économie sociale et solidaire de Bretagne (CRESS Bretagne) ouvre un appel.");
        assertThat(x.organizations()).singleElement().satisfies(o -> {
            assertThat(o.name()).isEqualTo("Chambre régionale de l'économie sociale et solidaire de Bretagne");
            assertThat(o.acronym()).isEqualTo("CRESS Bretagne");
        });
    }

    @Test
    void two_organizations_joined_by_et_stay_two() {
        Extraction x = extract("L'Agence régionale du numérique et la Fondation Kerlann organisent un forum.");
        assertThat(orgs(x)).containsExactly("Agence régionale du numérique", "Fondation Kerlann");
    }
}
