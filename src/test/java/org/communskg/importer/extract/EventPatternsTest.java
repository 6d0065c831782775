package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.event;
import static org.communskg.importer.extract.ExtractionAssertions.extract;

import java.util.List;
import org.communskg.importer.Article;
import org.junit.jupiter.api.Test;

class EventPatternsTest {

    @Test
    void named_event_with_organizer_and_supporter() {
        Extraction x = extract("L'association participait le 14 mars à l'événement DATA CITÉS 2030 organisé par la Fondation Ecotone (FE) et soutenu par le Crédit Coopératif.");
        EventFact e = event(x, "DATA CITÉS 2030");
        assertThat(e.date()).isEqualTo("--03-14");
        assertThat(e.organizers()).containsExactly("Fondation Ecotone");
        assertThat(e.sponsors()).containsExactly("Crédit Coopératif");
    }

    @Test
    void a_date_without_year_takes_the_article_year() {
        Extraction x = extract(MarkdownArticles.withPublisher(null, "2025-03-20",
                "Le Forum des Biens Communs s'est tenu le 14 mars à Nantes."));
        EventFact e = event(x, "Forum des Biens Communs");
        assertThat(e.date()).isEqualTo("2025-03-14");
        assertThat(e.location()).isEqualTo("Nantes");
    }

    @Test
    void edition_with_place_and_date_range() {
        Extraction x = extract("La troisième édition des Rencontres du logiciel libre territorial s'est tenue à Lyon du 4 au 6 juin 2024.");
        EventFact e = event(x, "Rencontres du logiciel libre territorial");
        assertThat(e.date()).isEqualTo("2024-06-04");
        assertThat(e.endDate()).isEqualTo("2024-06-06");
        assertThat(e.location()).isEqualTo("Lyon");
    }

    @Test
    void first_of_the_month_and_cross_month_ranges() {
        assertThat(Dates.find("le 1er janvier 2020", null)).containsExactly("2020-01-01", null);
        assertThat(Dates.find("du 30 juin au 2 juillet 2024", null)).containsExactly("2024-06-30", "2024-07-02");
        assertThat(Dates.find("on 12 February 2024", null)).containsExactly("2024-02-12", null);
        assertThat(Dates.find("June 4-6, 2024", null)).containsExactly("2024-06-04", "2024-06-06");
        assertThat(Dates.find("le 8 novembre", 2023)).containsExactly("2023-11-08", null);
        assertThat(Dates.find("sans date", 2023)).isNull();
    }

    @Test
    void titled_conference_in_any_quotes_is_a_part_of_the_event() {
        for (String q : List.of("« Des données pour tous »", "“Des données pour tous”", "\"Des données pour tous\"")) {
            Extraction x = extract("Le Sommet des communs numériques a eu lieu à Paris le 3 mai.",
                    "Nous sommes intervenus lors de la conférence intitulée " + q + ".");
            EventFact top = event(x, "Sommet des communs numériques");
            assertThat(top.parts()).extracting(EventFact::name).containsExactly("Des données pour tous");
        }
    }

    @Test
    void round_table_moderator_and_participants_who_then_speak() {
        Extraction x = extract("Le Sommet des communs numériques a eu lieu à Paris le 3 mai.",
                "La table ronde « Ouvrir les données locales » réunissait plusieurs participants.",
                "Les participants de la table ronde – modérée par Héloïse Martineau, journaliste – ont témoigné.",
                "Arnaud Keraudren a présenté le projet. Enfin, Pascale Guidoni a rappelé les enjeux.",
                "Un grand merci à Coline Vautrin pour l'invitation.");
        EventFact part = event(x, "Ouvrir les données locales");
        assertThat(part.moderator()).isEqualTo("Héloïse Martineau");
        assertThat(part.speakers()).containsExactly("Arnaud Keraudren", "Pascale Guidoni");
    }

    @Test
    void listed_speakers_after_sont_intervenus() {
        Extraction x = extract("L'atelier « Cartes libres » était animé par Jade Perrotin. Y sont intervenus Bruno Calvez, Nina Obertan et Sacha Merle.");
        EventFact part = event(x, "Cartes libres");
        assertThat(part.moderator()).isEqualTo("Jade Perrotin");
        assertThat(part.speakers()).containsExactly("Bruno Calvez", "Nina Obertan", "Sacha Merle");
    }

    @Test
    void subject_organization_that_organizes_or_takes_part() {
        Extraction x = extract(MarkdownArticles.withPublisher("Agence des communs ruraux", "2025-01-22",
                "L'Agence organisait le 21 janvier à Rennes la journée « Communs ruraux : et après ? »."));
        EventFact e = event(x, "Communs ruraux : et après ?");
        assertThat(e.organizers()).containsExactly("Agence des communs ruraux");
        assertThat(e.date()).isEqualTo("2025-01-21");
    }

    @Test
    void part_of_a_programme() {
        Extraction x = extract("Le Forum des Tiers-Lieux Ouverts s'est achevé le 5 mai.",
                "Organisé dans le cadre de la démarche de l'ANCT Territoires en Communs, cet événement a réuni 300 personnes.");
        assertThat(event(x, "Forum des Tiers-Lieux Ouverts").partOf()).isEqualTo("Territoires en Communs");
    }

    @Test
    void english_event_organised_and_moderated() {
        Article a = new Article("t", null, null, null, "2024-02-20", "en", null, List.of(
                "The Open Cities Summit took place in Brussels on 12 February 2024, organised by the Civic Tech Alliance (CTA).",
                "The panel \"Who owns city data?\" was moderated by Megan Holloway."));
        Extraction x = extract(a);
        EventFact e = event(x, "Open Cities Summit");
        assertThat(e.organizers()).containsExactly("Civic Tech Alliance");
        assertThat(e.date()).isEqualTo("2024-02-12");
        assertThat(event(x, "Who owns city data?").moderator()).isEqualTo("Megan Holloway");
    }

    @Test
    void unnamed_workshops_and_weeks_are_not_events() {
        Extraction x = extract("Divers ateliers et conférences ont été organisés pendant la semaine européenne de la transition.");
        assertThat(x.events()).isEmpty();
    }

    @Test
    void edition_of_a_named_event_and_two_day_dates() {
        Extraction x = extract(MarkdownArticles.withPublisher(null, "2024-12-01",
                "La cinquième édition de Numérique en Commun[s] s'est tenue les 28 et 29 novembre à Lille."));
        EventFact e = event(x, "Numérique en Commun[s]");
        assertThat(e.date()).isEqualTo("2024-11-28");
        assertThat(e.endDate()).isEqualTo("2024-11-29");
    }

    @Test
    void speaker_list_after_a_header_gives_the_speakers_of_the_session() {
        Extraction x = extract("Compte rendu de l'atelier « Données ouvertes et santé », organisé le 6 mars 2025 à Toulouse par le Réseau Santé Ouverte.",
                "Intervenant·e·s :",
                "- Amélie Roussel, médecin généraliste\n- Florent Guyomarch (ORSN)",
                "L'échange était animé par Benoît Lacroix, journaliste.");
        EventFact e = event(x, "Données ouvertes et santé");
        assertThat(e.organizers()).containsExactly("Réseau Santé Ouverte");
        assertThat(e.speakers()).containsExactly("Amélie Roussel", "Florent Guyomarch");
        assertThat(e.moderator()).isEqualTo("Benoît Lacroix");
        assertThat(e.date()).isEqualTo("2025-03-06");
    }

    @Test
    void summer_school_is_an_event_not_a_university() {
        Extraction x = extract("L'Université d'été des communs se tiendra du 30 juin au 2 juillet 2025 à Grenoble.",
                "Elle est organisée conjointement par l'association Grains de Sel, avec le soutien de la Métropole de Grenoble.");
        EventFact e = event(x, "Université d'été des communs");
        assertThat(e.organizers()).containsExactly("Grains de Sel");
        assertThat(e.sponsors()).containsExactly("Métropole de Grenoble");
        assertThat(x.organizations()).extracting(OrgMention::name).doesNotContain("Université d'été des communs");
    }

    @Test
    void english_convened_by_and_funding_from() {
        Article a = new Article("t", null, null, null, null, "en", null, List.of(
                "The meeting, called the Maintainers Forum, was convened by the Open Source Policy Institute (OSPI) with funding from the Lumen Foundation."));
        EventFact e = event(extract(a), "Maintainers Forum");
        assertThat(e.organizers()).containsExactly("Open Source Policy Institute");
        assertThat(e.sponsors()).containsExactly("Lumen Foundation");
    }

    @Test
    void coordinated_organizations_that_organize_and_partners_as_supporters() {
        Extraction x = extract("La FING et l'ANCT organisaient le 3 juin à Lyon le Forum des Communs Locaux, en partenariat avec la Fondation Ecotone.");
        EventFact e = event(x, "Forum des Communs Locaux");
        assertThat(e.organizers()).containsExactly("Fondation Internet Nouvelle Génération",
                "Agence nationale de la cohésion des territoires");
        assertThat(e.sponsors()).containsExactly("Fondation Ecotone");
    }

    @Test
    void organizations_present_at_an_event_take_part() {
        Extraction x = extract("Le Sommet des Tiers-Lieux a eu lieu le 4 mai. La Fondation Ecotone était présente au Sommet des Tiers-Lieux.");
        assertThat(event(x, "Sommet des Tiers-Lieux").participants()).containsExactly("Fondation Ecotone");
    }

    @Test
    void several_people_debating_after_the_panel_was_named_are_its_speakers() {
        Extraction x = extract("Le Sommet des communs numériques a eu lieu à Paris le 3 mai.",
                "La table ronde « Financer les communs » a été modérée par Jade Perrotin devant de nombreux participants.",
                "Bruno Calvez, Nina Obertan et Sacha Merle ont débattu des modèles de financement.");
        assertThat(event(x, "Financer les communs").speakers()).containsExactly("Bruno Calvez", "Nina Obertan", "Sacha Merle");
    }

    @Test
    void people_quoted_in_the_paragraphs_after_a_moderated_session_are_its_speakers() {
        Extraction x = extract("Le 5 décembre, l'association Data Nord organisait à Lille la journée « Données en partage ».",
                "La matinée s'est ouverte sur une table ronde intitulée « Qui gouverne les données ? », animée par Émilie Cordeau.",
                "Pour Olivier Massard, « la donnée doit rester un bien commun ». Enfin, Romain Delattray a présenté une enquête.");
        EventFact part = event(x, "Qui gouverne les données ?");
        assertThat(part.moderator()).isEqualTo("Émilie Cordeau");
        assertThat(part.speakers()).containsExactly("Olivier Massard", "Romain Delattray");
        assertThat(event(x, "Données en partage").organizers()).containsExactly("Data Nord");
    }

    @Test
    void english_sprint_with_a_date_range_and_co_organizers() {
        Article a = new Article("t", null, null, null, "2024-03-18", "en", null, List.of(
                "About forty volunteers joined the Public Code Doc Sprint, held on March 14-15 in Copenhagen.",
                "The sprint was co-organized by the Nordic Open Tech Foundation (NOTF) and the Software Heritage Alliance, with support from the Danish Agency for Digitisation."));
        EventFact e = event(extract(a), "Public Code Doc Sprint");
        assertThat(e.date()).isEqualTo("2024-03-14");
        assertThat(e.endDate()).isEqualTo("2024-03-15");
        assertThat(e.organizers()).containsExactly("Nordic Open Tech Foundation", "Software Heritage Alliance");
        assertThat(e.sponsors()).containsExactly("Danish Agency for Digitisation");
    }

    @Test
    void a_generic_future_event_is_not_named() {
        Extraction x = extract("Le réseau organisera ses premières Rencontres régionales en juin à Toulouse.");
        assertThat(x.events()).isEmpty();
    }

    @Test
    void the_publisher_speaking_as_we_and_exhibitors_taking_part() {
        Extraction x = extract(MarkdownArticles.withPublisher("Fédération des acteurs du libre", "2023-10-16",
                "À l'invitation de la Région Normandie, la Fédération tenait un stand au Salon des solutions libres, le 12 octobre à Rouen.",
                "Notre président, Victor Lebrou, y a animé un atelier. Ont participé à la table ronde de clôture : Céline Marest et Patrick Huet."));
        EventFact e = event(x, "Salon des solutions libres");
        assertThat(e.participants()).containsExactly("Fédération des acteurs du libre");
        assertThat(e.speakers()).containsExactly("Victor Lebrou", "Céline Marest", "Patrick Huet");
        assertThat(ExtractionAssertions.roles(x)).containsExactly("Victor Lebrou / président / Fédération des acteurs du libre");
    }
}
