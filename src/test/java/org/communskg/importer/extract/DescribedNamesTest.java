package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.orgs;

import org.junit.jupiter.api.Test;

/** Plain names that an apposition describes as an organization. */
class DescribedNamesTest {
    @Test
    void a_name_described_as_an_association() {
        Extraction x = extract("À la tête de Clic Partage, association nantaise qui accompagne 2 000 personnes, sa directrice alerte.");
        assertThat(orgs(x)).contains("Clic Partage");
    }

    @Test
    void a_name_described_with_an_article() {
        Extraction x = extract("Nous avons rencontré Les Ateliers du Lien, une coopérative d'intérêt collectif installée à Morlaix.");
        assertThat(orgs(x)).contains("Les Ateliers du Lien");
    }

    @Test
    void a_town_or_a_person_before_the_description_is_not_one() {
        Extraction x = extract("À Nantes, l'association gère deux lieux. Désormais, l'association recrute. Paul Riou, association ou pas, reste bénévole.");
        assertThat(orgs(x)).doesNotContain("Nantes", "Paul Riou", "Désormais");
    }
}
