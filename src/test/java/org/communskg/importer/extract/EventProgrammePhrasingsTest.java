package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.english;
import static org.communskg.importer.extract.ExtractionAssertions.event;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.persons;

import org.junit.jupiter.api.Test;

/**
 * The event-link phrasings that the misses of a dev set by another author brought to light
 * (programme lines, titles framed by schedules, pronoun subjects, header lines), each rewritten as
 * invented sentences. {@link EventLinkPhrasingsTest} holds those written before any such set was read.
 */
class EventProgrammePhrasingsTest {
    private static final String FORUM = "Le Forum des communs ruraux s'est tenu le 12 mai à Vesoul.";

    @Test
    void a_programme_line_opening_on_the_session_noun_names_the_session() {
        var a = org.communskg.importer.FrontMatterParser.parse("t.md", "---\nlanguage: en\n---\n"
                + "The Lumen Foundation is launching a series of webinars.\n\n"
                + "**Session 1 – Thursday 6 November, 12:30 CET: \"Maps for small towns\"**\n"
                + "With Peter Okonkwo and Emily Hart. Chaired by Rachel Dunmore.\n");
        EventFact part = event(extract(a), "Maps for small towns");
        assertThat(part.speakers()).containsExactly("Peter Okonkwo", "Emily Hart");
        assertThat(part.moderator()).isEqualTo("Rachel Dunmore");
    }

    @Test
    void a_title_with_its_event_noun_in_apposition() {
        Extraction x = extract(english("Introducing \"Maps in Practice\", our new webinar series, organised in partnership with the Lumen Foundation."));
        assertThat(event(x, "Maps in Practice").sponsors()).containsExactly("Lumen Foundation");
    }

    @Test
    void a_title_that_was_moderated_is_a_session() {
        Extraction x = extract(english("The Civic Data Summit took place in Ghent on 3 October 2025.",
                "\"Funding maps beyond grants\" was moderated by Rachel Dunmore (Lumen Foundation)."));
        assertThat(event(x, "Funding maps beyond grants").moderator()).isEqualTo("Rachel Dunmore");
    }

    @Test
    void a_quoted_speech_opening_a_sentence_is_no_session() {
        Extraction x = extract(english("The Civic Data Summit took place in Ghent on 3 October 2025.",
                "\"We need maps\", said Rachel Dunmore."));
        assertThat(x.events().get(0).parts()).isEmpty();
    }

    @Test
    void links_of_a_sentence_whose_subject_is_the_event_as_a_pronoun() {
        Extraction x = extract("Plus de 300 personnes ont participé à la cinquième édition des Rencontres des communs ruraux, à Caen. "
                + "Organisées à l'initiative de la Fédération des tiers-lieux normands, elles étaient accueillies par la Région Normandie, "
                + "avec l'appui de la Fondation Kerlann.");
        EventFact e = event(x, "Rencontres des communs ruraux");
        assertThat(e.organizers()).containsExactly("Fédération des tiers-lieux normands", "Région Normandie");
        assertThat(e.sponsors()).containsExactly("Fondation Kerlann");
    }

    @Test
    void a_cleft_sentence_saying_who_opened_the_debates() {
        Extraction x = extract(FORUM, "C'est Yann Quéméner, maire de Vesoul, qui a ouvert les débats.");
        assertThat(event(x, "Forum des communs ruraux").speakers()).containsExactly("Yann Quéméner");
    }

    @Test
    void who_closes_the_day_far_down_the_recap_of_the_only_event_speaks() {
        Extraction x = extract(FORUM, "Un.", "Deux.", "Trois.", "Quatre.", "Cinq.", "Pauline Ardouin a clôturé la journée.");
        assertThat(event(x, "Forum des communs ruraux").speakers()).containsExactly("Pauline Ardouin");
    }

    @Test
    void a_timed_closing_line_of_the_programme() {
        Extraction x = extract(FORUM, "Un.", "Deux.", "Trois.", "Quatre.", "Cinq.", "12 h – Clôture par Pauline Ardouin, maire de Vesoul.");
        assertThat(event(x, "Forum des communs ruraux").speakers()).containsExactly("Pauline Ardouin");
    }

    @Test
    void a_programme_line_of_two_people_in_conversation() {
        Extraction x = extract(english("The Civic Data Summit took place in Ghent on 3 October 2025.",
                "Panel \"Maps for towns\": Peter Okonkwo (Lumen Foundation) in conversation with Emily Hart, who chairs a small cooperative."));
        assertThat(event(x, "Maps for towns").speakers()).containsExactlyInAnyOrder("Peter Okonkwo", "Emily Hart");
    }

    @Test
    void a_title_line_whose_kind_the_next_sentence_tells() {
        Extraction x = extract("Mardi 14 octobre, 11 h – « Les communs après la subvention »\n"
                + "Un webinaire d'une heure animé par Sabine Ferrand, médiatrice. Avec Yann Quéméner, maire de Vesoul, et Pauline Ardouin.");
        EventFact e = event(x, "Les communs après la subvention");
        assertThat(e.moderator()).isEqualTo("Sabine Ferrand");
        assertThat(e.speakers()).containsExactly("Yann Quéméner", "Pauline Ardouin");
    }

    @Test
    void a_title_line_followed_by_something_else_is_no_event() {
        Extraction x = extract("Mardi 14 octobre – « Les communs après la subvention »\nLe texte est en ligne.");
        assertThat(x.events()).isEmpty();
    }

    @Test
    void a_keynote_line_names_its_speaker_not_a_person_called_keynote() {
        Extraction x = extract(FORUM, "9 h 30 – Keynote de Sandrine Obadia, sociologue.",
                "14 h – Plénière « Les communs » avec Léonie de La Roche, directrice du numérique.");
        assertThat(persons(x)).contains("Sandrine Obadia", "Léonie de La Roche");
        assertThat(persons(x)).noneMatch(p -> p.startsWith("Keynote"));
    }

    @Test
    void sponsored_by_an_organization_described_before_its_name() {
        Extraction x = extract(english("The Civic Data Summit took place in Ghent on 3 October 2025. It was sponsored by the cooperative bank Crédit Lumen."));
        assertThat(event(x, "Civic Data Summit").sponsors()).containsExactly("Crédit Lumen");
    }

    @Test
    void a_cycle_of_workshops_is_an_event() {
        Extraction x = extract("L'agglomération propose un cycle de trois Ateliers des données communales, les mardis 18 et 25 novembre.");
        assertThat(x.events()).extracting(EventFact::name).containsExactly("Ateliers des données communales");
    }

    @Test
    void links_of_another_event_told_with_an_indefinite_noun_are_not_the_current_one_s() {
        Extraction x = extract("La Région Normandie propose un cycle de trois Ateliers des données communales, les mardis 18 et 25 novembre.",
                "Pauline Ardouin présentera le guide lors d'un webinaire organisé par la Fondation Kerlann.");
        assertThat(event(x, "Ateliers des données communales").organizers()).doesNotContain("Fondation Kerlann");
    }

    @Test
    void who_we_organize_with_organizes_too() {
        Extraction x = extract("Le 1er décembre, nous organisons avec le Collectif Ouvrons la première Fête des communs du quartier, "
                + "grâce au soutien de la Fondation Kerlann.");
        EventFact e = event(x, "Fête des communs du quartier");
        assertThat(e.organizers()).containsExactly("Collectif Ouvrons");
        assertThat(e.sponsors()).containsExactly("Fondation Kerlann");
    }

    @Test
    void a_surname_with_a_capital_n_apostrophe_is_one_word() {
        Extraction x = extract(FORUM, "La table ronde « Qui finance les lieux ? » était animée par Camille N'Diaye. N'oubliez pas de vous inscrire.");
        assertThat(event(x, "Qui finance les lieux ?").moderator()).isEqualTo("Camille N'Diaye");
    }

    @Test
    void organizers_and_partners_lines_of_a_programme() {
        Extraction x = extract("Le Forum des communs solidaires aura lieu le 3 juin à Rennes.\n"
                + "Organisateurs : Fondation Kerlann, Collectif Ouvrons\nPartenaires : Région Bretagne");
        EventFact e = event(x, "Forum des communs solidaires");
        assertThat(e.organizers()).containsExactly("Fondation Kerlann", "Collectif Ouvrons");
        assertThat(e.sponsors()).containsExactly("Région Bretagne");
    }

    @Test
    void a_joint_initiative_and_a_sponsorship() {
        Extraction x = extract("À l'initiative conjointe de la Fondation Kerlann et du Collectif Ouvrons, le Forum des communs solidaires, "
                + "parrainé par la Région Bretagne, s'est tenu le 3 juin à Rennes.");
        EventFact e = event(x, "Forum des communs solidaires");
        assertThat(e.organizers()).containsExactly("Fondation Kerlann", "Collectif Ouvrons");
        assertThat(e.sponsors()).containsExactly("Région Bretagne");
    }

    @Test
    void a_round_table_gathering_people_or_their_interventions() {
        Extraction x = extract(FORUM, "La table ronde « Qui finance les lieux ? », réunissant Yann Quéméner et Pauline Ardouin, a fait salle comble.");
        assertThat(event(x, "Qui finance les lieux ?").speakers()).containsExactly("Yann Quéméner", "Pauline Ardouin");
        Extraction y = extract(FORUM, "Le débat « Qui finance les lieux ? » a permis d'entendre les interventions de Yann Quéméner et de Pauline Ardouin.");
        assertThat(event(y, "Qui finance les lieux ?").speakers()).containsExactly("Yann Quéméner", "Pauline Ardouin");
    }
}
