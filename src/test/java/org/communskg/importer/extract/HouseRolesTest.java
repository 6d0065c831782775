package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.roles;

import org.junit.jupiter.api.Test;

/** Offices named without an organization in a press release, or in a board list, belong to the house. */
class HouseRolesTest {
    private static final String HOUSE = "Réseau Cartes Communes";

    private static Extraction release(String... body) {
        String[] paragraphs = new String[body.length + 2];
        paragraphs[0] = "COMMUNIQUÉ DE PRESSE";
        System.arraycopy(body, 0, paragraphs, 1, body.length);
        paragraphs[body.length + 1] = "À propos du Réseau Cartes Communes : une association créée en 2019 à Rennes.";
        return extract(MarkdownArticles.withPublisher(HOUSE, "2026-04-02", paragraphs));
    }

    /** A news report whose title opens the body, as a heading does. */
    private static Extraction headlined(String title, String body) {
        return extract(new org.communskg.importer.Article("test", null, title, "Le Courrier du Trégor", "2026-04-02", "fr", null,
                java.util.List.of(title, body)));
    }

    @Test
    void a_board_list_in_a_press_release_belongs_to_the_publisher() {
        Extraction x = release("Le Réseau Cartes Communes a élu son bureau.",
                "Le bureau est composé de : Sylvie Tanguy, présidente ; Marc Le Dréau, trésorier ; Inès Bouaziz, secrétaire.");
        assertThat(roles(x)).contains("Sylvie Tanguy / présidente / Réseau Cartes Communes",
                "Marc Le Dréau / trésorier / Réseau Cartes Communes", "Inès Bouaziz / secrétaire / Réseau Cartes Communes");
    }

    @Test
    void staff_and_press_contact_belong_to_the_publisher() {
        Extraction x = release("L'équipe, conduite par la déléguée générale Anaïs Lebrec, compte six salariés.",
                "Contact presse : Hugo Marzin, chargé de communication – presse@cartes.exemple.org");
        assertThat(roles(x)).contains("Anaïs Lebrec / déléguée générale / Réseau Cartes Communes",
                "Hugo Marzin / chargé de communication / Réseau Cartes Communes");
    }

    @Test
    void a_profession_or_a_jury_seat_is_not_given_to_the_publisher() {
        Extraction x = release("Le jury est présidé par Odette Lamarque, ancienne préfète.",
                "Julien Morvan, développeur, et Léna Roux, présidente du jury, ont salué les lauréats.");
        assertThat(roles(x)).noneMatch(r -> r.endsWith("/ Réseau Cartes Communes"));
    }

    @Test
    void a_role_with_its_own_organization_keeps_it() {
        Extraction x = release("« Un beau projet », souligne Carole Imbert, directrice de la Fondation Océane.");
        assertThat(roles(x)).containsExactly("Carole Imbert / directrice / Fondation Océane");
    }

    @Test
    void a_news_report_does_not_give_offices_to_its_publisher() {
        Extraction x = extract(MarkdownArticles.withPublisher("Le Courrier du Trégor", "2026-04-02",
                "Ils étaient venus nombreux. « C'est utile », dit Nadine Plouzen, présidente, avant de partir."));
        assertThat(roles(x)).noneMatch(r -> r.endsWith("/ Le Courrier du Trégor"));
    }

    @Test
    void a_report_on_a_board_gives_the_board_organization() {
        Extraction x = extract(MarkdownArticles.withPublisher("Le Courrier du Trégor", "2026-04-02",
                "Réuni samedi, le conseil d'administration de l'association Lannion Numérique Solidaire a renouvelé son bureau.",
                "Il est composé de Bruno Kerleau, président ; Alice Moal, trésorière."));
        assertThat(roles(x)).contains("Bruno Kerleau / président / Lannion Numérique Solidaire",
                "Alice Moal / trésorière / Lannion Numérique Solidaire");
    }

    @Test
    void a_title_with_its_own_field_is_not_a_post_in_the_house() {
        Extraction x = release("Le lancement s'est fait en présence de Gérald Pinson, délégué interministériel à la sobriété numérique.");
        assertThat(roles(x)).noneMatch(r -> r.endsWith("/ Réseau Cartes Communes"));
    }

    @Test
    void a_news_report_quoting_a_press_release_is_not_one() {
        Extraction x = extract(MarkdownArticles.withPublisher("Le Courrier du Trégor", "2026-04-02",
                "Dans un communiqué de presse publié lundi, l'association a salué la décision.",
                "« C'est une victoire », estime Nadine Plouzen, présidente, qui évoque aussi la question à propos de la fibre."));
        assertThat(roles(x)).noneMatch(r -> r.endsWith("/ Le Courrier du Trégor"));
    }

    @Test
    void a_report_on_a_general_meeting_gives_its_organization() {
        Extraction x = extract(MarkdownArticles.withPublisher("Le Courrier du Trégor", "2026-04-02",
                "Samedi, l'assemblée générale de l'association Lannion Numérique Solidaire a réuni quarante adhérents.",
                "« Nous allons ouvrir un second lieu », annonce la nouvelle présidente, Alice Moal."));
        assertThat(roles(x)).contains("Alice Moal / nouvelle présidente / Lannion Numérique Solidaire");
    }

    @Test
    void two_general_meetings_leave_the_offices_unresolved() {
        Extraction x = extract(MarkdownArticles.withPublisher("Le Courrier du Trégor", "2026-04-02",
                "L'assemblée générale de l'association Lannion Numérique Solidaire s'est tenue samedi. "
                        + "Dimanche, l'assemblée générale de l'association Perros Connecté a suivi.",
                "« Nous allons ouvrir un second lieu », annonce la nouvelle présidente, Alice Moal."));
        assertThat(roles(x)).allMatch(r -> r.endsWith("/ null"));
    }

    @Test
    void appointment_news_gives_offices_to_the_organization_opening_its_headline() {
        Extraction x = headlined("Coopérative Trame Ouverte : Gaëlle Tardieu prend la présidence",
                "La nouvelle présidente, Gaëlle Tardieu, est ingénieure. Elle succède à Marc Olivo, président depuis 2018.");
        assertThat(roles(x)).contains("Gaëlle Tardieu / nouvelle présidente / Coopérative Trame Ouverte",
                "Marc Olivo / président / Coopérative Trame Ouverte");
    }

    @Test
    void a_headline_without_appointment_gives_no_house() {
        Extraction x = headlined("Coopérative Trame Ouverte : un nouveau lieu à Lannion", "« C'est utile », dit la présidente, Gaëlle Tardieu.");
        assertThat(roles(x)).noneMatch(r -> r.endsWith("/ Coopérative Trame Ouverte"));
    }

    @Test
    void a_seat_on_another_board_does_not_make_that_organization_the_house() {
        Extraction x = extract(MarkdownArticles.withPublisher("Le Courrier du Trégor", "2026-04-02",
                "Paul Rivet, membre du conseil d'administration de la Fondation Kermor, était présent.",
                "« Nous allons ouvrir un second lieu », annonce la nouvelle présidente, Alice Moal."));
        assertThat(roles(x)).contains("Alice Moal / nouvelle présidente / null");
    }

    @Test
    void our_correspondent_writes_for_the_publisher_named_in_the_metadata() {
        Extraction x = extract(MarkdownArticles.withPublisher("L'Écho du Trégor", "2026-04-02",
                "Publié le 2 avril 2026 · De notre correspondante, Katell Riou", "Le tiers-lieu a ouvert samedi."));
        assertThat(roles(x)).containsExactly("Katell Riou / correspondante / L'Écho du Trégor");
    }

    @Test
    void our_president_in_a_quotation_is_not_the_publisher() {
        Extraction x = extract(MarkdownArticles.withPublisher("L'Écho du Trégor", "2026-04-02",
                "« Notre présidente, Katell Riou, y tenait beaucoup », confie un bénévole."));
        assertThat(roles(x)).noneMatch(r -> r.endsWith("/ L'Écho du Trégor"));
        assertThat(ExtractionAssertions.orgs(x)).doesNotContain("L'Écho du Trégor");
    }
}
