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
        assertThat(event(x, "Assemblée générale du RFO").organizers())
                .containsExactly("Réseau des Fabriques Ouvertes");
    }

    @Test
    void an_organization_that_held_its_assembly_organized_it() {
        Extraction x = extract("Samedi 14 février, la Coopérative Pixels Partagés a tenu son assemblée générale annuelle à Albi.");
        assertThat(event(x, "Assemblée générale de la Coopérative Pixels Partagés").organizers())
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

    @Test
    void a_morning_presenting_a_study_is_named_after_its_quoted_title() {
        Extraction x = extract("Financée par la Région, l'étude « Lieux en partage » sera présentée lors d'une matinée de restitution le 3 février à Tours.");
        EventFact morning = event(x, "Matinée de restitution de l'étude « Lieux en partage »");
        assertThat(morning.date()).isEqualTo("--02-03");
        assertThat(morning.sponsors()).isEmpty(); // the Région funded the study
    }

    @Test
    void a_restitution_of_the_study_named_earlier_takes_its_title() {
        Extraction x = extract("Présentée mardi, l'enquête « Numérique et ruralité » a interrogé 300 communes.",
                "Ils étaient 80, mardi 9 mars, pour la matinée de restitution de l'enquête commandée par le département.");
        assertThat(x.events()).extracting(EventFact::name).contains("Matinée de restitution de l'enquête « Numérique et ruralité »");
    }

    @Test
    void an_information_webinar_is_named_after_the_call_by_its_shortest_name() {
        Extraction x = extract("Appel à manifestation d'intérêt « Tiers-lieux nourriciers » : candidatures ouvertes",
                "L'AMI « Tiers-lieux nourriciers » est ouvert jusqu'au 30 janvier.",
                "Il s'appuie sur l'étude « Manger local » parue en 2025.",
                "Un webinaire d'information se tiendra le 8 décembre à 10 heures.");
        assertThat(x.events()).extracting(EventFact::name).contains("Webinaire d'information de l'AMI « Tiers-lieux nourriciers »");
    }

    @Test
    void a_presentation_webinar_takes_the_title_given_before_its_noun() {
        Extraction x = extract("La coopérative Rézo lance « Cartes communes », un programme d'accompagnement des communes rurales.",
                "Un webinaire de présentation aura lieu le 2 juin 2026 à 14 h.");
        assertThat(x.events()).extracting(EventFact::name).contains("Webinaire de présentation du programme « Cartes communes »");
    }

    @Test
    void a_presentation_of_something_else_takes_no_title() {
        Extraction x = extract("L'étude « Lieux en partage » est parue.", "Une matinée de restitution des ateliers aura lieu le 3 février.");
        assertThat(x.events()).extracting(EventFact::name).noneMatch(n -> n.contains("Lieux en partage"));
    }

    @Test
    void two_titles_leave_the_webinar_unnamed() {
        Extraction x = extract("L'étude « Lieux en partage » et le guide « Ouvrir ses données » sont parus.",
                "Un webinaire de présentation aura lieu le 2 juin 2026.");
        assertThat(x.events()).extracting(EventFact::name).noneMatch(n -> n.startsWith("Webinaire"));
    }

    @Test
    void those_named_with_avec_after_the_webinar_take_part() {
        Extraction x = extract("La coopérative Rézo lance « Cartes communes », un programme d'accompagnement des communes rurales.",
                "Un webinaire de présentation se tiendra le 2 juin 2026 à 14 h, avec Jeanne Morvan, Karim Belhadj et Sofia Lind.");
        assertThat(event(x, "Webinaire de présentation du programme « Cartes communes »").speakers())
                .containsExactlyInAnyOrder("Jeanne Morvan", "Karim Belhadj", "Sofia Lind");
    }

    @Test
    void the_organization_one_comes_for_takes_part_too() {
        Extraction x = extract("L'AMI « Tiers-lieux nourriciers » est ouvert jusqu'au 30 janvier.",
                "Un webinaire d'information aura lieu le 8 décembre, animé par Léa Girard, avec Paul Tanguy pour la coopérative Terres Vives.");
        EventFact webinar = event(x, "Webinaire d'information de l'AMI « Tiers-lieux nourriciers »");
        assertThat(webinar.speakers()).contains("Paul Tanguy");
        assertThat(webinar.participants()).contains("Terres Vives");
    }

    @Test
    void support_given_with_avec_is_no_attendance() {
        Extraction x = extract("L'étude « Lieux en partage » est parue.",
                "Une matinée de restitution aura lieu le 3 février à Tours, avec le soutien de la Fondation Terres Vives.");
        EventFact morning = event(x, "Matinée de restitution de l'étude « Lieux en partage »");
        assertThat(morning.speakers()).isEmpty();
        assertThat(morning.participants()).isEmpty();
    }

    @Test
    void those_left_to_right_in_an_inauguration_caption_attended_it() {
        Extraction x = extract("Samedi 26 septembre, le tiers-lieu la Tannerie a été officiellement inauguré à Serrières.",
                "De gauche à droite : Jeanne Le Gall, maire de Serrières, et Paul Morvan, co-gérant de la Tannerie.");
        assertThat(event(x, "Inauguration de la Tannerie").participants()).containsExactlyInAnyOrder("Jeanne Le Gall", "Paul Morvan");
    }

    @Test
    void a_caption_without_an_inauguration_links_nobody() {
        Extraction x = extract("L'association La Bobine fédère les tiers-lieux du Lot.",
                "Réunie le 3 mars à Figeac, l'assemblée générale de La Bobine a rassemblé 40 structures adhérentes.",
                "De gauche à droite : Jeanne Le Gall et Paul Morvan.");
        assertThat(event(x, "Assemblée générale de La Bobine").participants()).isEmpty();
    }

    @Test
    void a_dated_meeting_announced_before_its_theme_is_named_by_the_theme() {
        Extraction x = extract("Le prochain rendez-vous de notre cycle aura lieu le 12 novembre, de 12 h 30 à 13 h 30.",
                "Thème : « Ouvrir les données de sa commune : par où commencer ? ».");
        assertThat(x.events()).extracting(EventFact::name).contains("Ouvrir les données de sa commune : par où commencer ?");
    }

    @Test
    void a_webinar_on_a_theme_in_the_same_sentence_is_named_by_it() {
        Extraction x = extract("Un webinaire se tiendra le 4 mars 2026 sur le thème « Licences libres et collectivités ».");
        assertThat(x.events()).extracting(EventFact::name).contains("Licences libres et collectivités");
    }

    @Test
    void a_theme_without_a_dated_gathering_is_no_event() {
        Extraction x = extract("Le réseau a choisi un fil rouge pour l'année.", "Thème : « Ouvrir les données de sa commune ».");
        assertThat(x.events()).isEmpty();
    }
}
