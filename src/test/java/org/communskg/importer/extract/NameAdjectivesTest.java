package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.english;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.orgs;
import static org.communskg.importer.extract.ExtractionAssertions.roles;

import org.junit.jupiter.api.Test;

/**
 * A name introduced by its kind ("le tiers-lieu", "l'association") may end on a lower-case
 * adjective ("La Grange numérique", "Vélos solidaires"), and a demonym may stand between the kind
 * and the name ("l'association doloise X"); a name in parentheses after a person may go on in lower
 * case ("(L'Écho des solidarités)").
 */
class NameAdjectivesTest {
    @Test
    void a_third_place_whose_name_ends_on_an_adjective() {
        Extraction x = extract("Salomé Girard, gérante du tiers-lieu La Forge numérique (Creuse), a témoigné.");
        assertThat(orgs(x)).contains("La Forge numérique").doesNotContain("La Forge");
        assertThat(roles(x)).contains("Salomé Girard / gérante / La Forge numérique");
    }

    @Test
    void an_association_with_a_demonym_before_its_name_and_an_adjective_after() {
        Extraction x = extract("Dès janvier, l'association rennaise Vélos solidaires tiendra deux ateliers par semaine.");
        assertThat(orgs(x)).containsExactly("Vélos solidaires");
    }

    @Test
    void a_cooperative_name_ending_on_an_adjective_before_a_comma() {
        Extraction x = extract("La coopérative Terres nourricières, créée en 2019 à Besançon, compte 40 sociétaires.");
        assertThat(orgs(x)).containsExactly("Terres nourricières");
    }

    @Test
    void a_verb_after_the_name_is_not_part_of_it() {
        Extraction x = extract("Le collectif Data Commune explique que les données doivent rester ouvertes.");
        assertThat(orgs(x)).containsExactly("Data Commune");
    }

    @Test
    void a_participle_after_the_name_is_not_part_of_it() {
        Extraction x = extract("L'association Pixels Ouverts, fondée en 2015, et la fondation Lumen engagée dans le projet.");
        assertThat(orgs(x)).contains("Pixels Ouverts", "Lumen");
    }

    @Test
    void a_newspaper_in_parentheses_going_on_in_lower_case() {
        Extraction x = extract("Animée par la journaliste Claire Besson (Le Courrier des territoires), la table ronde a duré une heure.");
        assertThat(orgs(x)).contains("Le Courrier des territoires");
        assertThat(roles(x)).contains("Claire Besson / journaliste / Le Courrier des territoires");
    }

    @Test
    void an_english_third_place_name_is_read_as_before() {
        Extraction x = extract(english("We visited the makerspace Open Forge in Tampere, run by volunteers."));
        assertThat(orgs(x)).doesNotContain("Open Forge in Tampere");
    }
}
