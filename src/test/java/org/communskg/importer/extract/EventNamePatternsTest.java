package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.event;
import static org.communskg.importer.extract.ExtractionAssertions.extract;

import java.util.List;
import org.communskg.importer.Article;
import org.junit.jupiter.api.Test;

/** How events are named without quotes (invented names). */
class EventNamePatternsTest {

    @Test
    void an_english_name_closed_by_conference_is_an_event() {
        Extraction x = extract(new Article("t", null, null, null, "2025-05-01", "en", null,
                List.of("The Open Archives Conference took place in Ghent on 4 June.")));
        assertThat(event(x, "Open Archives Conference").date()).isEqualTo("2025-06-04");
    }

    @Test
    void an_edition_of_a_festival_with_a_small_word_in_its_name() {
        Extraction x = extract(MarkdownArticles.withPublisher(null, "2025-05-10",
                "La deuxième édition du festival Lille en Fête Numérique s'est tenue les 3 et 4 mai."));
        assertThat(event(x, "Lille en Fête Numérique").endDate()).isEqualTo("2025-05-04");
    }

    @Test
    void the_summer_school_of_an_organization() {
        Extraction x = extract("L'université d'été de la Fédération des acteurs solidaires s'est tenue le 3 juillet 2025 à Grenoble.");
        EventFact e = event(x, "université d'été de la Fédération des acteurs solidaires");
        assertThat(e.location()).isEqualTo("Grenoble");
        assertThat(x.organizations()).extracting(OrgMention::name).containsExactly("Fédération des acteurs solidaires");
    }

    @Test
    void a_press_conference_or_a_lower_case_word_after_an_event_noun_is_no_name() {
        assertThat(extract("Lors de la conférence de presse du Conseil, la ministre a parlé.").events()).isEmpty();
        assertThat(extract("Le festival en plein air a été annulé.").events()).isEmpty();
    }

    @Test
    void an_acronym_after_an_ampersand_stays_in_the_event_name() {
        Extraction x = extract("Les Rencontres nationales Données & SCIC sont organisées par la Fédération des Lieux Partagés.");
        assertThat(event(x, "Rencontres nationales Données & SCIC").organizers()).containsExactly("Fédération des Lieux Partagés");
    }

    @Test
    void a_photo_credit_names_no_event() {
        assertThat(extract("La plénière de clôture de l'édition 2025. © Rencontres Données & SCIC").events()).isEmpty();
    }
}
