package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.orgs;
import static org.communskg.importer.extract.ExtractionAssertions.roles;

import org.junit.jupiter.api.Test;

/** Roles whose organization the role itself implies: a regional councillor sits at a Région (invented names). */
class ImpliedOrganizationRolesTest {

    @Test
    void a_regional_councillor_of_a_named_region_sits_at_that_region() {
        Extraction x = extract("La plénière a réuni Lina Ferrand, conseillère régionale de Bretagne, et les réseaux locaux.");
        assertThat(roles(x)).containsExactly("Lina Ferrand / conseillère régionale de Bretagne / Région Bretagne");
        assertThat(orgs(x)).contains("Région Bretagne");
    }

    @Test
    void a_regional_councillor_with_the_region_inside_the_role_keeps_its_words() {
        Extraction x = extract("Avec Paul Hébert, conseiller régional des Pays de la Loire délégué à l'innovation sociale.");
        assertThat(roles(x)).containsExactly(
                "Paul Hébert / conseiller régional des Pays de la Loire délégué à l'innovation sociale / Région Pays de la Loire");
    }

    @Test
    void a_regional_councillor_without_a_region_takes_the_article_s_one_region() {
        Extraction x = extract("Le forum est soutenu par la Région Normandie.",
                "Avec Paul Hébert, conseiller régional délégué à l'économie sociale et solidaire.");
        assertThat(roles(x)).containsExactly(
                "Paul Hébert / conseiller régional délégué à l'économie sociale et solidaire / Région Normandie");
    }

    @Test
    void a_vice_president_of_the_regional_council_takes_the_article_s_one_region() {
        Extraction x = extract("La Région Occitanie a financé un tiers des travaux.",
                "« Nous aidons ceux qui sont déjà là », a souligné Hugo Castel, vice-président délégué au numérique du conseil régional.");
        assertThat(roles(x)).containsExactly("Hugo Castel / vice-président délégué au numérique / Région Occitanie");
    }

    @Test
    void a_regional_councillor_in_an_article_about_one_region_takes_it() {
        Extraction x = extract("Avec Paul Hébert, conseiller régional délégué aux tiers-lieux.",
                "Vous organisez un événement en Nouvelle-Aquitaine ? Écrivez-nous.");
        assertThat(roles(x)).containsExactly("Paul Hébert / conseiller régional délégué aux tiers-lieux / Région Nouvelle-Aquitaine");
    }

    @Test
    void two_regions_leave_the_regional_councillor_without_organization() {
        Extraction x = extract("Le forum est soutenu par la Région Normandie et la Région Bretagne.",
                "Avec Paul Hébert, conseiller régional délégué à l'économie sociale et solidaire.");
        assertThat(roles(x)).containsExactly(
                "Paul Hébert / conseiller régional délégué à l'économie sociale et solidaire / null");
    }

    @Test
    void departmental_and_municipal_councillors_keep_the_place_in_the_role() {
        Extraction x = extract("La Région Bretagne soutient le projet.",
                "Étaient présents Julie Tanguy, conseillère départementale du Finistère, et Marc Le Roux, conseiller municipal de Brest.");
        assertThat(roles(x)).containsExactlyInAnyOrder("Julie Tanguy / conseillère départementale du Finistère / null",
                "Marc Le Roux / conseiller municipal de Brest / null");
    }

    @Test
    void a_signature_closing_on_a_university_in_lower_case_names_it() {
        Extraction x = extract("Les signataires de la tribune :", "Léo Garnier, maître de conférences en économie, université de Grenoble");
        assertThat(roles(x)).contains("Léo Garnier / maître de conférences en économie / Université de Grenoble");
        assertThat(orgs(x)).contains("Université de Grenoble");
    }
}
