package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.roles;
import static org.communskg.importer.extract.ExtractionAssertions.titled;

import org.junit.jupiter.api.Test;

/** Roles said through a change: a successor, a former post, a post held until now (invented names). */
class RoleChangesTest {

    @Test
    void the_predecessor_of_a_headline_appointment_holds_her_office_at_that_organization() {
        Extraction x = extract(titled("Camille Roy prend la direction générale de la Coopérative Ardoise | Le Journal des Communs",
                "Camille Roy prend la direction générale de la Coopérative Ardoise",
                "La coopérative change de directeur général. Camille Roy, 41 ans, succède à la cofondatrice Inès Perrin.",
                "Le Journal des Communs, média indépendant, est édité par l'association Fil Vert."));
        assertThat(roles(x)).contains("Inès Perrin / cofondatrice / Coopérative Ardoise");
    }

    @Test
    void a_post_held_until_now_is_a_role_too() {
        Extraction x = extract("Le conseil a porté à sa présidence Sonia Bret, qui occupait jusqu'ici le poste de déléguée générale de l'association Vélo Partage.");
        assertThat(roles(x)).contains("Sonia Bret / déléguée générale / Vélo Partage");
        Extraction y = extract("Marc Olivier, qui était jusqu'ici trésorier de la Fédération des fablabs, rejoint le bureau.");
        assertThat(roles(y)).contains("Marc Olivier / trésorier / Fédération des fablabs");
    }

    @Test
    void he_was_since_a_year_gives_the_one_person_of_the_sentence_before_a_role() {
        Extraction x = extract("Le conseil d'administration de la Scic Ardoise Numérique a nommé Yanis Haddad au poste de directeur général.",
                "Il était depuis 2022 directeur des opérations de la Scic Ardoise Numérique.");
        assertThat(roles(x)).contains("Yanis Haddad / directeur des opérations / Ardoise Numérique");
    }

    @Test
    void he_was_after_a_sentence_with_two_persons_gives_nobody_a_role() {
        Extraction x = extract("Le conseil a remercié Yanis Haddad et Paul Morel pour leur travail.",
                "Il était depuis 2022 directeur des opérations de la Scic Ardoise Numérique.");
        assertThat(roles(x)).noneMatch(r -> r.contains("directeur des opérations"));
    }

    @Test
    void president_since_the_founding_of_the_collective_names_the_collective() {
        Extraction x = extract("Le Collectif Vélo Commun a élu sa nouvelle présidente.",
                "Elle succède à Paul Morel, président depuis la fondation du collectif, qui devient président d'honneur.");
        assertThat(roles(x)).contains("Paul Morel / président / Collectif Vélo Commun");
    }

    @Test
    void an_honorary_president_stays_apart_from_the_president() {
        Extraction x = extract("Paul Morel, président de l'association Vélo Commun, a annoncé son départ.",
                "Paul Morel, président d'honneur de l'association Vélo Commun, restera au bureau.");
        assertThat(roles(x)).contains("Paul Morel / président / Vélo Commun", "Paul Morel / président d'honneur / Vélo Commun");
    }

    @Test
    void a_role_put_before_the_pronoun_goes_to_the_person_of_the_sentence_before() {
        Extraction x = extract("C'est Léna Corre, 39 ans, qui prend la présidence.",
                "Cofondatrice et coordinatrice du tiers-lieu La Canopée à Villebrune, ouvert en mai, elle siégeait au conseil depuis 2023.");
        assertThat(roles(x)).contains("Léna Corre / cofondatrice / La Canopée", "Léna Corre / coordinatrice / La Canopée");
    }

    @Test
    void a_role_put_before_the_pronoun_after_two_persons_goes_to_nobody() {
        Extraction x = extract("Le conseil a remercié Léna Corre et Paul Morel.",
                "Cofondatrice du tiers-lieu La Canopée à Villebrune, elle siégeait au conseil depuis 2023.");
        assertThat(roles(x)).noneMatch(r -> r.contains("La Canopée"));
    }
}
