package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.english;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.roles;

import org.junit.jupiter.api.Test;

/**
 * Roles said by verbs the way profiles write them: "who chairs the … association X and sits on the
 * board of Y", "qui siège au conseil d'administration de Y", "qui préside aujourd'hui l'association".
 */
class VerbSeatsTest {
    @Test
    void english_chairs_a_described_association_and_sits_on_a_board() {
        Extraction x = extract(english("Sophie Benali, who chairs the Belgian open data association Donnée Libre and sits on the board "
                + "of the Open Knowledge Foundation, told us the fund was overdue."));
        assertThat(roles(x)).contains("Sophie Benali / chair / Donnée Libre", "Sophie Benali / board member / Open Knowledge Foundation");
    }

    @Test
    void english_sits_on_the_board_after_the_name() {
        Extraction x = extract(english("Jonas Berg sits on the board of the Mozilla Foundation since 2022."));
        assertThat(roles(x)).contains("Jonas Berg / board member / Mozilla Foundation");
    }

    @Test
    void french_siege_au_conseil_d_administration_in_a_relative_clause() {
        Extraction x = extract("Karim Saïdi, qui siégeait au conseil d'administration de Framasoft, a rejoint l'équipe.");
        assertThat(roles(x)).contains("Karim Saïdi / membre du conseil d'administration / Framasoft");
    }

    @Test
    void french_preside_today_the_association_introduced_before() {
        Extraction x = extract("L'association Pixels Ouverts a été fondée en 2012 à Dole.",
                "Clara Martin, qui préside aujourd'hui l'association, se souvient des débuts.");
        assertThat(roles(x)).contains("Clara Martin / président / Pixels Ouverts");
    }

    @Test
    void someone_else_in_between_does_not_take_the_seat() {
        Extraction x = extract("Karim Saïdi a rencontré Julie Morel, qui siège au bureau de Framasoft.");
        assertThat(roles(x)).noneMatch(r -> r.startsWith("Karim Saïdi"));
    }

    @Test
    void english_left_one_organization_described_to_run_another() {
        Extraction x = extract(english("The panel featured Louis Morel, who recently left ANCT, the French agency for territorial cohesion, "
                + "to run Datavolk Coop, a data cooperative."));
        assertThat(roles(x)).contains("Louis Morel / null / Agence nationale de la cohésion des territoires", "Louis Morel / null / Datavolk Coop");
    }

    @Test
    void english_left_in_a_year_to_lead() {
        Extraction x = extract(english("Sarah Dubois left the Mozilla Foundation to lead the Open Knowledge Foundation."));
        assertThat(roles(x)).contains("Sarah Dubois / null / Mozilla Foundation", "Sarah Dubois / null / Open Knowledge Foundation");
    }

    @Test
    void french_a_quitte_pour_diriger() {
        Extraction x = extract("Paul Girard a quitté la Fondation Orme pour diriger la coopérative Terres nourricières.");
        assertThat(roles(x)).contains("Paul Girard / null / Fondation Orme", "Paul Girard / null / Terres nourricières");
    }

    @Test
    void a_long_aside_before_qui_reste() {
        Extraction x = extract("Le réseau La Trame a renouvelé son bureau.",
                "Lucas Petit succède à Claire Morin, présidente depuis la fondation du réseau en 2018, qui reste administratrice.");
        assertThat(roles(x)).contains("Claire Morin / administratrice / La Trame");
    }

    @Test
    void a_long_english_aside_before_who_remains() {
        Extraction x = extract(english("Sarah Dubois, president of the Mozilla Foundation for the last six years, who remains a board member, spoke."));
        assertThat(roles(x)).anyMatch(r -> r.startsWith("Sarah Dubois / board member"));
    }
}
