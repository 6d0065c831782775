package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.english;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.roles;

import org.junit.jupiter.api.Test;

/**
 * "X, role, Organization ;" in a jury or contact list, a byline or a signature: the organization
 * closes the item after a comma, without a preposition; and persons coordinated before one
 * affiliation ("A et B, de l'université de Y") share it.
 */
class ListedAffiliationsTest {
    @Test
    void a_jury_list_item_closing_on_its_organization_and_a_semicolon() {
        Extraction x = extract("Le jury réunit :\nSalomé Perrin, chargée de mission innovation, Banque des Territoires ;\n"
                + "Idriss Kamara, maître de conférences, université de Lorraine ;\nun représentant de l'État.");
        assertThat(roles(x)).contains("Salomé Perrin / chargée de mission innovation / Banque des Territoires",
                "Idriss Kamara / maître de conférences / Université de Lorraine");
    }

    @Test
    void a_contact_line_closing_on_its_organization_and_a_dot() {
        Extraction x = extract("Contact presse : Margot Lenoir, responsable de la communication, La MedNum.");
        assertThat(roles(x)).containsExactly("Margot Lenoir / responsable de la communication / La MedNum");
    }

    @Test
    void an_english_byline_closing_on_its_organization() {
        Extraction x = extract(english("By Tomasz Wrona, Senior Policy Officer, Open Knowledge Foundation"));
        assertThat(roles(x)).containsExactly("Tomasz Wrona / Senior Policy Officer / Open Knowledge Foundation");
    }

    @Test
    void an_unknown_capitalised_word_after_the_role_is_no_organization() {
        Extraction x = extract("Parmi les lauréats : Lina Morel, gérante, Montbéliard ; Paul Nguyen, animateur, Besançon.");
        assertThat(roles(x)).noneMatch(r -> r.startsWith("Lina Morel") && !r.endsWith("/ null"));
    }

    @Test
    void coordinated_authors_share_the_affiliation_that_follows_them() {
        Extraction x = extract("Ses auteures, Nadia Fofana et Chloé Barbier, de l'université de Lorraine, ont interrogé 80 communes.");
        assertThat(roles(x)).contains("Nadia Fofana / null / Université de Lorraine", "Chloé Barbier / null / Université de Lorraine");
    }

    @Test
    void coordinated_english_authors_share_the_affiliation_of_phrase() {
        Extraction x = extract(english("The study was written by Pieter Janssens and Sarah Demir of the University of Ghent."));
        assertThat(roles(x)).contains("Pieter Janssens / null / University of Ghent", "Sarah Demir / null / University of Ghent");
    }

    @Test
    void a_person_before_another_person_with_a_role_does_not_share_it() {
        Extraction x = extract("Étaient présents Nadia Fofana et Chloé Barbier, directrice de la Fondation Orme, ainsi que le maire.");
        assertThat(roles(x)).noneMatch(r -> r.startsWith("Nadia Fofana"));
    }

    @Test
    void a_person_with_a_title_before_the_name_does_not_share_the_next_ones_affiliation() {
        Extraction x = extract("Le jury compte la sociologue Aurore Petit et Samuel Girard, de la Fondation Orme.");
        assertThat(roles(x)).noneMatch(r -> r.startsWith("Aurore Petit") && r.endsWith("Fondation Orme"));
    }

    @Test
    void an_english_byline_with_a_three_word_title() {
        Extraction x = extract(english("By Jana Novak, Europe Programmes Lead, Open Knowledge Foundation"));
        assertThat(roles(x)).containsExactly("Jana Novak / Europe Programmes Lead / Open Knowledge Foundation");
    }

    @Test
    void an_english_three_word_title_before_a_verb() {
        Extraction x = extract(english("Tom Becker, Global Partnerships Manager, said the fund was ready."));
        assertThat(roles(x)).containsExactly("Tom Becker / Global Partnerships Manager / null");
    }
}
