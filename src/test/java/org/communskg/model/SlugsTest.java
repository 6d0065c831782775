package org.communskg.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void accents_case_and_punctuation_fold_to_dashes() {
        assertThat(Slugs.slug("Chargé d'études et de recherche")).isEqualTo("charge-d-etudes-et-de-recherche");
        assertThat(Slugs.slug("  Œuvres — « communes » ")).isEqualTo("oeuvres-communes");
    }

    @Test
    void long_names_are_cut_and_kept_unique_by_a_hash() {
        String a = "Données d'intérêt général - Construire un partenariat public-communs avec l'ESS ? Première partie";
        String b = "Données d'intérêt général - Construire un partenariat public-communs avec l'ESS ? Seconde partie";
        assertThat(Slugs.slug(a)).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(Slugs.slug(a)).isNotEqualTo(Slugs.slug(b));
        assertThat(Slugs.slug(a)).isEqualTo(Slugs.slug(a));
    }

    @Test
    void text_without_letters_still_gets_a_stable_slug() {
        assertThat(Slugs.slug("« »")).startsWith("x-").isEqualTo(Slugs.slug("« »"));
    }
}
