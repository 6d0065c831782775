package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.orgs;
import static org.communskg.importer.extract.ExtractionAssertions.roles;

import org.junit.jupiter.api.Test;

/**
 * A lone capitalised word after "de la", "du" or "de l'" closing a role phrase names a place run as
 * an organization ("co-gérant de la Filature", "président du Phare"); common words, places and
 * kinds that refer back ("de la Région") do not.
 */
class DefiniteNamesTest {
    @Test
    void a_co_manager_of_la_filature() {
        Extraction x = extract("Président : Bastien Rocher, co-gérant de la Filature");
        assertThat(roles(x)).contains("Bastien Rocher / co-gérant / La Filature");
    }

    @Test
    void a_president_du_phare_before_a_comma() {
        Extraction x = extract("Paul Martin, président du Phare, a accueilli les visiteurs.");
        assertThat(roles(x)).contains("Paul Martin / président / Le Phare");
        assertThat(orgs(x)).contains("Le Phare");
    }

    @Test
    void an_elided_name_at_the_end_of_a_caption_keeps_its_reading() {
        Extraction x = extract("De gauche à droite : Julie Morel, animatrice de l'Escale, et Marc Petit.");
        assertThat(roles(x)).contains("Julie Morel / animatrice / Escale");
    }

    @Test
    void a_common_word_or_a_place_is_no_organization() {
        Extraction x = extract("Jean Dupont, responsable de la Communication, et Léa Caron, maire de la Rochelle, ont parlé.");
        assertThat(orgs(x)).isEmpty();
    }

    @Test
    void a_name_that_goes_on_is_not_cut() {
        Extraction x = extract("Paul Martin, président de la Filature solidaire du Jura, a parlé.");
        assertThat(orgs(x)).doesNotContain("La Filature");
    }
}
