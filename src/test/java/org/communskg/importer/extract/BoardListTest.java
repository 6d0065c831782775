package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.roles;

import org.junit.jupiter.api.Test;

/** Board lists, a role after a parenthesised affiliation, and roles given by a verb or a clause. */
class BoardListTest {

    @Test
    void respectively_inside_a_semicolon_list() {
        Extraction x = extract("Le bureau de la Fédération Lumen est composé de : Alix Perrot, présidente ; Yves Carel et Nina Sautet, "
                + "respectivement vice-président chargé des finances et vice-présidente chargée des adhérents ; Tom Baud, trésorier.");
        assertThat(roles(x)).contains("Yves Carel / vice-président chargé des finances / Fédération Lumen",
                "Nina Sautet / vice-présidente chargée des adhérents / Fédération Lumen",
                "Tom Baud / trésorier / Fédération Lumen", "Alix Perrot / présidente / Fédération Lumen");
    }

    @Test
    void affiliation_in_parentheses_then_a_role() {
        Extraction x = extract("Parmi les intervenants, Rachid Amrani (Fondation Océane), chargé de programmes numériques, a présenté le bilan.");
        assertThat(roles(x)).containsExactly("Rachid Amrani / chargé de programmes numériques / Fondation Océane");
    }

    @Test
    void affiliation_in_parentheses_then_a_board_office_of_the_board() {
        Extraction x = extract("Le bureau de la Fédération Lumen est composé de : Alix Perrot, présidente ; Paul Mahé (Scop Atelier Cinq), trésorier.");
        assertThat(roles(x)).contains("Paul Mahé / null / Atelier Cinq", "Paul Mahé / trésorier / Fédération Lumen");
        assertThat(roles(x)).doesNotContain("Paul Mahé / trésorier / Atelier Cinq");
    }

    @Test
    void an_adverb_before_the_role_in_apposition() {
        Extraction x = extract("Joëlle Daunis, jusqu'ici trésorière, prend la présidence de la Fédération Lumen.");
        assertThat(roles(x)).contains("Joëlle Daunis / trésorière / null", "Joëlle Daunis / président / Fédération Lumen");
    }

    @Test
    void preside_gives_the_role_of_president() {
        Extraction x = extract("Ingénieur de formation, Lucien Garrel, 47 ans, préside depuis 2022 la Scic Les Ateliers du Lien.");
        assertThat(roles(x)).contains("Lucien Garrel / président / Les Ateliers du Lien");
        assertThat(roles(x)).noneMatch(r -> r.contains("formation /") && !r.endsWith("/ null"));
    }

    @Test
    void dirige_stays_a_bare_affiliation() {
        Extraction x = extract("Lucien Garrel dirige depuis 2022 la Scic Les Ateliers du Lien.");
        assertThat(roles(x)).containsExactly("Lucien Garrel / null / Les Ateliers du Lien");
    }

    @Test
    void a_clause_with_reste() {
        Extraction x = extract("Elle succède à Bruno Lhermitte, qui reste membre du conseil d'administration de la Fédération Lumen.");
        assertThat(roles(x)).contains("Bruno Lhermitte / membre du conseil d'administration / Fédération Lumen");
    }

    @Test
    void a_retired_resident_is_a_status() {
        Extraction x = extract("« C'est très utile », sourit Yvonne Caradec, retraitée venue de Lannion.");
        assertThat(roles(x)).hasSize(1).allMatch(r -> r.startsWith("Yvonne Caradec / retraitée") && r.endsWith("/ null"));
    }

    @Test
    void en_before_respectively_is_the_organization_just_named() {
        Extraction x = extract("Sous la conduite de Maud Lestrade, présidente de la Fédération Lumen, les adhérents ont élu un bureau. "
                + "Yves Carel et Nina Sautet en deviennent respectivement trésorier et secrétaire.");
        assertThat(roles(x)).contains("Yves Carel / trésorier / Fédération Lumen", "Nina Sautet / secrétaire / Fédération Lumen");
    }

    @Test
    void en_with_nothing_named_before_gives_no_role() {
        Extraction x = extract("Les adhérents ont élu un bureau. Yves Carel et Nina Sautet en deviennent respectivement trésorier et secrétaire.");
        assertThat(roles(x)).isEmpty();
    }

    @Test
    void english_election_verbs_give_roles() {
        Extraction x = extract(new org.communskg.importer.Article("t", null, null, null, "2026-02-01", "en", null, java.util.List.of(
                "Hanna Berg, previously treasurer, becomes chair of the Open Maps Network. Luca Moretti and Sara Jensen were elected vice-chairs, "
                        + "and Piotr Zielinski (Fundacja Mapa) takes over as treasurer.")));
        assertThat(roles(x)).contains("Hanna Berg / chair / Open Maps Network", "Luca Moretti / vice-chair / null",
                "Sara Jensen / vice-chair / null", "Piotr Zielinski / treasurer / null", "Piotr Zielinski / null / Fundacja Mapa");
        assertThat(roles(x)).noneMatch(r -> r.contains("becomes"));
    }

    @Test
    void french_election_verbs_give_roles() {
        Extraction x = extract("Camille Roussel a été élue présidente de la Fédération Lumen. Yves Carel et Nina Sautet ont été élus vice-présidents.");
        assertThat(roles(x)).contains("Camille Roussel / présidente / Fédération Lumen", "Yves Carel / vice-président / null",
                "Nina Sautet / vice-président / null");
    }

    @Test
    void an_election_verb_without_a_role_noun_gives_nothing() {
        Extraction x = extract("Camille Roussel a été élue dimanche à Rennes.");
        assertThat(roles(x)).isEmpty();
    }

    @Test
    void elected_to_its_presidency() {
        Extraction x = extract("Le conseil d'administration de l'association Lien Commun a élu Paul Garnier à sa présidence.");
        assertThat(roles(x)).containsExactly("Paul Garnier / président / Lien Commun");
    }

    @Test
    void elected_without_a_presidency_gives_nothing() {
        Extraction x = extract("L'association Lien Commun a élu Paul Garnier sans surprise.");
        assertThat(roles(x)).isEmpty();
    }

    @Test
    void a_participle_with_its_year_before_the_name_is_not_a_role() {
        Extraction x = extract("Élue en 2024, Julie Tessier préside le collectif Données Vives.");
        assertThat(roles(x)).containsExactly("Julie Tessier / président / Données Vives");
    }

    @Test
    void english_appointed_treasurer_of_the_network() {
        Extraction x = extract(new org.communskg.importer.Article("t", null, null, null, "2026-02-01", "en", null, java.util.List.of(
                "The Open Maps Network met in Oslo. Erik Lund was appointed treasurer of the network in 2024.")));
        assertThat(roles(x)).containsExactly("Erik Lund / treasurer / Open Maps Network");
    }

    @Test
    void a_date_after_the_role_is_not_part_of_it() {
        Extraction x = extract("L'assemblée générale de la Ressourcerie du Marais a élu son bureau. C'est Julie Tessier, trésorière depuis 2021, qui préside.");
        assertThat(roles(x)).contains("Julie Tessier / trésorière / Ressourcerie du Marais");
    }

    @Test
    void a_role_before_a_preposition_is_someone_else_s() {
        Extraction x = extract("Le trésorier sortant cède sa place à Marc Rabillard, comptable à la retraite.");
        assertThat(roles(x)).noneMatch(r -> r.contains("cède"));
    }

    @Test
    void the_outgoing_officer_hands_over() {
        Extraction x = extract("L'assemblée générale de la Ressourcerie du Marais a renouvelé son bureau. "
                + "La trésorière sortante cède sa place à Marc Rabillard, comptable à la retraite.");
        assertThat(roles(x)).contains("Marc Rabillard / trésorière / Ressourcerie du Marais");
    }

    @Test
    void giving_one_s_seat_at_a_table_is_not_a_handover() {
        Extraction x = extract("Au restaurant, la serveuse cède sa place à Marc Rabillard.");
        assertThat(roles(x)).noneMatch(r -> r.startsWith("Marc Rabillard / serveuse"));
    }
}
