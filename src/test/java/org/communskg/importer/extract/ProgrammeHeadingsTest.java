package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.extract;

import org.junit.jupiter.api.Test;

/** "Programme des …" / "Agenda des …" lead a heading; the event is what follows them. */
class ProgrammeHeadingsTest {

    @Test
    void programme_des_is_not_part_of_the_event_name() {
        Extraction x = extract("## Programme des Rencontres régionales 2027",
                "Les Rencontres régionales 2027 se tiendront à Brest le 12 mars, organisées par la Fondation Orbis.");
        assertThat(x.events()).extracting(EventFact::name).containsExactly("Rencontres régionales 2027");
    }

    @Test
    void a_heading_alone_names_the_event_without_its_lead_word() {
        Extraction x = extract("## Agenda des Rencontres Savoirs Partagés 2027",
                "Rendez-vous le 12 mars à Brest.");
        assertThat(x.events()).extracting(EventFact::name).noneMatch(n -> n.startsWith("Agenda"));
    }
}
