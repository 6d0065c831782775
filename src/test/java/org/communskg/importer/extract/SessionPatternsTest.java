package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.event;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.orgs;
import static org.communskg.importer.extract.ExtractionAssertions.roles;

import java.util.List;
import org.communskg.importer.Article;
import org.junit.jupiter.api.Test;

/** Sessions in agendas and press releases: which event they belong to and who gives them (invented names). */
class SessionPatternsTest {

    private static Extraction english(String... paragraphs) {
        return extract(new Article("t", null, null, null, "2025-06-12", "en", null, List.of(paragraphs)));
    }

    @Test
    void a_talk_by_someone_named_right_after_its_title() {
        Extraction x = extract("Les Rencontres Savoirs & Territoires 2027 se tiendront à Angers le 4 juin.",
                "9 h 30 Conférence « Les savoirs partagés » par Hugo Lemaire, sociologue.");
        assertThat(event(x, "Les savoirs partagés").speakers()).containsExactly("Hugo Lemaire");
    }

    @Test
    void a_title_followed_by_organised_by_is_no_talk() {
        Extraction x = extract("Un atelier « Données et territoires » organisé par Hugo Lemaire aura lieu le 4 juin à Angers.");
        assertThat(event(x, "Données et territoires").speakers()).isEmpty();
    }

    @Test
    void links_written_before_the_event_name_are_its_own() {
        Extraction x = extract("À l'initiative de la Coopérative des Biens Ouverts, un webinaire intitulé « Libre et achats publics » réunira des acheteurs.");
        assertThat(event(x, "Libre et achats publics").organizers()).containsExactly("Coopérative des Biens Ouverts");
    }

    @Test
    void an_unnamed_keynote_given_by_a_titled_person() {
        Extraction x = extract("Le Festival Rhône Numérique Ouvert revient pour sa septième édition à Lyon. "
                + "Financé par la Région Auvergne-Rhône-Alpes, il proposera une keynote d'ouverture de l'historienne Camille Roussel, puis des ateliers.");
        EventFact e = event(x, "Festival Rhône Numérique Ouvert");
        assertThat(e.sponsors()).containsExactly("Région Auvergne-Rhône-Alpes");
        assertThat(e.speakers()).containsExactly("Camille Roussel");
    }

    @Test
    void a_keynote_is_given_by_whoever_the_clause_is_about() {
        Extraction x = english("The Commons Infrastructure Day was convened by the Nordic Code Fund in Oslo on 11 June 2025. "
                + "In a keynote titled \"Maintenance first\", Ingrid Halvorsen, chair of the board, said volunteers are tired.");
        assertThat(event(x, "Maintenance first").speakers()).containsExactly("Ingrid Halvorsen");
    }

    @Test
    void a_panel_named_by_time_of_day_is_not_the_keynote_before_it() {
        Extraction x = english("The Commons Infrastructure Day was convened by the Nordic Code Fund in Oslo on 11 June 2025. "
                + "In a keynote titled \"Maintenance first\", Ingrid Halvorsen said volunteers are tired.",
                "The afternoon panel, chaired by journalist Erik Strand, brought together Sofia Lindholm and Anders Virtanen.");
        assertThat(event(x, "Maintenance first").speakers()).containsExactly("Ingrid Halvorsen");
        EventFact day = event(x, "Commons Infrastructure Day");
        assertThat(day.speakers()).contains("Sofia Lindholm", "Anders Virtanen");
        assertThat(day.moderator()).isEqualTo("Erik Strand");
        assertThat(roles(x)).contains("Erik Strand / journalist / null");
    }

    @Test
    void an_organization_hosted_by_another_says_nothing_of_the_event() {
        Extraction x = english("The Commons Infrastructure Day was convened by the Nordic Code Fund in Oslo on 11 June 2025.",
                "About the Nordic Code Fund: the fund is hosted by the Halvorsen Family Foundation.");
        assertThat(event(x, "Commons Infrastructure Day").organizers()).containsExactly("Nordic Code Fund");
        assertThat(orgs(x)).containsExactlyInAnyOrder("Nordic Code Fund", "Halvorsen Family Foundation");
    }

    @Test
    void a_session_named_before_its_event_in_the_same_sentence_belongs_to_it() {
        Extraction x = extract("Le Festival des communs s'est tenu le 4 mai à Lyon.",
                "Le 20 novembre, la plénière « Communs et sobriété » clôturera les Journées nantaises du numérique responsable. "
                        + "Y participeront Samuel Koné et Lucie Darrieux.");
        EventFact top = event(x, "Journées nantaises du numérique responsable");
        assertThat(top.parts()).extracting(EventFact::name).containsExactly("Communs et sobriété");
        assertThat(event(x, "Communs et sobriété").speakers()).containsExactly("Samuel Koné", "Lucie Darrieux");
        assertThat(event(x, "Festival des communs").parts()).isEmpty();
    }

    @Test
    void a_country_s_ministry_keeps_its_nationality_but_a_described_cooperative_does_not() {
        Extraction x = english("Pekka Virtanen, senior adviser at the Finnish Ministry of Finance, spoke with Anneke Visser of the Dutch cooperative Datahuis.");
        assertThat(orgs(x)).containsExactlyInAnyOrder("Finnish Ministry of Finance", "Datahuis");
    }

    @Test
    void in_the_recap_of_an_event_that_took_place_those_who_speak_took_part() {
        Extraction x = english("The Open Archives Summit took place in Ghent on 3 October 2025, organised by the Archive Commons Network.",
                "The Lumen Foundation announced a new round of grants.",
                "Its representative, Peter Okonkwo, head of grants at the foundation, said applications open in May.");
        assertThat(event(x, "Open Archives Summit").speakers()).containsExactly("Peter Okonkwo");
    }

    @Test
    void an_announced_event_makes_no_participant_of_who_speaks_after() {
        Extraction x = english("The Open Archives Summit will take place in Ghent on 3 October 2025, organised by the Archive Commons Network.",
                "Peter Okonkwo, head of grants at the Lumen Foundation, said applications open in May.");
        assertThat(event(x, "Open Archives Summit").speakers()).isEmpty();
        Extraction y = extract("Le Forum des communs s'est tenu le 4 mai à Lyon.",
                "Selon le rapport, Paul Girard a annoncé sa démission.");
        assertThat(event(y, "Forum des communs").speakers()).isEmpty();
    }

    @Test
    void partners_who_joined_forces_for_this_edition_with_financial_backing() {
        Extraction x = extract("Samedi 22 mars, la salle affichait complet pour la Journée cantalienne des communs numériques.",
                "Pour cette deuxième édition, l'association Cantal Libre et le tiers-lieu La Forge s'étaient associés, "
                        + "avec l'appui financier du Département du Cantal.");
        EventFact e = event(x, "Journée cantalienne des communs numériques");
        assertThat(e.organizers()).containsExactly("Cantal Libre", "La Forge");
        assertThat(e.sponsors()).containsExactly("Département du Cantal");
    }

    @Test
    void who_opens_the_day_speaks_at_it_but_not_who_opens_a_shop() {
        Extraction x = extract("Samedi 22 mars, la salle affichait complet pour la Journée cantalienne des communs numériques.",
                "Le maire, Bernard Combes, a ouvert la matinée en rappelant l'histoire du projet.");
        assertThat(event(x, "Journée cantalienne des communs numériques").speakers()).containsExactly("Bernard Combes");
        Extraction y = extract("Samedi 22 mars, la salle affichait complet pour la Journée cantalienne des communs numériques.",
                "Le maire, Bernard Combes, a ouvert une boutique en ville.");
        assertThat(event(y, "Journée cantalienne des communs numériques").speakers()).isEmpty();
    }

    @Test
    void an_intercommunal_grouping_and_a_volunteer_contributor() {
        Extraction x = extract("Jérôme Vialle, responsable informatique de la communauté de communes Vézère-Dordogne, a pris la parole. "
                + "Noémie Lasserre, contributrice bénévole, l'a suivi.");
        assertThat(roles(x)).containsExactly("Jérôme Vialle / responsable informatique / Communauté de communes Vézère-Dordogne",
                "Noémie Lasserre / contributrice bénévole / null");
    }

    @Test
    void a_network_s_own_moderated_webinar_and_its_guests() {
        Extraction x = extract(MarkdownArticles.withPublisher("Réseau des Tiers-Lieux Solidaires", "2025-02-20",
                "Le 18 février, notre réseau proposait un webinaire intitulé « Les lieux face à leurs données », en partenariat avec la Fondation Kerlann.",
                "Animé par Mathilde Guérin, l'échange a réuni trois invités. Sylvain Pereira a rappelé les enjeux. "
                        + "Amina Diallo, juriste au cabinet Lexcommun, a détaillé les obligations.",
                "La Fondation Kerlann était représentée par sa directrice, Hélène Vautrin."));
        EventFact e = event(x, "Les lieux face à leurs données");
        assertThat(e.organizers()).containsExactly("Réseau des Tiers-Lieux Solidaires");
        assertThat(e.sponsors()).containsExactly("Fondation Kerlann");
        assertThat(e.moderator()).isEqualTo("Mathilde Guérin");
        assertThat(e.speakers()).containsExactly("Sylvain Pereira", "Amina Diallo", "Hélène Vautrin");
    }

    @Test
    void an_association_named_with_its_article_and_neighbourhood() {
        Extraction x = extract("Bertrand Mallet, trésorier de l'association Les Jardins Partagés de Belleville, a témoigné.");
        assertThat(roles(x)).containsExactly("Bertrand Mallet / trésorier / Les Jardins Partagés de Belleville");
    }

    @Test
    void represented_far_from_any_event_is_no_participation() {
        Extraction x = extract("Le Forum des communs ruraux s'est tenu le 12 mai à Vesoul.", "Le projet a été lancé en 2020.",
                "Il a coûté cher.", "Il a été critiqué.", "Il a été amendé.", "La Fondation Kerlann était représentée par sa directrice, Hélène Vautrin.");
        assertThat(event(x, "Forum des communs ruraux").speakers()).isEmpty();
    }

    @Test
    void around_the_moderator_and_whoever_speaks_at_the_opening() {
        Extraction x = extract("Le Forum régional de la médiation s'est tenu les 2 et 3 octobre 2025 à Poitiers.",
                "En ouverture, la vice-présidente de la Région, Sandrine Laval, a annoncé un nouveau fonds.",
                "La table ronde « Former les médiateurs » était animée par Cédric Royer. Autour de lui, Inès Lemaire, "
                        + "coordinatrice de l'Espace numérique de Châtellerault, et Yannick Bertin ont plaidé pour une certification.");
        assertThat(event(x, "Forum régional de la médiation").speakers()).contains("Sandrine Laval");
        assertThat(event(x, "Former les médiateurs").speakers()).containsExactly("Inès Lemaire", "Yannick Bertin");
        assertThat(orgs(x)).contains("Espace numérique de Châtellerault");
    }

    @Test
    void an_opening_aside_without_speech_makes_no_speaker() {
        Extraction x = extract("Le Forum régional de la médiation s'est tenu les 2 et 3 octobre 2025 à Poitiers.",
                "En ouverture, une vidéo de Sandrine Laval était projetée.");
        assertThat(event(x, "Forum régional de la médiation").speakers()).isEmpty();
    }

    @Test
    void a_programme_line_gives_its_speakers_in_the_next_verbless_sentence() {
        Extraction x = extract("Les Assises du logiciel ouvert se tiendront le 12 mai à Tours. Elles sont organisées par l'association Code Commun.",
                "11h00 – Table ronde « Mutualiser les logiciels des mairies ». Avec Yanis Berrada (Adullact Centre) et Léa Montcalm (Ville de Blois). "
                + "Animée par Paul Terrier, journaliste.",
                "15h00 – Conférence « Le libre à l'école ». Par Sonia Delmas, professeure.");
        assertThat(event(x, "Mutualiser les logiciels des mairies").speakers()).containsExactlyInAnyOrder("Yanis Berrada", "Léa Montcalm");
        assertThat(event(x, "Le libre à l'école").speakers()).containsExactly("Sonia Delmas");
    }

    @Test
    void a_sentence_opening_with_avec_or_par_but_no_person_next_gives_no_speaker() {
        Extraction x = extract("Les Assises du logiciel ouvert se tiendront le 12 mai à Tours.",
                "11h00 – Table ronde « Mutualiser les logiciels des mairies ». Par ailleurs, Yanis Berrada signera son livre. "
                + "Avec 300 inscrits, Léa Montcalm se dit satisfaite.");
        assertThat(event(x, "Mutualiser les logiciels des mairies").speakers()).isEmpty();
    }

    @Test
    void a_speaker_line_in_a_later_paragraph_is_not_the_session_s() {
        Extraction x = extract("11h00 – Table ronde « Mutualiser les logiciels des mairies ».",
                "Avec Yanis Berrada, la mairie prépare un nouveau marché.");
        assertThat(event(x, "Mutualiser les logiciels des mairies").speakers()).isEmpty();
    }

    @Test
    void a_named_seance_hosts_its_speakers() {
        Extraction x = extract("L'Université de Tours lance un séminaire mensuel, « Penser les communs », dont la première séance aura lieu le 4 mars.",
                "La séance inaugurale, intitulée « Qui paie le libre ? », accueillera Marion Quéré, sociologue, et Noé Varlet, développeur.");
        assertThat(event(x, "Qui paie le libre ?").speakers()).containsExactlyInAnyOrder("Marion Quéré", "Noé Varlet");
    }

    @Test
    void the_welcome_words_of_a_programme_are_spoken_at_the_event() {
        Extraction x = extract("Les Assises du logiciel ouvert se tiendront le 12 mai à Tours.",
                "9h30 – Ouverture. Mot d'accueil de Rémi Castel, président de Code Commun.",
                "17h00 – Clôture. Discours de clôture de la maire Agnès Ferrier.");
        assertThat(event(x, "Assises du logiciel ouvert").speakers()).containsExactlyInAnyOrder("Rémi Castel", "Agnès Ferrier");
    }

    @Test
    void welcome_words_told_inside_a_sentence_or_far_from_the_event_say_nothing() {
        Extraction x = extract("Les Assises du logiciel ouvert se tiendront le 12 mai à Tours.",
                "Le public a apprécié le mot d'accueil de Rémi Castel.",
                "Un.", "Deux.", "Trois.", "Quatre.",
                "Mot d'accueil de Agnès Ferrier, lors d'une autre soirée.");
        assertThat(event(x, "Assises du logiciel ouvert").speakers()).isEmpty();
    }

    @Test
    void a_later_unnamed_session_of_a_cycle_brings_its_guests_to_the_cycle() {
        Extraction x = extract("L'Université de Tours lance un séminaire mensuel, « Penser les communs », dont la première séance aura lieu le 4 mars.",
                "Le 1er avril, la deuxième séance portera sur les licences ouvertes, avec la juriste Inès Marchal.");
        assertThat(event(x, "Penser les communs").speakers()).containsExactly("Inès Marchal");
    }

    @Test
    void a_later_session_far_from_the_cycle_or_without_avec_says_nothing() {
        Extraction x = extract("L'Université de Tours lance un séminaire mensuel, « Penser les communs », dont la première séance aura lieu le 4 mars.",
                "Inès Marchal prépare la deuxième séance.",
                "Un.", "Deux.", "Trois.",
                "La deuxième séance du conseil municipal s'est tenue avec Paul Quentin.");
        assertThat(event(x, "Penser les communs").speakers()).isEmpty();
    }

    @Test
    void a_sentence_opening_with_avec_a_person_but_having_its_own_verb_is_not_a_speaker_line() {
        Extraction x = extract("11h00 – Table ronde « Mutualiser les logiciels des mairies ». "
                + "Avec Léa Montcalm, nous avons visité le site. Avec Yanis Berrada, la mairie a signé un marché.");
        assertThat(event(x, "Mutualiser les logiciels des mairies").speakers()).isEmpty();
    }
}
