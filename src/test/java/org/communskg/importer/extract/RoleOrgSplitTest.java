package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.orgs;
import static org.communskg.importer.extract.ExtractionAssertions.roles;

import org.junit.jupiter.api.Test;

/** Role words must not swallow the organization that follows them, nor one given by reference. */
class RoleOrgSplitTest {

    @Test
    void social_centre_after_au_is_the_organization() {
        Extraction x = extract("L'atelier était animé par Loïc Berthaud, médiateur numérique au centre social La Passerelle, devant vingt habitants.");
        assertThat(roles(x)).containsExactly("Loïc Berthaud / médiateur numérique / Centre social La Passerelle");
    }

    @Test
    void third_place_after_du_is_the_organization() {
        Extraction x = extract("Sarah Quillec, cofondatrice du tiers-lieu Le Moulin Connecté, a témoigné.");
        assertThat(roles(x)).containsExactly("Sarah Quillec / cofondatrice / Le Moulin Connecté");
        assertThat(x.persons()).extracting(PersonMention::name).containsExactly("Sarah Quillec");
    }

    @Test
    void cooperative_legal_form_before_the_name() {
        Extraction x = extract("Mathis Colleret, président de la Scic Les Relieurs du Libre, a pris la parole.");
        assertThat(roles(x)).containsExactly("Mathis Colleret / président / Les Relieurs du Libre");
    }

    @Test
    void region_stays_in_the_role_and_the_bank_is_the_organization() {
        Extraction x = extract("« Nous sommes fiers de ce soutien », souligne Damien Morlaix, directeur régional Bretagne de la Caisse des Dépôts.");
        assertThat(roles(x)).containsExactly("Damien Morlaix / directeur régional Bretagne / Caisse des dépôts et consignations");
    }

    @Test
    void multiword_region_stays_in_the_role() {
        Extraction x = extract("Odile Ferrandou, déléguée territoriale Hauts-de-France de l'Agence du numérique solidaire, a ouvert la séance.");
        assertThat(roles(x)).containsExactly("Odile Ferrandou / déléguée territoriale Hauts-de-France / Agence du numérique solidaire");
    }

    @Test
    void an_unknown_capitalised_word_after_the_role_still_stops_the_search() {
        Extraction x = extract("Paul Vernier, responsable Grands Comptes de la Fondation Arbor, était là.");
        assertThat(roles(x)).noneMatch(r -> r.endsWith("/ Fondation Arbor"));
    }

    @Test
    void du_collectif_refers_to_the_one_collective_of_the_article() {
        Extraction x = extract("La fête est portée par le Collectif Rues Partagées (CRP), une association lyonnaise.",
                "Le public a applaudi. Les enfants ont dessiné des cartes.",
                "La table ronde était animée par Julie Marchetti, vice-présidente du collectif.");
        assertThat(roles(x)).contains("Julie Marchetti / vice-présidente / Collectif Rues Partagées");
    }

    @Test
    void du_collectif_stays_unresolved_when_two_collectives_are_named() {
        Extraction x = extract("Le Collectif Rues Partagées et le Collectif Vélo Ouvert organisaient la journée.",
                "Le public a applaudi. Les enfants ont dessiné des cartes.",
                "La table ronde était animée par Julie Marchetti, vice-présidente du collectif.");
        assertThat(roles(x)).noneMatch(r -> r.contains("Collectif Rues") || r.contains("Collectif Vélo"));
    }

    @Test
    void du_collectif_stays_unresolved_when_no_collective_is_named() {
        Extraction x = extract("La Fondation Arbor organisait la journée.",
                "La table ronde était animée par Julie Marchetti, vice-présidente du collectif.");
        assertThat(roles(x)).noneMatch(r -> r.endsWith("/ Fondation Arbor"));
        assertThat(orgs(x)).containsExactly("Fondation Arbor");
    }

    @Test
    void the_town_of_a_deputy_mayor_stays_in_the_role() {
        Extraction x = extract("Autour d'elle, Maryse Le Cam, adjointe au maire de Saint-Herblon chargée de la culture, a pris la parole.");
        assertThat(roles(x)).containsExactly("Maryse Le Cam / adjointe au maire de Saint-Herblon chargée de la culture / null");
        assertThat(orgs(x)).isEmpty();
    }

    @Test
    void one_office_said_several_ways_is_one_fact() {
        Extraction x = extract("Le bureau de la Fédération Lumen est composé de : Alix Perrot, présidente ; Tom Baud, trésorier.",
                "« Merci », déclare la nouvelle présidente, Alix Perrot.");
        assertThat(roles(x)).filteredOn(r -> r.startsWith("Alix Perrot")).hasSize(1);
    }

    @Test
    void a_capitalised_head_word_refers_to_the_one_organization_it_heads() {
        Extraction x = extract("L'Union des fablabs bretons (UFB) tenait son assemblée. Marion Kerlann est présidente de l'Union depuis 2023.");
        assertThat(roles(x)).contains("Marion Kerlann / présidente / Union des fablabs bretons");
        Extraction en = extract(new org.communskg.importer.Article("t", null, null, null, "2026-02-01", "en", null, java.util.List.of(
                "The Open Maps Alliance met in Ghent. Hanna Berg, chair of the Alliance, opened the day.")));
        assertThat(roles(en)).contains("Hanna Berg / chair / Open Maps Alliance");
    }

    @Test
    void a_capitalised_head_word_shared_by_two_organizations_stays_unresolved() {
        Extraction x = extract("L'Union des fablabs bretons et l'Union des ressourceries normandes signent un accord. "
                + "Marion Kerlann, présidente de l'Union, a signé.");
        assertThat(roles(x)).noneMatch(r -> r.endsWith("bretons") || r.endsWith("normandes"));
    }

    @Test
    void a_training_before_the_name_is_not_a_role() {
        Extraction x = extract("Ingénieure agronome de formation, Pauline Serres, 44 ans, préside depuis 2020 l'association Le Grenier Partagé.");
        assertThat(roles(x)).containsExactly("Pauline Serres / président / Le Grenier Partagé");
    }

    @Test
    void a_local_authority_in_lower_case_after_a_role() {
        assertThat(roles(extract("Julie Moreau, conseillère numérique à la mairie de Plouha, a animé l'atelier.")))
                .containsExactly("Julie Moreau / conseillère numérique / Mairie de Plouha");
        assertThat(roles(extract("Julie Moreau, vice-présidente de la région Bretagne, a animé l'atelier.")))
                .containsExactly("Julie Moreau / vice-présidente / Région Bretagne");
    }

    @Test
    void a_town_named_as_a_place_is_not_an_organization() {
        Extraction x = extract("Les habitants de la ville de Plouha sont venus nombreux.");
        assertThat(orgs(x)).isEmpty();
        assertThat(roles(extract("Yves Le Floch, maire de la commune de Plouha, a ouvert la journée.")))
                .allMatch(r -> r.endsWith("/ null"));
    }

    @Test
    void english_who_also_leads_and_succeeds_founding_chair() {
        Extraction x = extract(new org.communskg.importer.Article("t", null, null, null, "2026-02-01", "en", null, java.util.List.of(
                "Hanna Berg, who also leads the Oslo-based cooperative Kartlaget, spoke first. She succeeds founding chair Pieter Van Damme.")));
        assertThat(roles(x)).contains("Hanna Berg / null / Kartlaget", "Pieter Van Damme / founding chair / null");
    }

    @Test
    void a_bank_headed_by_credit_is_an_organization_but_a_photo_credit_is_not() {
        assertThat(orgs(extract("La fête a reçu le soutien du Crédit Mutuel Océan."))).containsExactly("Crédit Mutuel Océan");
        assertThat(orgs(extract("Crédit photo : Jean Martin."))).isEmpty();
    }
}
