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

    private static final String SUMMIT = "The Lumen Summit 2026 took place in Ghent on 3 June 2026.";

    @Test
    void our_panel_on_a_topic_that_featured_someone_is_a_session() {
        Extraction x = extract(english(SUMMIT, "Our panel on open mobility data also featured Rachel Dunmore, head of unit at the Lumen Foundation."));
        assertThat(event(x, "Panel on open mobility data").speakers()).containsExactly("Rachel Dunmore");
    }

    @Test
    void a_panel_whose_topic_comes_in_apposition_is_named_by_it() {
        Extraction x = extract(english(SUMMIT, "The second panel, on digital inclusion, was the liveliest of the day."));
        assertThat(x.events().get(0).parts()).extracting(EventFact::name).containsExactly("Panel on digital inclusion");
    }

    @Test
    void a_one_word_panel_chaired_by_someone_is_a_session_with_its_chair() {
        Extraction x = extract(english(SUMMIT, "Tomas Berg joined the funding panel, chaired by Rachel Dunmore, director of the Lumen Foundation."));
        assertThat(event(x, "Funding panel").moderator()).isEqualTo("Rachel Dunmore");
        assertThat(event(x, "Funding panel").speakers()).containsExactly("Tomas Berg");
    }

    @Test
    void a_hands_on_workshop_on_a_topic_is_named_without_its_adjective() {
        Extraction x = extract(english(SUMMIT, "On Saturday, twenty people met for a hands-on workshop on data licences, which Tomas Berg facilitated."));
        assertThat(x.events().get(0).parts()).extracting(EventFact::name).containsExactly("Workshop on data licences");
    }

    @Test
    void un_atelier_sur_un_sujet_anime_par_quelquun_est_une_session() {
        Extraction x = extract(FORUM, "Un atelier sur les licences ouvertes, animé par Gaëlle Kerbrat, a réuni vingt personnes.");
        assertThat(event(x, "Atelier sur les licences ouvertes").moderator()).isEqualTo("Gaëlle Kerbrat");
    }

    @Test
    void the_afternoon_panel_is_not_named_by_its_time() {
        Extraction x = extract(english(SUMMIT, "Tomas Berg joined the afternoon panel, chaired by Rachel Dunmore."));
        assertThat(x.events().get(0).parts()).isEmpty();
    }
}
