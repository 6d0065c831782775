package org.communskg.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityResolverTest {
    @Test
    void a_first_name_variant_with_the_same_surname_is_the_same_name() {
        assertThat(EntityResolver.sameNameWrittenDifferently("Rémi Gerbaud", "Rémy Gerbaud")).isTrue();
        assertThat(EntityResolver.sameNameWrittenDifferently("Thibaut Lemaire", "Thibault Lemaire")).isTrue();
    }

    @Test
    void a_surname_one_slip_away_with_the_same_first_name_is_the_same_name() {
        assertThat(EntityResolver.sameNameWrittenDifferently("Claire Dumontet", "Claire Dumontel")).isTrue();
        assertThat(EntityResolver.sameNameWrittenDifferently("Jonas Lindqvist", "Jonas Lindkvist")).isTrue();
    }

    @Test
    void different_people_are_not() {
        assertThat(EntityResolver.sameNameWrittenDifferently("Marie Gerbaud", "Rémy Gerbaud")).isFalse();
        assertThat(EntityResolver.sameNameWrittenDifferently("Paul Martin", "Pauline Martin")).isFalse();
        assertThat(EntityResolver.sameNameWrittenDifferently("Rémi Gerbaud", "Rémy Gerbault")).isFalse();
        assertThat(EntityResolver.sameNameWrittenDifferently("Anne Roux", "Anne Rous")).as("short surnames").isFalse();
        assertThat(EntityResolver.sameNameWrittenDifferently("Sophie", "Sophie Marchal")).isFalse();
    }

    @Test
    void initials_of_the_first_name_with_the_same_surname_are_the_same_name() {
        assertThat(EntityResolver.sameNameWrittenDifferently("J.-F. Kerbrat", "Jean-François Kerbrat")).isTrue();
        assertThat(EntityResolver.sameNameWrittenDifferently("Jean-François Kerbrat", "J.-F. Kerbrat")).isTrue();
        assertThat(EntityResolver.sameNameWrittenDifferently("J.-P. Kerbrat", "Jean-François Kerbrat")).isFalse();
        assertThat(EntityResolver.sameNameWrittenDifferently("J.-F. Kerbras", "Jean-François Kerbrat")).isFalse();
    }

    @Test
    void one_part_of_a_compound_surname_with_the_same_first_name_is_the_same_name() {
        assertThat(EntityResolver.sameNameWrittenDifferently("Nadia Benslimane", "Nadia Benslimane-Roux")).isTrue();
        assertThat(EntityResolver.sameNameWrittenDifferently("Nadia Benslimane Roux", "Nadia Benslimane")).isTrue();
        assertThat(EntityResolver.sameNameWrittenDifferently("Nadia Roux", "Nadia Benslimane-Roux")).isFalse();
        assertThat(EntityResolver.sameNameWrittenDifferently("Paul Le", "Paul Le Goff")).as("a particle is no surname").isFalse();
    }
}
