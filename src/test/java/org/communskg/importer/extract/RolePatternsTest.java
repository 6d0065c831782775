package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.roles;

import java.util.List;
import org.communskg.importer.Article;
import org.junit.jupiter.api.Test;

class RolePatternsTest {

    @Test
    void apposition_gives_role_and_organization() {
        Extraction x = extract("Gaëlle Marchadour, chargée d'études et de prospective à l'Institut des territoires solidaires (ITS), a présenté l'étude.");
        assertThat(roles(x)).containsExactly("Gaëlle Marchadour / chargée d'études et de prospective / Institut des territoires solidaires");
    }

    @Test
    void apposition_with_two_roles_gives_two_memberships() {
        Extraction x = extract("Baptiste Ravignan, doctorant et consultant chez Octobyte, a soulevé les enjeux juridiques.");
        assertThat(roles(x)).containsExactly("Baptiste Ravignan / doctorant / null", "Baptiste Ravignan / consultant / Octobyte");
    }

    @Test
    void roles_joined_by_et_are_tied_to_their_own_organization() {
        Extraction x = extract("Enfin, Corinne Aubertin, députée du Morbihan et présidente de la Commission des usages numériques, a conclu.");
        assertThat(roles(x)).containsExactly("Corinne Aubertin / députée du Morbihan / null",
                "Corinne Aubertin / présidente / Commission des usages numériques");
    }

    @Test
    void two_positions_share_the_organization_named_after_them() {
        Extraction x = extract("Noémie Castaing, cofondatrice et présidente de l'association Terrain Commun, témoigne.");
        assertThat(roles(x)).containsExactly("Noémie Castaing / cofondatrice / Terrain Commun",
                "Noémie Castaing / présidente / Terrain Commun");
    }

    @Test
    void bare_professions_joined_by_et_stay_one_role() {
        Extraction x = extract("La séance était animée par Hugues Tamarelle, chercheur et enseignant-chercheur en droit, devant un public nombreux.");
        assertThat(roles(x)).containsExactly("Hugues Tamarelle / chercheur et enseignant-chercheur en droit / null");
    }

    @Test
    void role_before_the_name() {
        Extraction x = extract("La députée Annabelle Quéméner a défendu le texte. Le maire Fabrice Ollivro était présent.");
        assertThat(roles(x)).containsExactly("Annabelle Quéméner / députée / null", "Fabrice Ollivro / maire / null");
    }

    @Test
    void role_and_organization_before_the_name() {
        Extraction x = extract("La directrice générale de l'Agence des mobilités douces, Sabine Kerhervé, a ouvert la journée.");
        assertThat(roles(x)).containsExactly("Sabine Kerhervé / directrice générale / Agence des mobilités douces");
    }

    @Test
    void organization_in_parentheses_is_a_bare_affiliation() {
        Extraction x = extract("Étaient présents Loïc Trémintin (INJEP) et Aline Vasseur (Collectif Brique Ouverte).");
        assertThat(roles(x)).containsExactly("Loïc Trémintin / null / Institut national de la jeunesse et de l'éducation populaire",
                "Aline Vasseur / null / Collectif Brique Ouverte");
    }

    @Test
    void role_in_parentheses() {
        Extraction x = extract("L'atelier était animé par Gilles Penvern (chef de projet données au Ministère de la Culture).");
        assertThat(roles(x)).containsExactly("Gilles Penvern / chef de projet données / Ministère de la Culture");
    }

    @Test
    void parentheses_after_two_names_distribute_roles_in_order() {
        Extraction x = extract("Y participaient Hervé Quintin et Léa Marsac (directeur exécutif et chargée de mission partenariats de la Coopérative Rhizome).");
        assertThat(roles(x)).containsExactly("Hervé Quintin / directeur exécutif / Coopérative Rhizome",
                "Léa Marsac / chargée de mission partenariats / Coopérative Rhizome");
    }

    @Test
    void caption_from_left_to_right_gives_affiliations() {
        Extraction x = extract("De gauche à droite : Margaux Delpech (Fondation Ecotone) et Samir Haddouche (FING).");
        assertThat(roles(x)).containsExactly("Margaux Delpech / null / Fondation Ecotone",
                "Samir Haddouche / null / Fondation Internet Nouvelle Génération");
    }

    @Test
    void au_sein_de_introduces_the_organization() {
        Extraction x = extract("Maxime Dutertre, responsable du pôle numérique au sein de la Communauté de communes du Haut-Vallon, explique.");
        assertThat(roles(x)).containsExactly("Maxime Dutertre / responsable du pôle numérique / Communauté de communes du Haut-Vallon");
    }

    @Test
    void a_place_after_a_territorial_role_stays_in_the_role() {
        Extraction x = extract("Régis Penhoat, maire de Plounéour-les-Landes, a signé la charte.");
        assertThat(roles(x)).containsExactly("Régis Penhoat / maire de Plounéour-les-Landes / null");
    }

    @Test
    void english_apposition_with_of_and_at() {
        Article a = new Article("t", null, null, null, null, "en", null, List.of(
                "Megan Holloway, director of the Open Harbour Foundation, and Tom Reddick, policy officer at the Civic Tech Alliance, spoke first."));
        assertThat(roles(extract(a))).containsExactly("Megan Holloway / director / Open Harbour Foundation",
                "Tom Reddick / policy officer / Civic Tech Alliance");
    }

    @Test
    void possessive_role_refers_to_the_organization_of_the_sentence_before() {
        Extraction x = extract("Le collectif Jardins Ouverts, qui fédère 30 lieux, demande un fonds. Sa porte-parole, Inès Valadier, a été reçue.");
        assertThat(roles(x)).containsExactly("Inès Valadier / porte-parole / Jardins Ouverts");
    }

    @Test
    void english_of_gives_an_affiliation_and_articles_are_dropped_from_roles() {
        Article a = new Article("t", null, null, null, null, "en", null, List.of(
                "The panel was chaired by Sophie Brandt of the Open Harbour Foundation with Priya Raman, a senior researcher at the University of Northfield."));
        assertThat(roles(extract(a))).containsExactly("Sophie Brandt / null / Open Harbour Foundation",
                "Priya Raman / senior researcher / University of Northfield");
    }

    @Test
    void a_capitalised_ministry_domain_is_not_an_organization() {
        Extraction x = extract("Pour Gabrielle Marchal, ancienne ministre du Numérique, les communs sont une priorité.");
        assertThat(roles(x)).containsExactly("Gabrielle Marchal / ancienne ministre du Numérique / null");
        assertThat(x.organizations()).isEmpty();
    }

    @Test
    void prefixed_roles_and_university_names() {
        Extraction x = extract("Une conférence de Mélanie Thévenard, maîtresse de conférences en droit à l'université Grenoble Alpes et co-présidente de Grains de Sel, ouvrira la journée.");
        assertThat(roles(x)).containsExactly("Mélanie Thévenard / maîtresse de conférences en droit / Université Grenoble Alpes",
                "Mélanie Thévenard / co-présidente / Grains de Sel");
    }

    @Test
    void english_domain_word_before_the_role_noun() {
        Article a = new Article("t", null, null, null, null, "en", null, List.of(
                "The workshop was moderated by Ingrid Solvang, policy lead at the Nordic Commons Network."));
        assertThat(roles(extract(a))).containsExactly("Ingrid Solvang / policy lead / Nordic Commons Network");
    }

    @Test
    void a_lone_name_after_an_elided_article_is_an_organization() {
        Extraction x = extract("Florent Guyomarch, ingénieur de recherche à l'Inria, a présenté le logiciel.");
        assertThat(roles(x)).containsExactly("Florent Guyomarch / ingénieur de recherche / Inria");
    }

    @Test
    void a_leading_verb_gives_a_membership_and_a_pronoun_refers_back() {
        Extraction x = extract("Gwenola Kerjean dirige depuis 2019 la Maison du Numérique Rural. Elle est aussi administratrice du réseau France Tiers-Lieux.");
        assertThat(roles(x)).containsExactly("Gwenola Kerjean / null / Maison du Numérique Rural",
                "Gwenola Kerjean / administratrice / France Tiers-Lieux");
    }

    @Test
    void curated_name_that_is_also_a_month_counts_after_an_elided_article() {
        Extraction x = extract("Jean-Marc Lefranc, président de l'April, rappelle ses engagements.");
        assertThat(roles(x)).containsExactly("Jean-Marc Lefranc / président / April");
    }

    @Test
    void role_then_organization_inside_parentheses_and_a_la_tete_de() {
        Extraction x = extract("À ses côtés, Inès Ferrand (ingénieure agronome, Semences Paysannes du Sud) coordonne le réseau.",
                "Pour Sandrine Vidalou, à la tête de la Coopérative Alimentaire de l'Albigeois depuis 2018, tout commence.");
        assertThat(roles(x)).containsExactly("Inès Ferrand / ingénieure agronome / Semences Paysannes du Sud",
                "Sandrine Vidalou / null / Coopérative Alimentaire de l'Albigeois");
    }

    @Test
    void a_role_before_a_name_at_sentence_start_splits_into_its_places() {
        Extraction x = extract("Ancien maire de Vielmur et actuel président de l'association Graines Communes, Gérard Pujolle a lancé le projet.");
        assertThat(roles(x)).containsExactly("Gérard Pujolle / Ancien maire de Vielmur / null",
                "Gérard Pujolle / actuel président / Graines Communes");
    }

    @Test
    void names_the_context_cannot_read_leave_the_role_without_organization() {
        Article a = new Article("t", null, null, null, null, "en", null, List.of(
                "\"Good,\" said Henrik Lundberg, head of unit at the Commission's Directorate-General for Networks, Content and Technology, in Brussels."));
        Extraction x = extract(a);
        assertThat(x.roles()).singleElement().satisfies(r -> assertThat(r.organization()).isNull());
        assertThat(x.organizations()).isEmpty();
    }

    @Test
    void english_organization_possessive_before_the_role() {
        Article a = new Article("t", null, null, null, null, "en", null, List.of(
                "The Nordic Open Tech Foundation (NOTF) hosted the day. Sessions were led by Freja Holm, NOTF's community manager."));
        assertThat(roles(extract(a))).containsExactly("Freja Holm / community manager / Nordic Open Tech Foundation");
    }

    @Test
    void a_name_after_a_generic_noun_keeps_its_capitalised_article() {
        Extraction x = extract("Margaux Teyssac, directrice du fablab L'Établi, et Émilie Cordeau, consultante au cabinet Datactiv, ont témoigné.");
        assertThat(roles(x)).containsExactly("Margaux Teyssac / directrice / L'Établi", "Émilie Cordeau / consultante / Datactiv");
    }

    @Test
    void person_est_role_and_legal_forms_before_names() {
        Extraction x = extract("À propos de l'auteure : Sophie Lemarquis est journaliste indépendante.",
                "À Nantes, la Scic Coursiers Unis réunit 40 livreurs. Karim Benhadji est cofondateur de la Scic Coursiers Unis.");
        assertThat(roles(x)).containsExactly("Sophie Lemarquis / journaliste indépendante / null",
                "Karim Benhadji / cofondateur / Coursiers Unis");
    }
}
