package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.english;
import static org.communskg.importer.extract.ExtractionAssertions.event;
import static org.communskg.importer.extract.ExtractionAssertions.extract;

import org.junit.jupiter.api.Test;

/**
 * One test per way a news article says who organized, supported, moderated or spoke at an event,
 * in French and English, with invented names. Written before the rules, from the phrasings of
 * recaps and programmes, to measure what the extractor reads beyond the articles it was tuned on.
 */
class EventLinkPhrasingsTest {
    private static final String FORUM = "Le Forum des communs ruraux s'est tenu le 12 mai à Vesoul.";

    // ---- organizers

    @Test
    void at_the_initiative_of_an_organization_it_organizes() {
        Extraction x = extract("À l'initiative de la Fédération des tiers-lieux normands, les Rencontres des communs ruraux "
                + "se sont tenues le 3 juin à Caen.");
        assertThat(event(x, "Rencontres des communs ruraux").organizers()).containsExactly("Fédération des tiers-lieux normands");
    }

    @Test
    void co_organized_by_two_organizations() {
        Extraction x = extract("Le Forum des communs solidaires, co-organisé par la Fondation Kerlann et le Collectif Ouvrons, "
                + "s'est tenu le 3 juin à Rennes.");
        assertThat(event(x, "Forum des communs solidaires").organizers()).containsExactly("Fondation Kerlann", "Collectif Ouvrons");
    }

    @Test
    void carried_by_an_association_it_organizes() {
        Extraction x = extract("Porté par l'Association des tiers-lieux angevins, le Festival des communs numériques a réuni 300 personnes à Angers.");
        assertThat(event(x, "Festival des communs numériques").organizers()).containsExactly("Association des tiers-lieux angevins");
    }

    @Test
    void partners_are_supporters() {
        Extraction x = extract("Le Forum des communs solidaires s'est tenu le 3 juin à Rennes, en partenariat avec la Fondation Kerlann.");
        assertThat(event(x, "Forum des communs solidaires").sponsors()).containsExactly("Fondation Kerlann");
    }

    @Test
    void under_the_aegis_of_an_organization_it_organizes() {
        Extraction x = extract("Placées sous l'égide de l'Agence nationale des communs, les Rencontres des données ouvertes "
                + "se sont déroulées le 8 avril à Dijon.");
        assertThat(event(x, "Rencontres des données ouvertes").organizers()).containsExactly("Agence nationale des communs");
    }

    @Test
    void at_the_invitation_of_an_organization_it_organizes() {
        Extraction x = extract("À l'invitation du Réseau des fablabs bretons, les Rencontres des makers se sont tenues le 4 avril à Brest.");
        assertThat(event(x, "Rencontres des makers").organizers()).containsExactly("Réseau des fablabs bretons");
    }

    @Test
    void hosted_by_an_organization_in_french_it_organizes() {
        Extraction x = extract("Le Forum des communs solidaires, accueilli par la Fondation Kerlann, s'est tenu le 3 juin à Rennes.");
        assertThat(event(x, "Forum des communs solidaires").organizers()).containsExactly("Fondation Kerlann");
    }

    @Test
    void co_organized_with_an_organization_both_organize() {
        Extraction x = extract("La Fédération des tiers-lieux normands a coorganisé avec la Région Normandie "
                + "les Rencontres des communs ruraux, le 3 juin à Caen.");
        assertThat(event(x, "Rencontres des communs ruraux").organizers())
                .containsExactlyInAnyOrder("Fédération des tiers-lieux normands", "Région Normandie");
    }

    // ---- supporters

    @Test
    void with_the_help_or_backing_of_an_organization_it_supports() {
        Extraction x = extract("Les Rencontres des communs ruraux se sont tenues le 3 juin à Caen, avec le concours de la Région Normandie "
                + "et avec l'appui de la Fondation Kerlann.");
        assertThat(event(x, "Rencontres des communs ruraux").sponsors()).containsExactly("Région Normandie", "Fondation Kerlann");
    }

    @Test
    void thanks_to_the_support_of_an_organization_it_supports() {
        Extraction x = extract("Les Rencontres des communs ruraux se sont tenues le 3 juin à Caen grâce au soutien de la Fondation Kerlann.");
        assertThat(event(x, "Rencontres des communs ruraux").sponsors()).containsExactly("Fondation Kerlann");
    }

    @Test
    void financially_supported_or_funded_by_an_organization() {
        Extraction x = extract("Soutenues financièrement par la Région Normandie et financées par la Fondation Kerlann, "
                + "les Rencontres des communs ruraux se sont tenues le 3 juin à Caen.");
        assertThat(event(x, "Rencontres des communs ruraux").sponsors()).containsExactly("Région Normandie", "Fondation Kerlann");
    }

    @Test
    void a_patron_of_the_event_supports_it() {
        Extraction x = extract("Les Rencontres des communs ruraux se sont tenues le 3 juin à Caen. "
                + "La Fondation Kerlann, mécène de l'événement, a pris en charge les déplacements.");
        assertThat(event(x, "Rencontres des communs ruraux").sponsors()).containsExactly("Fondation Kerlann");
    }

    // ---- moderators

    @Test
    void a_session_under_the_lead_of_a_journalist_is_moderated_by_her() {
        Extraction x = extract(FORUM, "La table ronde « Qui finance les lieux ? » s'est déroulée sous la houlette de la journaliste Sabine Ferrand.");
        assertThat(event(x, "Qui finance les lieux ?").moderator()).isEqualTo("Sabine Ferrand");
    }

    @Test
    void the_moderation_was_provided_by_someone() {
        Extraction x = extract(FORUM, "La table ronde « Qui finance les lieux ? » a réuni trois élus. La modération était assurée par Sabine Ferrand.");
        assertThat(event(x, "Qui finance les lieux ?").moderator()).isEqualTo("Sabine Ferrand");
    }

    @Test
    void moderation_colon_in_a_programme() {
        Extraction x = extract(FORUM, "Table ronde « Qui finance les lieux ? ». Modération : Sabine Ferrand.");
        assertThat(event(x, "Qui finance les lieux ?").moderator()).isEqualTo("Sabine Ferrand");
    }

    @Test
    void a_session_presented_or_orchestrated_by_someone() {
        Extraction x = extract(FORUM, "La table ronde « Qui finance les lieux ? », présentée par Sabine Ferrand, a fait salle comble.");
        assertThat(event(x, "Qui finance les lieux ?").moderator()).isEqualTo("Sabine Ferrand");
        Extraction y = extract(FORUM, "Le débat « Qui finance les lieux ? », orchestré par Sabine Ferrand, a fait salle comble.");
        assertThat(event(y, "Qui finance les lieux ?").moderator()).isEqualTo("Sabine Ferrand");
    }

    @Test
    void an_inclusive_animated_by() {
        Extraction x = extract(FORUM, "La table ronde « Qui finance les lieux ? », animée·e par Camille Ferrand, a fait salle comble.");
        assertThat(event(x, "Qui finance les lieux ?").moderator()).isEqualTo("Camille Ferrand");
    }

    // ---- speakers

    @Test
    void took_the_floor_or_intervened() {
        Extraction x = extract(FORUM, "Lors de la table ronde « Qui finance les lieux ? », sont intervenus Yann Quéméner, Pauline Ardouin et Karim Benali.");
        assertThat(event(x, "Qui finance les lieux ?").speakers()).containsExactly("Yann Quéméner", "Pauline Ardouin", "Karim Benali");
        Extraction y = extract(FORUM, "Lors de la table ronde « Qui finance les lieux ? », Yann Quéméner et Pauline Ardouin ont pris la parole.");
        assertThat(event(y, "Qui finance les lieux ?").speakers()).containsExactly("Yann Quéméner", "Pauline Ardouin");
    }

    @Test
    void who_opened_or_closed_the_debates_speaks() {
        Extraction x = extract(FORUM, "Yann Quéméner, maire de Vesoul, a ouvert les débats. Pauline Ardouin a clôturé la journée.");
        assertThat(event(x, "Forum des communs ruraux").speakers()).containsExactly("Yann Quéméner", "Pauline Ardouin");
    }

    @Test
    void a_keynote_by_someone() {
        Extraction x = extract(FORUM, "La journée s'est ouverte par une keynote de Pauline Ardouin, chercheuse à l'Université de Caen.");
        assertThat(event(x, "Forum des communs ruraux").speakers()).containsExactly("Pauline Ardouin");
    }

    @Test
    void a_round_table_around_several_people() {
        Extraction x = extract(FORUM, "La table ronde « Qui finance les lieux ? » s'est tenue autour de Yann Quéméner, Pauline Ardouin et Karim Benali.");
        assertThat(event(x, "Qui finance les lieux ?").speakers()).containsExactly("Yann Quéméner", "Pauline Ardouin", "Karim Benali");
    }

    @Test
    void a_debate_that_gathered_people_of_organizations() {
        Extraction x = extract(FORUM, "Le débat « Qui finance les lieux ? » réunissait Yann Quéméner (Fondation Kerlann) et Pauline Ardouin (Collectif Ouvrons).");
        assertThat(event(x, "Qui finance les lieux ?").speakers()).containsExactly("Yann Quéméner", "Pauline Ardouin");
    }

    @Test
    void a_bulleted_list_of_speakers_under_a_round_table_heading() {
        Extraction x = extract(FORUM, "## Table ronde « Qui finance les lieux ? »", "Intervenant·es :",
                "- Yann Quéméner, maire de Vesoul\n- Pauline Ardouin, coordinatrice de Rouages");
        assertThat(event(x, "Qui finance les lieux ?").speakers()).containsExactly("Yann Quéméner", "Pauline Ardouin");
        Extraction y = extract(FORUM, "## Table ronde « Qui finance les lieux ? »", "Avec :",
                "- Yann Quéméner, maire de Vesoul\n- Pauline Ardouin, coordinatrice de Rouages");
        assertThat(event(y, "Qui finance les lieux ?").speakers()).containsExactly("Yann Quéméner", "Pauline Ardouin");
    }

    @Test
    void a_programme_line_with_speakers_and_moderation() {
        Extraction x = extract(FORUM, "10h – Table ronde « Qui finance les lieux ? » avec Yann Quéméner, Pauline Ardouin ; modération : Sabine Ferrand");
        EventFact part = event(x, "Qui finance les lieux ?");
        assertThat(part.speakers()).containsExactly("Yann Quéméner", "Pauline Ardouin");
        assertThat(part.moderator()).isEqualTo("Sabine Ferrand");
    }

    @Test
    void who_came_to_present_or_was_given_the_floor_speaks() {
        Extraction x = extract(FORUM, "La table ronde « Qui finance les lieux ? » était animée par Sabine Ferrand. "
                + "Yann Quéméner est venu présenter le fonds régional. La parole a ensuite été donnée à Pauline Ardouin.");
        assertThat(event(x, "Qui finance les lieux ?").speakers()).containsExactly("Yann Quéméner", "Pauline Ardouin");
    }

    // ---- English

    @Test
    void english_hosted_organised_and_co_organized_with() {
        Extraction x = extract(english("The Civic Data Summit, hosted by the Lumen Foundation and organised by the Open Knowledge Network, "
                + "took place in Ghent on 3 October 2025."));
        assertThat(event(x, "Civic Data Summit").organizers()).containsExactly("Lumen Foundation", "Open Knowledge Network");
        Extraction y = extract(english("The Lumen Foundation co-organized the Civic Data Summit with the Open Knowledge Network, "
                + "in Ghent on 3 October 2025."));
        assertThat(event(y, "Civic Data Summit").organizers()).containsExactlyInAnyOrder("Lumen Foundation", "Open Knowledge Network");
    }

    @Test
    void english_with_support_from_and_sponsored_by() {
        Extraction x = extract(english("The Civic Data Summit took place in Ghent on 3 October 2025 with support from the Lumen Foundation. "
                + "It was sponsored by the Open Knowledge Network."));
        assertThat(event(x, "Civic Data Summit").sponsors()).containsExactly("Lumen Foundation", "Open Knowledge Network");
    }

    @Test
    void english_chaired_or_moderated_by() {
        Extraction x = extract(english("The Civic Data Summit took place in Ghent on 3 October 2025.",
                "The panel \"Data for cities\", chaired by Rachel Dunmore, was well attended."));
        assertThat(event(x, "Data for cities").moderator()).isEqualTo("Rachel Dunmore");
        Extraction y = extract(english("The Civic Data Summit took place in Ghent on 3 October 2025.",
                "The panel \"Data for cities\" was moderated by Rachel Dunmore."));
        assertThat(event(y, "Data for cities").moderator()).isEqualTo("Rachel Dunmore");
    }

    @Test
    void english_panelists_included_and_speakers_colon() {
        Extraction x = extract(english("The Civic Data Summit took place in Ghent on 3 October 2025.",
                "The panel \"Data for cities\" was lively. Panelists included Peter Okonkwo and Emily Hart."));
        assertThat(event(x, "Data for cities").speakers()).containsExactly("Peter Okonkwo", "Emily Hart");
        Extraction y = extract(english("The Civic Data Summit took place in Ghent on 3 October 2025.",
                "Panel \"Data for cities\". Speakers: Peter Okonkwo, Emily Hart."));
        assertThat(event(y, "Data for cities").speakers()).containsExactly("Peter Okonkwo", "Emily Hart");
    }

    @Test
    void english_opening_keynote_by() {
        Extraction x = extract(english("The Civic Data Summit took place in Ghent on 3 October 2025, with an opening keynote by Sarah Whitfield."));
        assertThat(event(x, "Civic Data Summit").speakers()).containsExactly("Sarah Whitfield");
    }

    // ---- precision guards

    @Test
    void a_person_at_the_initiative_of_something_else_is_no_organizer() {
        Extraction x = extract(FORUM, "La Fondation Kerlann, à l'initiative d'un fonds pour les tiers-lieux, n'était pas représentée.");
        assertThat(event(x, "Forum des communs ruraux").organizers()).isEmpty();
    }

    @Test
    void an_aegis_far_from_any_event_says_nothing() {
        Extraction x = extract("La Fondation Kerlann agit sous l'égide de la Fondation de France.");
        assertThat(x.events()).isEmpty();
    }

    @Test
    void a_collective_gathering_people_near_an_event_makes_no_speakers() {
        Extraction x = extract(FORUM, "Le collectif Ouvrons, rassemblant Yann Quéméner et Pauline Ardouin, prépare un guide.");
        assertThat(event(x, "Forum des communs ruraux").speakers()).isEmpty();
    }
}
