package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.english;
import static org.communskg.importer.extract.ExtractionAssertions.event;
import static org.communskg.importer.extract.ExtractionAssertions.extract;

import org.junit.jupiter.api.Test;

/** Who sat on a panel, told by a photo caption or a "Speakers were:" list in a recap (invented names). */
class PanelCaptionsTest {
    @Test
    void a_caption_from_left_during_a_panel_names_its_speakers_and_moderator() {
        Extraction x = extract(english("The Open Ledger Forum 2026 took place in Lisbon on 3 June.",
                "The main panel, \"Who maintains the maps?\", was the most discussed.",
                "From left: Marie Solberg (moderator), Pierre Antunes and Irene Kowal during the \"Who maintains the maps?\" panel."));
        EventFact panel = event(x, "Who maintains the maps?");
        assertThat(panel.moderator()).isEqualTo("Marie Solberg");
        assertThat(panel.speakers()).containsExactlyInAnyOrder("Pierre Antunes", "Irene Kowal");
    }

    @Test
    void a_caption_of_the_moderator_with_the_panel_names_its_speakers() {
        Extraction x = extract(english("The Open Ledger Forum 2026 took place in Lisbon on 3 June.",
                "The main panel, \"Who maintains the maps?\", was the most discussed.",
                "Photo caption: Marie Solberg (left) moderating the \"Who maintains the maps?\" panel with Pierre Antunes and Irene Kowal."));
        assertThat(event(x, "Who maintains the maps?").speakers()).containsExactlyInAnyOrder("Pierre Antunes", "Irene Kowal");
    }

    @Test
    void a_french_caption_de_gauche_a_droite_lors_de_la_table_ronde() {
        Extraction x = extract("Les Journées Lieux Ouverts 2026 se sont tenues à Brest le 3 juin.",
                "La table ronde « Qui paie l'entretien ? » a fait salle comble.",
                "De gauche à droite : Gaëlle Morvan (animatrice), Paul Lemoine et Anne Kerhervé lors de la table ronde « Qui paie l'entretien ? ».");
        EventFact panel = event(x, "Qui paie l'entretien ?");
        assertThat(panel.moderator()).isEqualTo("Gaëlle Morvan");
        assertThat(panel.speakers()).containsExactlyInAnyOrder("Paul Lemoine", "Anne Kerhervé");
    }

    @Test
    void speakers_were_then_a_list_names_the_panel_speakers() {
        Extraction x = extract(english("The Open Ledger Forum 2026 took place in Lisbon on 3 June.",
                "The busiest session was the panel \"Who maintains the maps?\", moderated by Marie Solberg. Speakers were:",
                "- Pierre Antunes, CEO of the cooperative Mapas Livres;\n- Irene Kowal, head of data at the City of Gdynia."));
        assertThat(event(x, "Who maintains the maps?").speakers()).containsExactlyInAnyOrder("Pierre Antunes", "Irene Kowal");
    }

    @Test
    void the_opening_keynote_came_from_a_speaker_of_the_event() {
        Extraction x = extract(english("The Open Ledger Forum 2026 took place in Lisbon on 3 June.",
                "The opening keynote came from Irene Kowal, head of data at the City of Gdynia."));
        assertThat(event(x, "Open Ledger Forum 2026").speakers()).contains("Irene Kowal");
    }

    @Test
    void a_caption_above_the_recap_counts_once_the_session_is_named() {
        Extraction x = extract(english("From left: Marie Solberg (moderator), Pierre Antunes and Irene Kowal during the \"Who maintains the maps?\" panel.",
                "The Open Ledger Forum 2026 took place in Lisbon on 3 June.",
                "On the main panel, \"Who maintains the maps?\", moderated by Marie Solberg, Pierre Antunes argued for public budgets."));
        assertThat(event(x, "Who maintains the maps?").speakers()).contains("Pierre Antunes", "Irene Kowal");
    }
}
