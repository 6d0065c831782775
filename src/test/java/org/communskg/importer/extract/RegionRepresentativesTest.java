package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.roles;

import org.junit.jupiter.api.Test;

/**
 * An elected delegate who represents "la Région" holds the office at the article's one Région:
 * "Venu représenter la Région, X, élu délégué au numérique", "Au nom de la Région, X, vice-présidente
 * déléguée aux mobilités", "Représentant la Région, X, conseiller délégué".
 */
class RegionRepresentativesTest {
    private static final String CONTEXT = "Le tiers-lieu de Morvillars, en Bourgogne-Franche-Comté, a ouvert ses portes.";

    @Test
    void a_delegate_who_came_to_represent_the_region() {
        Extraction x = extract(CONTEXT, "Venu représenter la Région, Marc Lenoir, élu délégué au numérique, a salué le projet.");
        assertThat(roles(x)).anyMatch(r -> r.startsWith("Marc Lenoir / ") && r.contains("délégué au numérique")
                && r.endsWith("/ Région Bourgogne-Franche-Comté"));
    }

    @Test
    void a_vice_president_speaking_in_the_name_of_the_region() {
        Extraction x = extract(CONTEXT, "Au nom de la Région, Anne Colin, vice-présidente déléguée aux mobilités, a coupé le ruban.");
        assertThat(roles(x)).contains("Anne Colin / vice-présidente déléguée aux mobilités / Région Bourgogne-Franche-Comté");
    }

    @Test
    void a_delegate_representing_the_region_after_the_name() {
        Extraction x = extract(CONTEXT, "Paul Girard, conseiller délégué aux tiers-lieux, représentait la Région.");
        assertThat(roles(x)).contains("Paul Girard / conseiller délégué aux tiers-lieux / Région Bourgogne-Franche-Comté");
    }

    @Test
    void a_delegate_without_the_region_in_the_sentence_keeps_no_organization() {
        Extraction x = extract(CONTEXT, "Marc Lenoir, élu délégué au numérique, a salué le projet.");
        assertThat(roles(x)).noneMatch(r -> r.startsWith("Marc Lenoir") && r.endsWith("Région Bourgogne-Franche-Comté"));
    }

    @Test
    void two_regions_named_leave_no_organization() {
        Extraction x = extract(CONTEXT + " Un lieu jumeau existe en Occitanie.",
                "Venu représenter la Région, Marc Lenoir, élu délégué au numérique, a salué le projet.");
        assertThat(roles(x)).noneMatch(r -> r.startsWith("Marc Lenoir") && r.contains("Région"));
    }
}
