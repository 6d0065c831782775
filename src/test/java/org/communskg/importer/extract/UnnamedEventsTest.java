package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.event;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.titled;

import org.junit.jupiter.api.Test;

/**
 * Events without a proper name, named the way annotators name them (kind + what they are about):
 * an inauguration, an association's general assembly, a morning where a report is presented, a
 * webinar presenting a call for projects. Only when the text says it happened or will happen.
 */
class UnnamedEventsTest {
    @Test
    void the_general_assembly_of_an_organization_is_organized_by_it() {
        Extraction x = extract("Réunie samedi 20 juin à Figeac, l'assemblée générale de la Fédération des Lieux Partagés du Quercy "
                + "a renouvelé son conseil d'administration.");
        assertThat(event(x, "assemblée générale de la Fédération des Lieux Partagés du Quercy").organizers())
                .containsExactly("Fédération des Lieux Partagés du Quercy");
    }

    @Test
    void the_general_assembly_of_the_association_is_the_one_of_the_association_just_named() {
        Extraction x = extract("Double changement à la tête du Collectif Savoirs Ouverts (CSO).",
                "Réunie le 4 juillet 2026 à Rennes, l'assemblée générale de l'association a renouvelé son conseil d'administration.");
        EventFact ag = event(x, "Assemblée générale du Collectif Savoirs Ouverts");
        assertThat(ag.organizers()).containsExactly("Collectif Savoirs Ouverts");
        assertThat(ag.date()).isEqualTo("2026-07-04");
    }

    @Test
    void an_association_met_in_general_assembly_holds_it() {
        Extraction x = extract(titled("Yasmine Ferrah prend la présidence du Collectif Savoirs Ouverts",
                "Réunie en assemblée générale samedi 20 juin à Lyon, l'association a élu un nouveau bureau.",
                "Samedi, les adhérents du Collectif Savoirs Ouverts ont approuvé la nouvelle composition du conseil."));
        assertThat(event(x, "Assemblée générale du Collectif Savoirs Ouverts").organizers()).containsExactly("Collectif Savoirs Ouverts");
    }

    @Test
    void general_assemblies_in_general_are_no_event() {
        Extraction x = extract("Les assemblées générales de l'association sont souvent l'occasion de débats animés.");
        assertThat(x.events()).isEmpty();
    }

    @Test
    void a_place_inaugurated_in_the_headline_names_the_inauguration() {
        Extraction x = extract(titled("Plélo : la Fabrique du Quai inaugurée dans l'ancienne gare",
                "Plélo : la Fabrique du Quai inaugurée dans l'ancienne gare",
                "Les visiteurs ont été accueillis par Annick Tanguy, présidente de l'association La Fabrique du Quai.",
                "L'inauguration s'est déroulée en présence de Jeanne Le Gall, sous-préfète de Guingamp, et de Paul Morvan, "
                        + "maire de Plélo."));
        assertThat(event(x, "Inauguration de la Fabrique du Quai").participants()).contains("Jeanne Le Gall", "Paul Morvan");
    }

    @Test
    void the_inauguration_of_a_named_tiers_lieu_with_its_date_is_an_event() {
        Extraction x = extract("Plus de 200 personnes ont assisté à l'inauguration du tiers-lieu La Fabrique du Quai, samedi 12 avril.");
        assertThat(event(x, "Inauguration de La Fabrique du Quai").date()).isEqualTo("--04-12");
    }

    @Test
    void those_cutting_the_ribbon_in_a_caption_take_part_in_the_inauguration() {
        Extraction x = extract(titled("Plélo : la Fabrique du Quai inaugurée dans l'ancienne gare",
                "Plélo : la Fabrique du Quai inaugurée dans l'ancienne gare",
                "L'association La Fabrique du Quai porte le projet depuis quatre ans.",
                "De gauche à droite : Jeanne Le Gall, Paul Morvan et Annick Tanguy, lors du coupé de ruban."));
        assertThat(event(x, "Inauguration de la Fabrique du Quai").participants())
                .containsExactlyInAnyOrder("Jeanne Le Gall", "Paul Morvan", "Annick Tanguy");
    }

    @Test
    void inaugurations_in_general_are_no_event() {
        Extraction x = extract("Les inaugurations de tiers-lieux se multiplient dans la région depuis 2020.");
        assertThat(x.events()).isEmpty();
    }

    @Test
    void a_report_presented_at_a_morning_names_the_morning_after_the_report() {
        Extraction x = extract("Le Collectif Savoirs Ouverts (CSO) publie son premier « Baromètre des lieux numériques ».",
                "Le document sera présenté lors d'une matinée de restitution organisée par le CSO le mardi 24 mars 2026 à Lyon, "
                        + "en présence de Yasmine Ferrah, présidente du collectif.");
        EventFact morning = event(x, "Matinée de restitution du Baromètre des lieux numériques");
        assertThat(morning.organizers()).containsExactly("Collectif Savoirs Ouverts");
        assertThat(morning.participants()).contains("Yasmine Ferrah");
    }

    @Test
    void a_webinar_presenting_the_call_for_projects_is_named_after_the_call() {
        Extraction x = extract("L'Agence des territoires lance l'appel à projets « Données locales en commun ».",
                "Calendrier : 2 juin 2026, 11 h : webinaire de présentation ;",
                "Le webinaire de présentation, animé par Romain Achard, réunira Sabine Oury et Thibaut Ancel.");
        EventFact webinar = event(x, "Webinaire de présentation de l'appel à projets « Données locales en commun »");
        assertThat(webinar.date()).isEqualTo("2026-06-02");
        assertThat(webinar.moderator()).isEqualTo("Romain Achard");
    }

    @Test
    void who_funded_the_place_did_not_support_its_inauguration() {
        Extraction x = extract(titled("Plélo : la Fabrique du Quai inaugurée dans l'ancienne gare",
                "Plélo : la Fabrique du Quai inaugurée dans l'ancienne gare",
                "L'association La Fabrique du Quai porte le projet depuis quatre ans.",
                "Le lieu a vu le jour grâce au soutien de la Fondation Terres Vives et de la Banque des Territoires."));
        assertThat(event(x, "Inauguration de la Fabrique du Quai").sponsors()).isEmpty();
    }

    @Test
    void who_speaks_in_the_report_of_a_general_assembly_took_part_in_it() {
        Extraction x = extract("Réunie samedi 20 juin à Figeac, l'assemblée générale de la Fédération des Lieux Partagés du Quercy "
                        + "a renouvelé son conseil d'administration.",
                "Paul Morvan, vice-président de la Région Occitanie, a salué « un réseau qui tient bon ».");
        assertThat(event(x, "assemblée générale de la Fédération des Lieux Partagés du Quercy").speakers()).containsExactly("Paul Morvan");
    }

    @Test
    void a_webinar_presenting_the_call_for_projects_in_so_many_words() {
        Extraction x = extract("Appel à projets « Données locales en commun » : les candidatures sont ouvertes",
                "15 octobre 2026, 11 h : webinaire de présentation de l'appel à projets");
        assertThat(event(x, "Webinaire de présentation de l'appel à projets « Données locales en commun »").date()).isEqualTo("2026-10-15");
    }

    @Test
    void an_organization_represented_at_the_assembly_takes_part_with_its_representative() {
        Extraction x = extract("Réunie samedi 20 juin à Figeac, l'assemblée générale de la Fédération des Lieux Partagés du Quercy "
                        + "a renouvelé son conseil d'administration.",
                "Le rapport moral a été adopté.", "Le rapport financier aussi.", "Le budget a été voté.", "Puis le bureau a été élu.",
                "La Fondation Terres Vives, qui soutient le réseau, était représentée à l'AG par sa directrice, Claire Lemoine.");
        EventFact ag = event(x, "assemblée générale de la Fédération des Lieux Partagés du Quercy");
        assertThat(ag.participants()).contains("Fondation Terres Vives");
        assertThat(ag.speakers()).contains("Claire Lemoine");
    }
}
