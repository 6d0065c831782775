package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.event;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.titled;

import java.util.List;
import org.communskg.importer.Article;
import org.junit.jupiter.api.Test;

/** An agenda or a recap names its event in full in the headline only; the body says "ses rencontres". */
class EventHeadlineTest {
    @Test
    void the_event_named_in_the_headline_holds_the_sessions_of_the_programme() {
        Extraction x = extract(titled("Agenda — Journées Estuaire 2026 : trois jours pour les lieux partagés",
                "Le collectif Estuaire organise ses journées annuelles à Lorient.",
                "10h — Table ronde « Payer les communs ? »",
                "Animée par Gaëlle Kerbrat."));
        EventFact e = event(x, "Journées Estuaire 2026");
        assertThat(e.parts()).extracting(EventFact::name).containsExactly("Payer les communs ?");
    }

    @Test
    void the_body_naming_the_event_without_its_year_is_the_headline_event() {
        Extraction x = extract(new Article("t", null, "Lumen Summit 2026: what we learned", null, "2026-07-02", "en", null,
                List.of("Some 300 people gathered on 30 June for the second Lumen Summit, organised with the support of the Fondation Orbis.")));
        assertThat(x.events()).extracting(EventFact::name).containsExactly("Lumen Summit 2026");
        assertThat(event(x, "Lumen Summit 2026").sponsors()).containsExactly("Fondation Orbis");
    }

    @Test
    void a_headline_event_the_body_names_in_other_words_is_left_out() {
        Extraction x = extract(titled("À Vannes, le Salon des communs mise sur la sobriété",
                "Le Salon breton des communs s'est tenu les 2 et 3 octobre 2025 à Vannes. Organisé par l'association Terre Ouverte, il a rassemblé 400 personnes."));
        assertThat(x.events()).extracting(EventFact::name).containsExactly("Salon breton des communs");
    }

    @Test
    void a_programme_headline_is_not_an_event_name() {
        Extraction x = extract(titled("Programme des Rencontres de la donnée ouverte 2026",
                "Les Rencontres de la donnée ouverte 2026 se tiendront le jeudi 9 avril à Dijon."));
        assertThat(x.events()).extracting(EventFact::name).doesNotContain("Programme des Rencontres");
    }
}
