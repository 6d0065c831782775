package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.roles;

import org.junit.jupiter.api.Test;

/** An acronym or a known organization closing a role phrase is its organization, even past a name inside the role words. */
class RoleClosingOrgTest {

    @Test
    void acronym_after_a_programme_name_is_the_organization() {
        Extraction x = extract("Karim Benslama, responsable du programme Communs solidaires à l'ANCT, a présenté le dispositif.");
        assertThat(roles(x)).containsExactly(
                "Karim Benslama / responsable du programme Communs solidaires / Agence nationale de la cohésion des territoires");
    }

    @Test
    void an_unknown_name_closing_the_phrase_is_not_taken() {
        Extraction x = extract("Odile Marchal, cheffe du projet Terres Vives à la Maison Orvelle, a présenté le bilan.");
        assertThat(roles(x)).noneMatch(r -> r.endsWith("/ Maison Orvelle") && r.contains("Terres Vives /"));
    }

    @Test
    void an_acronym_not_at_the_end_of_the_phrase_is_not_taken() {
        Extraction x = extract("Paul Vernier, responsable Grands Comptes de l'ANCT pour la Bretagne, était là.");
        assertThat(roles(x)).noneMatch(r -> r.startsWith("Paul Vernier / responsable Grands Comptes /"));
    }
}
