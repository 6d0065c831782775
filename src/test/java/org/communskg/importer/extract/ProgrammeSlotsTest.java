package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.event;
import static org.communskg.importer.extract.ExtractionAssertions.extract;

import java.util.List;
import org.communskg.importer.Article;
import org.junit.jupiter.api.Test;

/** Sessions a programme names by a time slot, without quotes: "9h30 — Visites apprenantes", "14h — Ateliers : a ; b". */
class ProgrammeSlotsTest {
    private static final String FORUM = "Les Journées Estuaire 2026 se tiendront les 4 et 5 juin à Lorient.";

    private static List<String> parts(Extraction x) {
        return x.events().get(0).parts().stream().map(EventFact::name).toList();
    }

    @Test
    void a_time_slot_names_its_session_up_to_the_complement() {
        Extraction x = extract(FORUM, "9h30 — Visites partagées de trois lieux de la métropole (départ en bus).");
        assertThat(parts(x)).containsExactly("Visites partagées");
    }

    @Test
    void a_keynote_slot_is_given_by_the_person_it_names() {
        Extraction x = extract(FORUM, "9 h 30 – Keynote de Gaëlle Kerbrat, sociologue, autrice de l'essai « Lieux de passage ».");
        assertThat(event(x, "Keynote de Gaëlle Kerbrat").speakers()).containsExactly("Gaëlle Kerbrat");
    }

    @Test
    void workshops_listed_after_a_colon_are_sessions_each() {
        Extraction x = extract(FORUM, "14h — Ateliers : cartes et données ; compter sans se perdre ; décider à plusieurs.");
        assertThat(parts(x)).containsExactly("Cartes et données", "Compter sans se perdre", "Décider à plusieurs");
    }

    @Test
    void titles_listed_under_a_workshops_slot_are_workshops_with_their_guests() {
        Extraction x = extract(FORUM, "14h00 — Ateliers en parallèle\n« Compter sans se perdre » — avec Yves Le Roux\n"
                + "« Décider à plusieurs » — avec Anne Kervella");
        assertThat(parts(x)).containsExactly("Compter sans se perdre", "Décider à plusieurs");
        assertThat(event(x, "Décider à plusieurs").speakers()).containsExactly("Anne Kervella");
    }

    @Test
    void breaks_openings_and_bylined_slots_are_no_sessions() {
        Extraction x = extract(FORUM, "9h — Accueil café", "9h30 — Ouverture", "12h — Déjeuner sur place",
                "17h — Clôture par Yves Le Roux, président d'Estuaire.");
        assertThat(parts(x)).isEmpty();
    }

    @Test
    void a_timetable_without_an_event_names_no_session() {
        Extraction x = extract(new Article("t", null, null, null, "2026-03-02", "fr", null,
                List.of("La médiathèque change ses horaires.", "9h30 — Ouverture des portes au public")));
        assertThat(x.events()).isEmpty();
    }
}
