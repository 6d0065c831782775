package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.event;
import static org.communskg.importer.extract.ExtractionAssertions.extract;

import java.util.List;
import org.communskg.importer.Article;
import org.junit.jupiter.api.Test;

/** Who organized, supported, spoke at or attended an event: phrasings seen in recaps, with invented names. */
class EventLinkPatternsTest {

    private static Article english(String... paragraphs) {
        return new Article("t", null, null, null, "2025-10-02", "en", null, List.of(paragraphs));
    }

    @Test
    void speakers_in_the_same_paragraph_after_a_moderated_round_table() {
        Extraction x = extract("Le Forum des communs ruraux s'est tenu le 12 mai à Vesoul.",
                "La table ronde « Qui finance les lieux ? » — animée par la journaliste Sabine Ferrand — a été très suivie. "
                        + "Yann Quéméner, maire de Saint-Loup-sur-Ognon, a défendu le rôle des communes. "
                        + "Pauline Ardouin, coordinatrice de l'association Rouages, a décrit ses montages financiers.");
        EventFact part = event(x, "Qui finance les lieux ?");
        assertThat(part.moderator()).isEqualTo("Sabine Ferrand");
        assertThat(part.speakers()).containsExactly("Yann Quéméner", "Pauline Ardouin");
    }

    @Test
    void people_quoted_before_the_round_table_is_named_are_not_its_speakers() {
        Extraction x = extract("Le Forum des communs ruraux s'est tenu le 12 mai à Vesoul.",
                "Yann Quéméner a d'abord rappelé le contexte. La table ronde « Qui finance les lieux ? » était animée par Sabine Ferrand.");
        assertThat(event(x, "Qui finance les lieux ?").speakers()).isEmpty();
    }

    @Test
    void a_speaker_introduced_by_title_before_the_name() {
        Extraction x = extract("Le Forum des communs ruraux s'est tenu le 12 mai à Vesoul.",
                "La table ronde « Mutualiser » était modérée par Sabine Ferrand. "
                        + "La directrice générale de l'Agence bretonne des communs (ABC), Nolwenn Le Gall, a présenté le socle mutualisé.",
                "Mathilde Roussel a quant à elle raconté la genèse du projet.");
        assertThat(event(x, "Mutualiser").speakers()).containsExactly("Nolwenn Le Gall", "Mathilde Roussel");
    }

    @Test
    void a_title_before_the_name_that_is_not_a_role_does_not_make_a_speaker() {
        Extraction x = extract("Le Forum des communs ruraux s'est tenu le 12 mai à Vesoul.",
                "La table ronde « Mutualiser » était modérée par Sabine Ferrand. Le livre de Nolwenn Le Gall a été présenté en fin de séance.");
        assertThat(event(x, "Mutualiser").speakers()).isEmpty();
    }

    @Test
    void english_keynote_delivered_by_the_subject() {
        Extraction x = extract(english("The Open Data Days took place in Ghent on 3 and 4 October 2025.",
                "Opening the first day, Sarah Whitfield, research lead at the Data Trust Institute, delivered a keynote titled \"Commons after the grant\"."));
        assertThat(event(x, "Commons after the grant").speakers()).containsExactly("Sarah Whitfield");
    }

    @Test
    void french_conference_given_by_the_subject_but_not_when_two_names_compete() {
        Extraction x = extract("Le Forum des communs ruraux s'est tenu le 12 mai à Vesoul.",
                "En clôture, Agnès Morvan a donné une conférence intitulée « Les communs après la subvention ».");
        assertThat(event(x, "Les communs après la subvention").speakers()).containsExactly("Agnès Morvan");
        Extraction y = extract("Le Forum des communs ruraux s'est tenu le 12 mai à Vesoul.",
                "Agnès Morvan et Paul Girard ont écouté la conférence intitulée « Les communs après la subvention ».");
        assertThat(event(y, "Les communs après la subvention").speakers()).isEmpty();
    }

    @Test
    void english_member_closing_the_panel_after_it_was_moderated() {
        Extraction x = extract(english("The Open Data Days took place in Ghent on 3 and 4 October 2025.",
                "The panel \"Data for cities\", moderated by Rachel Dunmore, was well attended. "
                        + "Peter Okonkwo described how his city publishes its pipelines.",
                "Emily Hart, a member of the council, closed the panel by presenting its report."));
        assertThat(event(x, "Data for cities").speakers()).containsExactly("Peter Okonkwo", "Emily Hart");
    }

    @Test
    void organizations_that_gather_people_for_a_day_organize_it() {
        Extraction x = extract("Le Réseau des fablabs bretons (RFB) et la Région Bretagne réunissaient le 4 avril, à Brest, "
                + "cent cinquante makers pour une journée intitulée « Réparer ensemble », organisée avec le soutien de la Fondation Kerlann.");
        EventFact e = event(x, "Réparer ensemble");
        assertThat(e.organizers()).containsExactly("Réseau des fablabs bretons", "Région Bretagne");
        assertThat(e.sponsors()).containsExactly("Fondation Kerlann");
    }

    @Test
    void an_organization_gathering_its_own_board_is_not_an_event() {
        Extraction x = extract("La Fondation Kerlann a réuni son conseil d'administration le 4 avril.");
        assertThat(x.events()).isEmpty();
    }

    @Test
    void in_the_presence_of_an_official_who_takes_part() {
        Extraction x = extract("Le Forum des communs solidaires s'est tenu le 3 juin à Rennes, en présence de Marc Dulac, vice-président de la Région Bretagne.");
        assertThat(event(x, "Forum des communs solidaires").participants()).containsExactly("Marc Dulac");
    }

    @Test
    void who_speaks_after_the_morning_opened_takes_part_in_the_day() {
        Extraction x = extract("La Fédération des communs organisait le 17 juin à Paris une journée intitulée « Communs et territoires ».",
                "La matinée s'est ouverte sur la présentation du rapport. La sénatrice Odile Varenne, qui en est la rapporteure, a détaillé ses propositions.");
        assertThat(event(x, "Communs et territoires").speakers()).containsExactly("Odile Varenne");
    }

    @Test
    void the_general_assembly_of_an_organization_is_an_event() {
        Extraction x = extract("L'assemblée générale du Réseau normand des tiers-lieux (RNTL) s'est tenue le 17 mai 2025 à Caen. "
                + "Co-organisée par le RNTL et la Région Normandie, elle a rassemblé une centaine d'adhérents.");
        EventFact e = event(x, "assemblée générale du Réseau normand des tiers-lieux");
        assertThat(e.date()).isEqualTo("2025-05-17");
        assertThat(e.organizers()).containsExactly("Réseau normand des tiers-lieux", "Région Normandie");
    }

    @Test
    void under_the_lead_of_an_organization_it_organizes() {
        Extraction x = extract("Le Festival des communs numériques s'est tenu le 5 avril à Angers, sous la houlette de l'association Angers Libre.");
        assertThat(event(x, "Festival des communs numériques").organizers()).containsExactly("Angers Libre");
    }

    @Test
    void a_session_presented_by_someone_is_moderated_but_a_report_is_not() {
        Extraction x = extract("Le Forum des communs ruraux s'est tenu le 12 mai à Vesoul.",
                "La table ronde « Qui finance les lieux ? », présentée par Léa Martin, a fait salle comble.");
        assertThat(event(x, "Qui finance les lieux ?").moderator()).isEqualTo("Léa Martin");
        Extraction y = extract("Le Forum des communs ruraux s'est tenu le 12 mai à Vesoul.",
                "Le rapport annuel, présenté par Léa Martin, a été adopté.");
        assertThat(event(y, "Forum des communs ruraux").moderator()).isNull();
    }

    @Test
    void speakers_named_after_an_introductory_phrase_about_the_session() {
        Extraction x = extract("Les Rencontres nationales des fablabs ont eu lieu du 3 au 5 juin à Lille.",
                "Lors de la table ronde « Fablabs et emploi », Claire Petit, Hugo Bernard et Nadia Saidi ont pris la parole.");
        assertThat(event(x, "Fablabs et emploi").speakers()).containsExactly("Claire Petit", "Hugo Bernard", "Nadia Saidi");
        Extraction y = extract("Les Rencontres nationales des fablabs ont eu lieu du 3 au 5 juin à Lille.",
                "Lors de la table ronde « Fablabs et emploi », Claire Petit a regretté l'absence des élus.");
        assertThat(event(y, "Fablabs et emploi").speakers()).isEmpty();
    }

    @Test
    void those_who_debated_there_are_speakers_and_links_before_the_session_are_the_event_s() {
        Extraction x = extract("Le 14 mai, la journée « Communs et collectivités » était organisée à Rennes par la Fédération des élus du numérique. "
                + "Soutenue par la Fondation Kerlann, elle a accueilli l'atelier « Cartographie libre », animé par Pierre Lemoine. "
                + "Y ont débattu Anne Roux, Louis Garnier et Chloé Faure.");
        assertThat(event(x, "Communs et collectivités").sponsors()).containsExactly("Fondation Kerlann");
        EventFact part = event(x, "Cartographie libre");
        assertThat(part.sponsors()).isEmpty();
        assertThat(part.speakers()).containsExactly("Anne Roux", "Louis Garnier", "Chloé Faure");
    }

    @Test
    void hosted_by_a_described_incubator_organizes() {
        Extraction x = extract(english("The Civic Data Week was held in Lyon from 22 to 26 September 2025. "
                + "Hosted by the city-funded incubator La Ruche Verte and organised by the Open Cities Network (OCN), the week drew 400 participants."));
        assertThat(event(x, "Civic Data Week").organizers()).containsExactlyInAnyOrder("La Ruche Verte", "Open Cities Network");
    }

    @Test
    void speakers_announced_with_dont_or_among_the_participants_or_panelists_included() {
        Extraction x = extract("Le Forum Open Data s'est tenu le 2 février à Toulouse. "
                + "Parmi les participants, on comptait Hugo Bernard (Occitanie Data) et Nadia Saidi, directrice de Toulouse Métropole.");
        assertThat(event(x, "Forum Open Data").speakers()).containsExactly("Hugo Bernard", "Nadia Saidi");
        Extraction y = extract(english("Panelists at the Data Commons Forum, held on 3 March 2025 in Berlin, included Anna Schmidt "
                + "of the Open Knowledge Foundation Germany and Jonas Weber, a researcher at TU Berlin."));
        assertThat(event(y, "Data Commons Forum").speakers()).containsExactly("Anna Schmidt", "Jonas Weber");
    }

    @Test
    void people_among_members_are_no_speakers_without_an_event() {
        Extraction x = extract("Parmi les adhérents, on compte Hugo Bernard et Nadia Saidi.");
        assertThat(x.events()).isEmpty();
    }

    @Test
    void presenting_during_a_named_event_takes_part_in_it_but_presenting_alone_does_not() {
        Extraction x = extract("Le collectif Open Lab a été créé en 2019. Sa fondatrice, Claire Petit, a présenté le projet lors du Salon des communs, le 4 mars à Lyon.");
        assertThat(event(x, "Salon des communs").speakers()).containsExactly("Claire Petit");
        Extraction y = extract("Le Salon des communs aura lieu le 4 mars à Lyon. Claire Petit a présenté son livre à la presse.");
        assertThat(event(y, "Salon des communs").speakers()).isEmpty();
    }

    @Test
    void several_speakers_of_an_unnamed_opening_plenary_take_part() {
        Extraction x = extract("La 10e édition du Forum des usages coopératifs s'est tenue le 2 juillet à Brest. "
                + "Lors de la plénière d'ouverture, Claire Petit, Hugo Bernard et Nadia Saidi sont intervenus.");
        assertThat(event(x, "Forum des usages coopératifs").speakers()).containsExactly("Claire Petit", "Hugo Bernard", "Nadia Saidi");
    }

    @Test
    void in_the_presence_of_a_titled_official() {
        Extraction x = extract("Les Rencontres nationales de la médiation numérique se sont déroulées les 3 et 4 avril à Nantes, "
                + "en présence de la ministre Clara Vautier.");
        assertThat(event(x, "Rencontres nationales de la médiation numérique").participants()).containsExactly("Clara Vautier");
        Extraction y = extract("Les Rencontres nationales de la médiation numérique se sont déroulées les 3 et 4 avril à Nantes, "
                + "en présence de nombreux élus, dont le rapport de Clara Vautier parlait.");
        assertThat(event(y, "Rencontres nationales de la médiation numérique").participants()).isEmpty();
    }

    @Test
    void a_session_that_gives_the_floor_to_or_pits_people() {
        Extraction x = extract("Le Forum des communs ruraux s'est tenu le 12 mai à Vesoul.",
                "La conférence « Le libre, un service public ? » a vu s'affronter deux visions : celle de Paul Girard, "
                        + "responsable informatique, et celle d'Anne Roux, consultante.");
        assertThat(event(x, "Le libre, un service public ?").speakers()).containsExactly("Paul Girard", "Anne Roux");
        Extraction y = extract("Le Forum des communs ruraux s'est tenu le 12 mai à Vesoul.",
                "La table ronde « Mutualiser » a donné la parole à Claire Petit et Hugo Bernard.");
        assertThat(event(y, "Mutualiser").speakers()).containsExactly("Claire Petit", "Hugo Bernard");
    }

    @Test
    void a_list_of_people_long_after_the_event_is_about_something_else() {
        Extraction x = extract("Le Forum des communs ruraux s'est tenu le 12 mai à Vesoul.",
                "Le projet a été lancé en 2020.", "Il a coûté cher.", "Il a été critiqué.", "Il a été amendé.",
                "Le conflit a opposé Claire Petit à Hugo Bernard pendant des mois.");
        assertThat(event(x, "Forum des communs ruraux").speakers()).isEmpty();
    }

    @Test
    void a_pronoun_subject_received_support_for_the_event() {
        Extraction x = ExtractionAssertions.extract("Samedi 14 mars, la médiathèque a accueilli le Festival des cartes libres de Lorient.",
                "La journée est portée par le Collectif Rues Partagées. Elle a reçu le soutien de la Ville de Lorient et de la Fondation Arbor.");
        EventFact e = ExtractionAssertions.event(x, "Festival des cartes libres de Lorient");
        org.assertj.core.api.Assertions.assertThat(e.sponsors()).contains("Ville de Lorient", "Fondation Arbor");
    }

    @Test
    void hosted_by_a_head_word_refers_to_the_one_organization_so_named() {
        Extraction x = ExtractionAssertions.extract(new org.communskg.importer.Article("t", null, null, null, "2026-02-01", "en", null,
                java.util.List.of("The Open Maps Alliance published a study this week.",
                        "It will be presented at the Civic Maps Forum on 18 May 2026 in Brussels, hosted by the Alliance.")));
        EventFact e = ExtractionAssertions.event(x, "Civic Maps Forum");
        org.assertj.core.api.Assertions.assertThat(e.organizers()).containsExactly("Open Maps Alliance");
    }

    @Test
    void who_will_present_at_an_event_speaks_at_it() {
        Extraction x = ExtractionAssertions.extract(new org.communskg.importer.Article("t", null, null, null, "2026-02-01", "en", null,
                java.util.List.of("Lead author Sarah Lindgren, a researcher at Ghent University, will present it at the Civic Maps Forum on 18 May 2026 in Brussels.")));
        org.assertj.core.api.Assertions.assertThat(ExtractionAssertions.event(x, "Civic Maps Forum").speakers()).contains("Sarah Lindgren");
        Extraction fr = ExtractionAssertions.extract("Marion Kerlann interviendra lors des Rencontres des cartes libres, le 12 juin 2026 à Albi.");
        org.assertj.core.api.Assertions.assertThat(ExtractionAssertions.event(fr, "Rencontres des cartes libres").speakers()).contains("Marion Kerlann");
    }

    @Test
    void who_presents_a_report_without_an_event_after_does_not_speak() {
        Extraction x = ExtractionAssertions.extract("Marion Kerlann a présenté le rapport. Les Rencontres des cartes libres auront lieu le 12 juin 2026 à Albi.");
        EventFact e = ExtractionAssertions.event(x, "Rencontres des cartes libres");
        org.assertj.core.api.Assertions.assertThat(e.participants()).isEmpty();
        org.assertj.core.api.Assertions.assertThat(e.speakers()).isEmpty();
    }

    private static EventFact only(Extraction x) {
        org.assertj.core.api.Assertions.assertThat(x.events()).hasSize(1);
        return x.events().get(0);
    }

    private static Extraction inEnglish(String text) {
        return ExtractionAssertions.extract(new org.communskg.importer.Article("t", null, null, null, "2026-02-01", "en", null, java.util.List.of(text)));
    }

    @Test
    void financial_support_but_not_an_invitation() {
        EventFact e = only(ExtractionAssertions.extract(
                "Les Rencontres des communs ruraux auront lieu le 4 juin 2026, avec le soutien financier de la Région Nouvelle-Aquitaine."));
        org.assertj.core.api.Assertions.assertThat(e.sponsors()).containsExactly("Région Nouvelle-Aquitaine");
        // "À l'invitation de la Région, la Fédération tenait un stand au Salon X": an invitation says who invited whom, not who organizes.
        EventFact f = only(ExtractionAssertions.extract(
                "À l'invitation de la Fondation Arbor, l'association tenait un stand aux Rencontres des communs ruraux, le 4 juin 2026."));
        org.assertj.core.api.Assertions.assertThat(f.organizers()).isEmpty();
    }

    @Test
    void co_hosted_and_organised_in_collaboration_with() {
        EventFact e = only(inEnglish("The Open Maps Summit, co-hosted by the Lumen Foundation and the Open Maps Network, takes place on 4 June 2026 in Oslo."));
        org.assertj.core.api.Assertions.assertThat(e.organizers()).containsExactly("Lumen Foundation", "Open Maps Network");
        EventFact f = only(inEnglish("The Open Maps Summit on 4 June 2026 is organised in collaboration with the Lumen Foundation."));
        org.assertj.core.api.Assertions.assertThat(f.organizers()).containsExactly("Lumen Foundation");
    }

    @Test
    void a_bare_collaboration_is_not_organizing() {
        EventFact e = only(inEnglish("The Open Maps Summit on 4 June 2026 will showcase a map made in collaboration with the Lumen Foundation."));
        org.assertj.core.api.Assertions.assertThat(e.organizers()).isEmpty();
    }

    @Test
    void a_sentence_opening_generic_noun_is_the_one_organization_so_named() {
        EventFact e = only(ExtractionAssertions.extract("La Ressourcerie du Marais recrute deux salariés.",
                "La ressourcerie organisera le 13 juin 2026 sa première Fête de la réparation."));
        org.assertj.core.api.Assertions.assertThat(e.organizers()).containsExactly("Ressourcerie du Marais");
    }

    @Test
    void an_apposition_between_the_subject_and_organizes() {
        EventFact e = only(ExtractionAssertions.extract(
                "La Ressourcerie du Marais, adhérente du réseau Emmaüs Connect, organisera le 13 juin 2026 sa première Fête de la réparation."));
        org.assertj.core.api.Assertions.assertThat(e.organizers()).containsExactly("Ressourcerie du Marais");
    }

    @Test
    void an_apposition_then_another_verb_is_not_organizing() {
        EventFact e = only(ExtractionAssertions.extract(
                "La Ressourcerie du Marais, adhérente du réseau Emmaüs Connect, participera le 13 juin 2026 à la Fête de la réparation."));
        org.assertj.core.api.Assertions.assertThat(e.organizers()).isEmpty();
    }

    @Test
    void who_organizes_with_the_subject_co_organizes() {
        EventFact e = only(ExtractionAssertions.extract(
                "La Ressourcerie du Marais organisera le 13 juin 2026 sa Fête de la réparation avec le Repair Café de Cerizay et le soutien du Crédit Mutuel Océan."));
        org.assertj.core.api.Assertions.assertThat(e.organizers()).containsExactlyInAnyOrder("Ressourcerie du Marais", "Repair Café de Cerizay");
    }

    @Test
    void with_support_is_not_co_organizing() {
        EventFact e = only(ExtractionAssertions.extract(
                "La Ressourcerie du Marais organisera le 13 juin 2026 sa Fête de la réparation avec le soutien du Crédit Mutuel Océan."));
        org.assertj.core.api.Assertions.assertThat(e.organizers()).containsExactly("Ressourcerie du Marais");
        org.assertj.core.api.Assertions.assertThat(e.sponsors()).containsExactly("Crédit Mutuel Océan");
    }

    @Test
    void organizations_launching_an_event_organize_it() {
        Extraction x = extract("L'Université de Tours et le collectif Communs Ligériens lancent un séminaire mensuel, « Penser les communs », "
                + "dont la première séance aura lieu le 4 mars.");
        assertThat(event(x, "Penser les communs").organizers()).containsExactlyInAnyOrder("Université de Tours", "Communs Ligériens");
    }

    @Test
    void launching_something_else_at_an_event_does_not_organize_it() {
        Extraction x = extract("La Région Centre-Val de Loire lance un appel à projets lors du séminaire « Penser les communs » du 4 mars.");
        assertThat(event(x, "Penser les communs").organizers()).isEmpty();
    }
}
