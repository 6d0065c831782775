package org.communskg.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContainsMatcherTest {
    @Test
    void typed_words_are_folded_without_elisions_and_plural_s() {
        assertThat(ContainsMatcher.terms("L’Éducation des communs")).containsExactly("education", "des", "commun");
        assertThat(ContainsMatcher.terms("  d'INJEP!  ")).containsExactly("injep");
    }
}
