package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.english;
import static org.communskg.importer.extract.ExtractionAssertions.event;
import static org.communskg.importer.extract.ExtractionAssertions.extract;

import org.junit.jupiter.api.Test;

/**
 * An assembly of any organization and the opening of any place, whatever the shape of the phrase:
 * a proper name or an acronym instead of a kind noun, the holder as subject, another tense, the
 * date before or after, English.
 */
class HeldEventsTest {
    @Test
    void the_general_assembly_of_a_proper_name_is_organized_by_it() {
        Extraction x = extract("L'association La Bobine fédère les tiers-lieux du Lot.",
                "Réunie le 3 mars à Figeac, l'assemblée générale de La Bobine a rassemblé 40 structures adhérentes.");
        assertThat(event(x, "Assemblée générale de La Bobine").organizers()).containsExactly("La Bobine");
    }

    @Test
    void the_ag_of_an_acronym_held_on_a_date_is_organized_by_it() {
        Extraction x = extract("Le Réseau des Fabriques Ouvertes (RFO) compte 80 lieux.",
                "L'AG du RFO s'est tenue le 12 juin 2026 à Tulle.");
        assertThat(event(x, "Assemblée générale du Réseau des Fabriques Ouvertes").organizers())
                .containsExactly("Réseau des Fabriques Ouvertes");
    }

    @Test
    void an_organization_that_held_its_assembly_organized_it() {
        Extraction x = extract("Samedi 14 février, la Coopérative Pixels Partagés a tenu son assemblée générale annuelle à Albi.");
        assertThat(event(x, "Assemblée générale de Coopérative Pixels Partagés").organizers())
                .containsExactly("Coopérative Pixels Partagés");
    }

    @Test
    void an_english_annual_general_meeting_is_organized_by_its_holder() {
        Extraction x = extract(english("The Open Streets Foundation's annual general meeting took place in Ghent on 4 May 2025."));
        assertThat(event(x, "Annual general meeting of Open Streets Foundation").organizers()).containsExactly("Open Streets Foundation");
    }

    @Test
    void an_assembly_in_the_future_without_date_or_cue_is_no_event() {
        Extraction x = extract("L'assemblée générale de La Bobine est un moment important pour ses adhérents.");
        assertThat(x.events()).isEmpty();
    }

    @Test
    void a_place_officially_inaugurated_on_a_date_names_the_inauguration() {
        Extraction x = extract("Samedi 26 septembre, le tiers-lieu la Tannerie a été officiellement inauguré à Serrières.");
        assertThat(event(x, "Inauguration de la Tannerie").date()).isEqualTo("--09-26");
    }

    @Test
    void those_who_inaugurated_a_place_name_its_inauguration() {
        Extraction x = extract("Le maire et la présidente de la communauté de communes ont inauguré samedi le Moulin Numérique, à Arbois.");
        assertThat(x.events()).extracting(EventFact::name).contains("Inauguration du Moulin Numérique");
    }

    @Test
    void the_inauguration_of_a_capitalized_place_is_an_event() {
        Extraction x = extract("Lors de l'inauguration de la Tannerie, le 4 avril, plus de 300 habitants se sont pressés dans la cour.");
        assertThat(event(x, "Inauguration de la Tannerie").date()).isEqualTo("--04-04");
    }

    @Test
    void a_place_to_be_inaugurated_without_date_or_cue_is_no_event() {
        Extraction x = extract("L'association La Bobine fédère les tiers-lieux du Lot.", "On parle beaucoup de l'inauguration de la Tannerie dans le village.");
        assertThat(x.events()).isEmpty();
    }
}
