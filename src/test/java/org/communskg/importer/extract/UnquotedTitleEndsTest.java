package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a title written without quotes ends, and where there is none (invented titles). */
class UnquotedTitleEndsTest {

    private static List<String> pubs(Extraction x) {
        return x.publications().stream().map(PublicationFact::title).toList();
    }

    @Test
    void a_capitalised_barometer_without_a_year_ends_at_its_participle() {
        Extraction x = extract("En Bretagne, le Baromètre des lieux d'inclusion numérique publié en mars par l'association Clic Armor montre un recul.");
        assertThat(pubs(x)).containsExactly("Baromètre des lieux d'inclusion numérique");
    }

    @Test
    void a_title_ends_before_the_date_not_before_its_last_word() {
        Extraction x = extract("L'association Données Citoyennes présentera son guide Ouvrir les données de sa commune le 12 juin à Nantes.");
        assertThat(pubs(x)).containsExactly("Ouvrir les données de sa commune");
    }

    @Test
    void an_organization_named_observatoire_is_no_title() {
        Extraction x = extract("L'Observatoire des données citoyennes publie son rapport annuel 2025 en juin.");
        assertThat(pubs(x)).noneMatch(t -> t.startsWith("Observatoire"));
    }

    @Test
    void an_entitled_report_runs_to_the_punctuation() {
        Extraction x = extract("L'Observatoire des données citoyennes publie son rapport annuel 2025, intitulé Les données au service des habitants.");
        assertThat(x.publications()).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Les données au service des habitants");
            assertThat(p.kind()).isEqualTo("rapport");
        });
    }

    @Test
    void an_entitled_round_table_is_no_publication() {
        Extraction x = extract("La table ronde, intitulée Tenir dans la durée, a réuni quatre intervenants.");
        assertThat(x.publications()).isEmpty();
    }
}
