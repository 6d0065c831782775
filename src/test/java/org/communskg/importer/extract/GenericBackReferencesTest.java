package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.roles;
import static org.communskg.importer.extract.ExtractionAssertions.titled;

import org.junit.jupiter.api.Test;

/**
 * "l'association", "du tiers-lieu", "de la fédération" in a role: the article's one organization
 * introduced as such, or the one the person is already tied to; none when two fit (invented names).
 */
class GenericBackReferencesTest {

    @Test
    void the_association_is_the_one_introduced_as_an_association_earlier() {
        Extraction x = extract("Les travaux ont été menés par l'association Les Tisserands, porteuse du projet.",
                "Le maire a salué un chantier exemplaire.",
                "Paul Girard, conseiller numérique recruté par l'association, accompagne déjà trente habitants.");
        assertThat(roles(x)).contains("Paul Girard / conseiller numérique / Les Tisserands");
    }

    @Test
    void the_tiers_lieu_is_the_one_a_headline_presents_as_a_tiers_lieu() {
        Extraction x = extract(titled("Villebrune : La Canopée, nouveau tiers-lieu, ouvre ses portes",
                "Villebrune : La Canopée, nouveau tiers-lieu, ouvre ses portes",
                "Les habitants sont venus nombreux samedi.",
                "« Il pleuvait à l'intérieur », a rappelé Hugo Martin, cofondateur et coordinateur du tiers-lieu, sous les applaudissements."));
        assertThat(roles(x)).contains("Hugo Martin / cofondateur / La Canopée", "Hugo Martin / coordinateur / La Canopée");
    }

    @Test
    void two_associations_introduced_leave_the_role_without_organization() {
        Extraction x = extract("Les travaux ont été menés par l'association Les Tisserands avec l'association Vélo Libre.",
                "Le maire a salué un chantier exemplaire.",
                "Paul Girard, conseiller numérique recruté par l'association, accompagne déjà trente habitants.");
        assertThat(roles(x)).contains("Paul Girard / conseiller numérique / null");
    }

    @Test
    void the_federation_is_the_one_organization_the_person_was_tied_to() {
        Extraction x = extract("La conférence, modérée par Élise Caron (Tiers-Lieux Unis), a fait salle comble.",
                "Le lendemain, Élise Caron, présidente de la fédération nationale, a rappelé que la situation était comparable ailleurs.");
        assertThat(roles(x)).contains("Élise Caron / présidente / Tiers-Lieux Unis");
        assertThat(roles(x)).noneMatch(r -> r.endsWith("/ null"));
    }

    @Test
    void a_person_tied_to_two_organizations_keeps_the_generic_role_without_one() {
        Extraction x = extract("La conférence, modérée par Élise Caron (Tiers-Lieux Unis) et Marc Dumas (Cap Numérique), a fait salle comble.",
                "Élise Caron est aussi trésorière de Cap Numérique.",
                "Le lendemain, Élise Caron, présidente de la fédération nationale, a rappelé que la situation était comparable ailleurs.");
        assertThat(roles(x)).contains("Élise Caron / présidente de la fédération nationale / null");
    }
}
