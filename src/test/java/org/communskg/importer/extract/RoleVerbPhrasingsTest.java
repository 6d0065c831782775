package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.english;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.roles;

import org.junit.jupiter.api.Test;

/** Roles said by a verb or a participle rather than a role noun after a comma (invented names). */
class RoleVerbPhrasingsTest {

    @Test
    void est_a_la_tete_de_gives_a_membership() {
        Extraction x = extract("Julien Morvan est à la tête de la Fondation Terre Commune depuis 2021.");
        assertThat(roles(x)).containsExactly("Julien Morvan / null / Fondation Terre Commune");
    }

    @Test
    void elected_to_the_presidency_of_gives_president() {
        Extraction x = extract("Sarah Lenoir a été élue à la présidence de l'Union des fablabs bretons en juin.");
        assertThat(roles(x)).containsExactly("Sarah Lenoir / présidente / Union des fablabs bretons");
        Extraction y = extract("Marc Ouvrard a été élu à la tête du Réseau des ressourceries numériques.");
        assertThat(roles(y)).containsExactly("Marc Ouvrard / null / Réseau des ressourceries numériques");
    }

    @Test
    void a_participle_of_appointment_before_the_role_is_not_part_of_it() {
        Extraction x = extract("Claire Benoît, nommée directrice générale de la Fondation Kerlann, prendra ses fonctions en mai.");
        assertThat(roles(x)).containsExactly("Claire Benoît / directrice générale / Fondation Kerlann");
        Extraction y = extract("Hervé Quillec, réélu président de l'association Vélo Commun, a remercié les bénévoles.");
        assertThat(roles(y)).containsExactly("Hervé Quillec / président / Vélo Commun");
    }

    @Test
    void directing_since_a_year_still_reaches_the_organization() {
        Extraction x = extract("Lucie Marchetti dirige depuis 2019 la coopérative Vélocité Nantaise, à Nantes.");
        assertThat(roles(x)).containsExactly("Lucie Marchetti / null / Vélocité Nantaise");
        Extraction y = extract("Thomas Aubry préside depuis 2022 la Fédération des ressourceries numériques.");
        assertThat(roles(y)).containsExactly("Thomas Aubry / président / Fédération des ressourceries numériques");
    }

    @Test
    void directing_a_thing_that_is_no_organization_gives_nothing() {
        assertThat(roles(extract("Lucie Marchetti dirige depuis 2019 les travaux de rénovation du bâtiment."))).isEmpty();
        assertThat(roles(extract("Karim Belkacem pilote le projet avec les équipes de la ville."))).isEmpty();
    }

    @Test
    void english_heads_ceo_of_co_founder_of_head_of() {
        Extraction x = extract(english("Jane Whitaker heads the Open Commons Foundation.",
                "Peter Hale, CEO of Datawise Cooperative, welcomed the decision.",
                "Maria Lopez, co-founder of the Civic Tech Hub, spoke first.",
                "Tom Reed, head of policy at the Digital Rights Network, moderated the panel."));
        assertThat(roles(x)).containsExactlyInAnyOrder("Jane Whitaker / null / Open Commons Foundation",
                "Peter Hale / CEO / Datawise Cooperative", "Maria Lopez / co-founder / Civic Tech Hub",
                "Tom Reed / head of policy / Digital Rights Network");
    }

    @Test
    void semicolon_list_of_offices_gives_one_role_each() {
        Extraction x = extract("Le bureau de l'association Bidouille Solidaire se compose de Jeanne Petit, présidente ; Louis Martin, trésorier ; et Anne Blanc, secrétaire.");
        assertThat(roles(x)).containsExactlyInAnyOrder("Jeanne Petit / présidente / Bidouille Solidaire",
                "Louis Martin / trésorier / Bidouille Solidaire", "Anne Blanc / secrétaire / Bidouille Solidaire");
    }

    @Test
    void english_genitive_gives_the_unit_not_its_parent() {
        Extraction x = extract(english("The keynote by Greta Lindqvist, head of unit at the European Commission's DG CONNECT, set the tone."));
        // DG CONNECT is in the authority file: the unit comes under its canonical name, not the Commission's.
        assertThat(roles(x)).containsExactly(
                "Greta Lindqvist / head of unit / Directorate-General for Communications Networks, Content and Technology");
    }

    @Test
    void an_english_verb_after_the_apposition_is_no_role() {
        Extraction x = extract(english("Owen Pryce, head of advocacy at Wikimedia France, described how volunteers enrich public data every day."));
        assertThat(roles(x)).containsExactly("Owen Pryce / head of advocacy / Wikimédia France");
    }

    @Test
    void a_duration_after_the_role_is_not_part_of_it() {
        Extraction x = extract("« Les files d'attente, on les voit tous les jours », confie Fanny Sidibé, médiatrice numérique depuis trois ans.");
        assertThat(roles(x)).containsExactly("Fanny Sidibé / médiatrice numérique / null");
    }

    @Test
    void a_possessive_role_with_its_complement_goes_to_the_subject_before() {
        Extraction x = extract("La Ville de Villebrune prête les locaux. Son adjointe aux solidarités, Margot Pelletier, a salué le projet.");
        assertThat(roles(x)).containsExactly("Margot Pelletier / adjointe aux solidarités / Ville de Villebrune");
    }

    @Test
    void a_possessive_role_followed_by_a_name_is_not_read_as_one() {
        Extraction x = extract("La Ville de Villebrune prête les locaux. Son adjointe Lyon Centre, Margot Pelletier, a salué le projet.");
        assertThat(roles(x)).noneMatch(r -> r.contains("Lyon"));
    }
}
