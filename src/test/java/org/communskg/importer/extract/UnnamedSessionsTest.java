package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.english;
import static org.communskg.importer.extract.ExtractionAssertions.event;
import static org.communskg.importer.extract.ExtractionAssertions.extract;

import org.junit.jupiter.api.Test;

/** Sessions a recap names by what they are: "la plénière de clôture", "the opening keynote by X". */
class UnnamedSessionsTest {
    private static final String FORUM = "Les Journées Estuaire 2026 se sont tenues les 4 et 5 juin à Lorient.";

    @Test
    void a_closing_plenary_that_brought_people_together_is_a_session_with_its_speakers() {
        Extraction x = extract(FORUM, "Le vendredi, la plénière de clôture a réuni Yves Le Roux et Anne Kervella.");
        assertThat(event(x, "Plénière de clôture").speakers()).containsExactly("Yves Le Roux", "Anne Kervella");
    }

    @Test
    void a_round_table_on_a_topic_moderated_by_someone_is_a_session() {
        Extraction x = extract(FORUM, "La table ronde sur les modèles économiques, animée par Gaëlle Kerbrat, a fait salle comble.");
        assertThat(event(x, "Table ronde sur les modèles économiques").moderator()).isEqualTo("Gaëlle Kerbrat");
    }

    @Test
    void the_opening_keynote_by_someone_is_a_session_given_by_them() {
        Extraction x = extract(english("The Lumen Summit 2026 took place in Ghent on 3 June 2026.",
                "The opening keynote by Rachel Dunmore, head of unit at the Lumen Foundation, set the tone."));
        assertThat(event(x, "Opening keynote").speakers()).containsExactly("Rachel Dunmore");
    }

    @Test
    void a_keynote_that_was_given_by_someone_is_not_named() {
        Extraction x = extract(english("The Lumen Summit 2026 took place in Ghent on 3 June 2026.",
                "The opening keynote was given by Rachel Dunmore, head of unit at the Lumen Foundation."));
        assertThat(x.events().get(0).parts()).isEmpty();
    }

    @Test
    void a_conference_after_a_round_table_is_not_the_round_table() {
        Extraction x = extract(FORUM, "La table ronde sur les modèles économiques, animée par Gaëlle Kerbrat, a fait salle comble.",
                "Le soir, la conférence a pris un tour plus politique. Yves Le Roux a défendu l'idée que les lieux sont des communs.");
        assertThat(event(x, "Table ronde sur les modèles économiques").speakers()).doesNotContain("Yves Le Roux");
    }

    @Test
    void a_titled_conference_called_a_round_table_later_is_still_that_session() {
        Extraction x = extract(FORUM, "Le collectif a pris la parole lors de la conférence intitulée « Lieux et communs ».",
                "Les participants de la table ronde - modérée par Gaëlle Kerbrat - ont témoigné.");
        assertThat(event(x, "Lieux et communs").moderator()).isEqualTo("Gaëlle Kerbrat");
    }

    @Test
    void a_panel_moderated_by_our_titled_director_is_moderated_by_them() {
        Extraction x = extract(english("The Lumen Summit 2026 took place in Ghent on 3 June 2026.",
                "On the main panel, \"Who maps the maps?\", moderated by our Director of Programmes Rachel Dunmore, Peter Okonkwo argued for open maps."));
        assertThat(event(x, "Who maps the maps?").moderator()).isEqualTo("Rachel Dunmore");
    }
}
