package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.english;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.roles;

import org.junit.jupiter.api.Test;

/** Roles said by a verb or a body: board seats, joining as, chaired by, an English organization before a title. */
class MembershipCuesTest {
    @Test
    void board_seats_listed_after_the_verb() {
        Extraction x = extract(MarkdownArticles.withPublisher("Le Courrier du Trégor", "2026-04-02",
                "Réunie samedi, l'assemblée générale de l'association Lannion Numérique Solidaire a renouvelé son conseil d'administration.",
                "Siègent également au conseil d'administration le juriste Marc Tallec, Odile Carhaix (Fondation Océane) et Yann Prigent, doctorant."));
        assertThat(roles(x)).contains("Marc Tallec / membre du conseil d'administration / Lannion Numérique Solidaire",
                "Odile Carhaix / membre du conseil d'administration / Lannion Numérique Solidaire",
                "Yann Prigent / membre du conseil d'administration / Lannion Numérique Solidaire", "Odile Carhaix / null / Fondation Océane");
    }

    @Test
    void joining_an_organization_as_a_role() {
        Extraction x = extract("Il remplace Élise Kerouac, directrice depuis 2019, qui rejoint la Fondation Océane en tant que rapporteure.");
        assertThat(roles(x)).contains("Élise Kerouac / rapporteure / Fondation Océane");
    }

    @Test
    void joining_without_a_role_gives_no_role() {
        Extraction x = extract("Élise Kerouac rejoint la Fondation Océane.");
        assertThat(roles(x)).noneMatch(r -> r.startsWith("Élise Kerouac") && !r.contains("/ null /"));
    }

    @Test
    void a_body_chaired_by_someone() {
        Extraction x = extract("Un comité scientifique, présidé par Hervé Malandain, sociologue, en a validé la méthode.");
        assertThat(roles(x)).contains("Hervé Malandain / président du comité scientifique / null");
    }

    @Test
    void an_organization_chaired_by_someone() {
        Extraction x = extract("Le projet est porté par la Fondation Océane, présidée par Élise Kerouac.");
        assertThat(roles(x)).contains("Élise Kerouac / président / Fondation Océane");
    }

    @Test
    void a_session_chaired_by_someone_gives_no_role() {
        Extraction x = extract("La table ronde, présidée par Élise Kerouac, a duré une heure.");
        assertThat(roles(x)).isEmpty();
    }

    @Test
    void an_english_organization_before_its_officer_title() {
        Extraction x = extract(english("The day was closed by OKF chair Maria Olsen, who thanked the volunteers."));
        assertThat(roles(x)).contains("Maria Olsen / chair / Open Knowledge Foundation");
    }
}
