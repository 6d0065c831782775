package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.english;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.orgs;

import org.junit.jupiter.api.Test;

/** English names that run on through "in (the)" and a capitalised word, but not through a place. */
class NamesThroughInTest {

    private static java.util.List<String> events(Extraction x) {
        return x.events().stream().map(EventFact::name).toList();
    }

    @Test
    void an_event_name_runs_on_through_in_the_and_a_capitalised_word() {
        Extraction x = extract(english(
                "The Festival of Open Data in the Cities took place on 3 June, organised by the Open Knowledge Foundation."));
        assertThat(events(x)).containsExactly("Festival of Open Data in the Cities");
    }

    @Test
    void a_name_starting_with_a_common_word_keeps_it_before_in() {
        Extraction x = extract(english(
                "Odile Marchand will speak at the Commons in the Regions Forum on 5 November, hosted by the Tessaly Network."));
        assertThat(events(x)).containsExactly("Commons in the Regions Forum");
    }

    @Test
    void a_place_after_in_is_where_the_event_happens_not_part_of_its_name() {
        Extraction x = extract(english(
                "The Open Data Summit in Brussels took place on 12 May, organised by the Tessaly Network."));
        assertThat(events(x)).containsExactly("Open Data Summit");
    }

    @Test
    void a_town_the_lexicon_does_not_know_is_not_part_of_the_name() {
        Extraction x = extract(english(
                "On 24 September, 80 maintainers gathered at the Maison des Savoirs in Kerlouan-Plage for the Data Commons Forum."));
        assertThat(orgs(x)).doesNotContain("Maison des Savoirs in Kerlouan-Plage");
    }

    @Test
    void a_date_after_in_is_not_part_of_the_name() {
        Extraction x = extract(english(
                "The Data Commons Forum in November gathered 200 people, organised by the Tessaly Network."));
        assertThat(events(x)).containsExactly("Data Commons Forum");
    }
}
