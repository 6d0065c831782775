package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.extract;

import java.util.List;
import org.communskg.importer.Article;
import org.junit.jupiter.api.Test;

/** Publication titles without quotes: a capitalised publication noun up to a year, or a title in apposition. */
class UnquotedTitlesTest {

    private static List<String> pubs(Extraction x) {
        return x.publications().stream().map(p -> p.title() + " / " + p.publisher()).toList();
    }

    @Test
    void a_capitalised_barometer_up_to_its_year() {
        Extraction x = extract("Le Réseau Cartes Communes publie le Baromètre des cartes ouvertes 2026, réalisé avec l'université de Caen.");
        assertThat(pubs(x)).containsExactly("Baromètre des cartes ouvertes 2026 / Réseau Cartes Communes");
    }

    @Test
    void an_english_title_in_apposition_to_a_report() {
        Extraction x = extract(new Article("t", null, null, null, "2026-02-01", "en", null, List.of(
                "The Open Maps Alliance also released its annual report, the State of Open Maps 2026, written with Ghent University.")));
        assertThat(pubs(x)).containsExactly("State of Open Maps 2026 / Open Maps Alliance");
    }

    @Test
    void a_capitalised_noun_without_a_year_is_not_a_title() {
        Extraction x = extract("Le Réseau Cartes Communes publie un Guide pratique pour les communes rurales.",
                "Selon le Rapport, tout va bien.");
        assertThat(pubs(x)).isEmpty();
    }

    @Test
    void an_event_with_a_year_is_not_a_publication() {
        Extraction x = extract("Le Forum des cartes ouvertes 2026 aura lieu à Caen.");
        assertThat(pubs(x)).isEmpty();
    }

    @Test
    void a_heading_and_its_sentence_are_one_publication() {
        Extraction x = extract("Le Baromètre des cartes ouvertes 2026",
                "Le Réseau Cartes Communes publie le Baromètre des cartes ouvertes 2026, réalisé avec l'université de Caen.");
        assertThat(pubs(x)).containsExactly("Baromètre des cartes ouvertes 2026 / Réseau Cartes Communes");
    }
}
