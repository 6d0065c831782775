package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Journal and newsletter issues named by their number, and notes published in the present tense. */
class IssuePatternsTest {

    private static List<String> titles(Extraction x) {
        return x.publications().stream().map(p -> p.title() + " / " + p.publisher()).toList();
    }

    @Test
    void a_newsletter_issue_with_its_number() {
        Extraction x = extract("Le n° 37 de Communs d'Ici, la lettre du Réseau Cartes Communes, est consacré aux cartes.");
        assertThat(titles(x)).extracting(t -> t.split(" / ")[0]).containsExactly("Communs d'Ici");
    }

    @Test
    void a_journal_issue_after_the_noun_revue() {
        Extraction x = extract("Dans le numéro 12 de la revue Territoires Libres, Ana Costa signe un article.");
        assertThat(titles(x)).extracting(t -> t.split(" / ")[0]).containsExactly("Territoires Libres");
    }

    @Test
    void a_number_without_a_title_is_not_an_issue() {
        Extraction x = extract("Le numéro 3 de la liste a été retenu, et le n° 4 de la rue aussi.");
        assertThat(titles(x)).isEmpty();
    }

    @Test
    void a_note_published_in_the_present_tense_has_its_publisher() {
        Extraction x = extract("Le Collectif Rues Partagées publie la note « Cartes et communs » ce mardi.");
        assertThat(titles(x)).containsExactly("Cartes et communs / Collectif Rues Partagées");
    }
}
