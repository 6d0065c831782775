package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.roles;

import org.junit.jupiter.api.Test;

/** A SCIC or a Scop is a cooperative: "la coopérative" further on refers back to the article's one SCIC or Scop. */
class LegalFormKindsTest {
    @Test
    void la_cooperative_after_a_scic_named_paragraphs_before() {
        Extraction x = extract("La commune a confié le bâtiment à la SCIC Les Tisserands en 2021.",
                "Les travaux ont duré deux ans.",
                "Paul Roux, co-gérant de la coopérative, a détaillé le chantier.");
        assertThat(roles(x)).anyMatch(r -> r.startsWith("Paul Roux / co-gérant / ") && r.endsWith("Les Tisserands"));
    }

    @Test
    void la_cooperative_after_a_scop() {
        Extraction x = extract("Le site a été conçu par la Scop Atelier Cinq.", "Le chantier a commencé en mai.",
                "Julie Marin, gérante de la coopérative, a présenté le calendrier.");
        assertThat(roles(x)).anyMatch(r -> r.startsWith("Julie Marin / gérante / ") && r.endsWith("Atelier Cinq"));
    }

    @Test
    void two_cooperatives_leave_the_reference_unresolved() {
        Extraction x = extract("Le site a été conçu par la Scop Atelier Cinq avec la coopérative Terres Vives.", "Le chantier a commencé en mai.",
                "Julie Marin, gérante de la coopérative, a présenté le calendrier.");
        assertThat(roles(x)).noneMatch(r -> r.startsWith("Julie Marin") && !r.endsWith("/ null"));
    }
}
