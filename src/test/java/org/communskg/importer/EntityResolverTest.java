package org.communskg.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityResolverTest {
    @Test
    void a_first_name_variant_with_the_same_surname_is_close() {
        assertThat(EntityResolver.sameSurnameCloseFirstName("Rémi Gerbaud", "Rémy Gerbaud")).isTrue();
        assertThat(EntityResolver.sameSurnameCloseFirstName("Jean-Francois Lemaire", "Jean-François Lemaire")).isTrue();
    }

    @Test
    void different_first_names_or_surnames_are_not() {
        assertThat(EntityResolver.sameSurnameCloseFirstName("Marie Gerbaud", "Rémy Gerbaud")).isFalse();
        assertThat(EntityResolver.sameSurnameCloseFirstName("Rémi Gerbaud", "Rémi Gerbault")).isFalse();
        assertThat(EntityResolver.sameSurnameCloseFirstName("Paul Martin", "Pauline Martin")).isFalse();
    }
}
