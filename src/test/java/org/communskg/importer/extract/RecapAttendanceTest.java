package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.english;
import static org.communskg.importer.extract.ExtractionAssertions.event;
import static org.communskg.importer.extract.ExtractionAssertions.extract;

import org.junit.jupiter.api.Test;

/** Who a recap shows speaking or present after the event is told, in other words than "a déclaré". */
class RecapAttendanceTest {
    private static final String OPENED = "Samedi 26 septembre, le tiers-lieu la Tannerie a été officiellement inauguré à Serrières.";

    @Test
    void who_detailed_something_in_the_recap_took_part() {
        Extraction x = extract(OPENED, "Paul Morvan, co-gérant de la coopérative, a détaillé le chantier : 800 000 euros de travaux.");
        assertThat(event(x, "Inauguration de la Tannerie").speakers()).contains("Paul Morvan");
    }

    @Test
    void who_made_the_trip_took_part() {
        Extraction x = extract(OPENED, "Claire Dubreuil, directrice du réseau Tiers-Lieux du Rhône, avait elle aussi fait le déplacement.");
        assertThat(event(x, "Inauguration de la Tannerie").speakers()).contains("Claire Dubreuil");
    }

    @Test
    void who_explained_in_an_english_recap_took_part() {
        Extraction x = extract(english("The Lumen Summit 2026 took place in Ghent on 3 June 2026.",
                "Mira Holm, director of the Open Rail Lab, explained that most timetables are still closed."));
        assertThat(event(x, "Lumen Summit 2026").speakers()).contains("Mira Holm");
    }

    @Test
    void who_explains_with_no_event_told_takes_part_in_nothing() {
        Extraction x = extract("Mira Holm, directrice de l'Open Rail Lab, a détaillé le budget de l'année.");
        assertThat(x.events()).isEmpty();
    }
}
