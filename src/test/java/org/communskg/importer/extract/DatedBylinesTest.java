package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.roles;

import java.util.List;
import org.communskg.importer.Article;
import org.junit.jupiter.api.Test;

/**
 * A byline that opens on its date ("18 November 2026 · by X, Network Coordinator · 5 min read",
 * "12 mars 2026 | Par Y, chargée de communication") is a byline too: the office is held at the
 * organization whose site it is; a page title closing on "– Site" names that site.
 */
class DatedBylinesTest {
    @Test
    void an_english_byline_after_its_date() {
        Extraction x = extract(new Article("t", "https://www.lumenfoundation.org/blog/grants", "New grants", null, "2026-03-18", "en",
                null, List.of("18 March 2026 · by Ana Perez, Network Coordinator · 5 min read",
                        "The Lumen Foundation opens a new round of grants.")));
        assertThat(roles(x)).containsExactly("Ana Perez / Network Coordinator / Lumen Foundation");
    }

    @Test
    void a_french_byline_after_its_date() {
        Extraction x = extract(new Article("t", "https://www.passerelles-est.org/actus/ag", "AG", null, "2026-03-12", "fr",
                null, List.of("12 mars 2026 | Par Lina Morel, chargée de communication", "Le réseau Passerelles Est a tenu son AG.")));
        assertThat(roles(x)).containsExactly("Lina Morel / chargée de communication / Passerelles Est");
    }

    @Test
    void a_page_title_closing_on_an_en_dash_site_name() {
        Extraction x = extract(new Article("t", null, "Why commons need third places – Lumen Network", null, "2026-03-18", "en",
                null, List.of("18 March 2026 · by Ana Perez, Network Coordinator · 5 min read",
                        "Lumen Network gathers forty hubs.")));
        assertThat(roles(x)).containsExactly("Ana Perez / Network Coordinator / Lumen Network");
    }

    @Test
    void a_sentence_with_by_further_on_is_no_byline() {
        Extraction x = extract(new Article("t", "https://www.lumenfoundation.org/blog/grants", "New grants", null, "2026-03-18", "en",
                null, List.of("The session, moderated by Ana Perez, Network Coordinator, was lively.",
                        "The Lumen Foundation opens a new round of grants.")));
        assertThat(roles(x)).noneMatch(r -> r.endsWith("Lumen Foundation"));
    }
}
