package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.roles;

import org.junit.jupiter.api.Test;

/** Roles whose organization is given apart from the role words: in parentheses, distributed, shared. */
class RoleAffiliationPhrasingsTest {
    @Test
    void respectively_inside_parentheses_distributes_the_roles() {
        Extraction x = extract("L'Observatoire des données locales publie son étude. L'étude a été menée par Lucas Ferrier et Inès Maury "
                + "(respectivement responsable des études et chargée de mission de l'Observatoire).");
        assertThat(roles(x)).contains("Lucas Ferrier / responsable des études / Observatoire des données locales",
                "Inès Maury / chargée de mission / Observatoire des données locales");
    }

    @Test
    void a_role_before_the_name_takes_the_organization_in_parentheses() {
        Extraction x = extract("La soirée, animée par le journaliste Bruno Canet (Fondation Océane), réunira deux invités.");
        assertThat(roles(x)).containsExactly("Bruno Canet / journaliste / Fondation Océane");
    }

    @Test
    void an_elected_office_keeps_its_place_apart_from_a_party() {
        Extraction x = extract("La députée Irène Valette (Fédération Lumen) a pris la parole.");
        assertThat(roles(x)).contains("Irène Valette / députée / null", "Irène Valette / null / Fédération Lumen");
    }

    @Test
    void parentheses_after_the_second_name_of_a_comma_list_are_its_own() {
        Extraction x = extract("Siègent aussi au conseil la juriste Léna Morvan, Yves Tallec (Fondation Océane), et Paul Riou.");
        assertThat(roles(x)).contains("Yves Tallec / null / Fondation Océane");
        assertThat(roles(x)).noneMatch(r -> r.startsWith("Léna Morvan") && r.endsWith("Fondation Océane"));
    }

    @Test
    void parentheses_after_two_names_joined_by_et_are_shared() {
        Extraction x = extract("Étaient présents Léna Morvan et Yves Tallec (Fondation Océane).");
        assertThat(roles(x)).contains("Léna Morvan / null / Fondation Océane", "Yves Tallec / null / Fondation Océane");
    }
}
