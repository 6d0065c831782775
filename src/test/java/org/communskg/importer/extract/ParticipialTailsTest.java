package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.roles;

import org.junit.jupiter.api.Test;

/** Tails after role words ("recrutée par …", "depuis la création du réseau") name the organization; they are not part of the role. */
class ParticipialTailsTest {

    @Test
    void recruited_by_the_association_gives_the_article_association() {
        Extraction x = extract("L'association Les Clés du Numérique ouvre un nouvel espace à Quimper.",
                "Ines Barbier, conseillère numérique recrutée par l'association en 2024, anime les ateliers.");
        assertThat(roles(x)).contains("Ines Barbier / conseillère numérique / Les Clés du Numérique");
    }

    @Test
    void recruited_by_a_named_organization_gives_that_organization() {
        Extraction x = extract("Ines Barbier, conseillère numérique recrutée par l'ANCT, anime les ateliers.");
        assertThat(roles(x)).containsExactly("Ines Barbier / conseillère numérique / Agence nationale de la cohésion des territoires");
    }

    @Test
    void recruited_by_an_unknown_referent_keeps_the_role_without_organization() {
        Extraction x = extract("Ines Barbier, conseillère numérique recrutée par la mairie, anime les ateliers.");
        assertThat(roles(x)).containsExactly("Ines Barbier / conseillère numérique / null");
    }

    @Test
    void since_the_creation_of_the_network_gives_the_article_network() {
        Extraction x = extract("Le réseau Tiers-Lieux Ouest fédère quarante lieux.",
                "Maëlle Rivoal, coordinatrice depuis la création du réseau en 2020, présente le bilan.");
        assertThat(roles(x)).containsExactly("Maëlle Rivoal / coordinatrice / Tiers-Lieux Ouest");
    }

    @Test
    void since_the_creation_with_two_networks_keeps_the_role_alone() {
        Extraction x = extract("Le réseau Tiers-Lieux Ouest et le réseau Fablabs Nord ont signé une charte.",
                "Maëlle Rivoal, coordinatrice depuis la création du réseau en 2020, présente le bilan.");
        assertThat(roles(x)).containsExactly("Maëlle Rivoal / coordinatrice / null");
    }
}
