package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.event;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.titled;

import java.util.List;
import org.communskg.importer.Article;
import org.junit.jupiter.api.Test;

/**
 * Organizers and supporters of an event that an agenda or the organizer's own recap names only in
 * its headline: "ses rencontres annuelles", "nos Journées", "ainsi que par", credits in captions.
 */
class EventOwnVoiceTest {
    @Test
    void who_organizes_its_annual_meeting_in_partnership_with_another_both_organize() {
        Extraction x = extract(titled("Agenda — Journées Estuaire 2026 : trois jours pour les lieux partagés",
                "Le réseau Estuaire, qui fédère quarante lieux entre Lorient, Vannes et Quimper, organise ses journées annuelles "
                        + "en partenariat avec la Fédération Lieux Communs."));
        assertThat(event(x, "Journées Estuaire 2026").organizers()).containsExactlyInAnyOrder("Estuaire", "Fédération Lieux Communs");
    }

    @Test
    void supporters_added_with_ainsi_que_par_support_the_event_too() {
        Extraction x = extract(titled("Agenda — Journées Estuaire 2026",
                "Le réseau Estuaire organise ses journées annuelles à Lorient.",
                "Cette édition, la troisième, est soutenue par la Fondation Orbis et la Caisse Bretonne, ainsi que par la Région Bretagne."));
        assertThat(event(x, "Journées Estuaire 2026").sponsors()).containsExactly("Fondation Orbis", "Caisse Bretonne", "Région Bretagne");
    }

    @Test
    void our_event_on_the_site_of_its_organizer_is_organized_by_the_site_owner() {
        Extraction x = extract(titled("Retour sur les Journées Estuaire 2026 | Estuaire – réseau des lieux partagés",
                "Plus de 300 personnes ont participé les 21 et 22 mai à Lorient à la troisième édition de nos Journées, "
                        + "co-organisées avec la Fédération Lieux Communs.",
                "Gaëlle Kerbrat, co-présidente d'Estuaire, a ouvert les débats."));
        assertThat(event(x, "Journées Estuaire 2026").organizers()).containsExactlyInAnyOrder("Estuaire", "Fédération Lieux Communs");
    }

    @Test
    void a_signature_names_no_site_owner() {
        Extraction x = extract(new Article("t", null, "Lumen Summit 2026: what we learned", null, "2026-07-02", "en", "Paul Marec",
                List.of("Some 300 people gathered for the second Lumen Summit, organised by our foundation.", "Paul Marec wrote this post.")));
        assertThat(event(x, "Lumen Summit 2026").organizers()).isEmpty();
    }

    @Test
    void the_photographer_credited_in_a_caption_is_no_speaker() {
        Extraction x = extract(titled("Retour sur les Journées Estuaire 2026",
                "La conférence du jeudi soir, modérée par Gaëlle Kerbrat, avec Yves Le Roux et Anne Kervella. © Estuaire / Paul Marec"));
        assertThat(event(x, "Journées Estuaire 2026").speakers()).doesNotContain("Paul Marec").contains("Anne Kervella");
    }
}
