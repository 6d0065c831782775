package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.event;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.orgs;
import static org.communskg.importer.extract.ExtractionAssertions.roles;

import java.util.List;
import org.communskg.importer.Article;
import org.junit.jupiter.api.Test;

/** Short newsletter items: events run by someone, chats between people, reports described after their title (invented names). */
class DigestPatternsTest {

    private static Extraction english(String... paragraphs) {
        return extract(new Article("t", null, null, null, "2025-04-14", "en", null, List.of(paragraphs)));
    }

    @Test
    void an_event_run_by_a_foundation_and_a_fireside_chat_between_two_people() {
        Extraction x = english("Around 120 maintainers gathered in Leiden on 10 April for Maintainer Summit, an event run by the Dutch foundation "
                + "Stichting Vrije Code with backing from the city of Leiden. The programme opened with a fireside chat between "
                + "Lotte Visser, the foundation's executive director, and Samir Haddad, a core maintainer of the OpenMaps library.");
        EventFact e = event(x, "Maintainer Summit");
        assertThat(e.organizers()).containsExactly("Stichting Vrije Code");
        assertThat(e.sponsors()).isEmpty();
        assertThat(e.speakers()).containsExactly("Lotte Visser", "Samir Haddad");
        assertThat(roles(x)).containsExactlyInAnyOrder("Lotte Visser / executive director / Stichting Vrije Code",
                "Samir Haddad / core maintainer / null");
        assertThat(orgs(x)).containsExactly("Stichting Vrije Code");
    }

    @Test
    void a_report_described_after_its_title() {
        Extraction x = english("The Public Code Institute published \"Who maintains public code?\", a 40-page report authored by Clara Weiss.");
        assertThat(x.publications()).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Who maintains public code?");
            assertThat(p.publisher()).isEqualTo("Public Code Institute");
        });
        assertThat(english("The Public Code Institute quoted \"Who cares?\", a line from a song.").publications()).isEmpty();
    }

    @Test
    void an_event_announced_as_to_be_held() {
        Extraction x = english("The organisers of Code Backstage, to be held in Berlin in June, are looking for speakers.");
        assertThat(event(x, "Code Backstage").location()).isEqualTo("Berlin");
        assertThat(english("The organisers of Code Backstage are looking for speakers.").events()).isEmpty();
    }
}
