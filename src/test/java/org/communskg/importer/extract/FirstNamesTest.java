package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.persons;

import org.junit.jupiter.api.Test;

/** First names written as initials (invented names). */
class FirstNamesTest {

    @Test
    void initials_match_the_first_letters_of_each_part_in_order() {
        assertThat(FirstNames.compatible("J.-F.", "Jean-François")).isTrue();
        assertThat(FirstNames.compatible("É.", "Élodie")).isTrue();
        assertThat(FirstNames.compatible("F.-J.", "Jean-François")).isFalse();
        assertThat(FirstNames.compatible("Jean", "Jean-François")).as("no initials").isFalse();
    }

    @Test
    void a_person_named_by_initials_in_an_apposition_is_found() {
        assertThat(persons(extract("« Nous réparons ensemble », explique J.-F. Kerbrat, président des Petits Bricoleurs.")))
                .containsExactly("J.-F. Kerbrat");
    }

    @Test
    void initials_after_the_full_name_are_the_same_person() {
        assertThat(persons(extract("Jean-François Kerbrat préside l'association Les Petits Bricoleurs.",
                "« Nous réparons ensemble », ajoute J.-F. Kerbrat."))).containsExactly("Jean-François Kerbrat");
    }

    @Test
    void initials_of_an_interviewer_are_no_person() {
        assertThat(persons(extract("G. L. F. : Nous travaillons avec le centre social."))).isEmpty();
    }

    @Test
    void a_west_african_first_name_opens_a_person_without_a_role_around_it() {
        assertThat(persons(extract("Avec Mariama Konaté et les équipes de la coopérative, nous construisons un module de formation.")))
                .containsExactly("Mariama Konaté");
        assertThat(persons(extract("Y siègent la Scic Ardoise, représentée par sa directrice générale Kadiatou Sow, et le réseau régional.")))
                .containsExactly("Kadiatou Sow");
    }
}
