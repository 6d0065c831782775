package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.english;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.orgs;

import org.junit.jupiter.api.Test;

/**
 * A known organization's name ends where the text goes on with a preposition, a conjunction or a
 * pronoun ("la Banque des Territoires pour ceux qui…"); a programme's name ("le programme Société
 * numérique") and an "AMI" (a call for expressions of interest) are no organizations.
 */
class OrgNameBoundsTest {
    @Test
    void a_known_name_followed_by_pour_ends_there() {
        Extraction x = extract("Les lieux retenus obtiendront un prêt de la Banque des Territoires pour ceux qui rénovent.");
        assertThat(orgs(x)).containsExactly("Banque des Territoires");
    }

    @Test
    void a_known_name_followed_by_et_de_another_ends_there() {
        Extraction x = extract("Avec le soutien de la Banque des Territoires et de la Fondation Orme, le forum a eu lieu.");
        assertThat(orgs(x)).contains("Banque des Territoires").noneMatch(o -> o.startsWith("Banque des Territoires "));
    }

    @Test
    void a_known_name_followed_by_sur_ends_there() {
        Extraction x = extract("Le projet, cofinancé par la Commission européenne sur trois ans, démarre en mars.");
        assertThat(orgs(x)).noneMatch(o -> o.contains(" sur "));
    }

    @Test
    void an_english_known_name_followed_by_for_ends_there() {
        Extraction x = extract(english("The Open Knowledge Foundation for its part has published the guide."));
        assertThat(orgs(x)).noneMatch(o -> o.contains(" for "));
    }

    @Test
    void a_programme_name_is_no_organization() {
        Extraction x = extract("En 2021, elle rejoint l'ANCT comme chargée de mission au sein du programme Société numérique.");
        assertThat(orgs(x)).doesNotContain("Société numérique");
    }

    @Test
    void a_call_for_expressions_of_interest_is_no_organization() {
        Extraction x = extract("La Trame sera l'opérateur de l'AMI « Communs en territoires », lancé fin octobre.");
        assertThat(orgs(x)).doesNotContain("AMI");
    }

    @Test
    void a_legal_form_spelled_out_is_no_organization() {
        Extraction x = extract("Société coopérative d'intérêt collectif, elle rassemble des collectivités et des associations.",
                "Devenue Société coopérative et participative en 2019, l'entreprise compte douze salariés.");
        assertThat(orgs(x)).noneMatch(o -> o.startsWith("Société coopérative"));
    }

    @Test
    void a_cooperative_with_a_name_of_its_own_stays_an_organization() {
        Extraction x = extract("La Société coopérative Terres Vives a ouvert une épicerie.");
        assertThat(orgs(x)).anyMatch(o -> o.contains("Terres Vives"));
    }
}
