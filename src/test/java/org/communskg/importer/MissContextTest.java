package org.communskg.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MissContextTest {
    static final List<String> SENTENCES = List.of(
            "Le forum s'est tenu à Rennes.",
            "Lucie Ferrand, directrice de l'Observatoire des communs, l'a ouvert.",
            "La table ronde « Données et territoires » a réuni trois élus.");

    @Test
    void a_missed_role_shows_the_sentence_naming_its_person() {
        assertThat(MissContext.withSentence("Lucie Ferrand / directrice / Observatoire des communs", SENTENCES))
                .isEqualTo("Lucie Ferrand / directrice / Observatoire des communs | " + SENTENCES.get(1));
    }

    @Test
    void a_missed_event_link_shows_the_sentence_naming_the_event_whatever_the_accents() {
        assertThat(MissContext.withSentence("Donnees et territoires <- Marc Oudin", SENTENCES)).endsWith(SENTENCES.get(2));
    }

    @Test
    void a_miss_no_sentence_names_stays_as_it_is() {
        assertThat(MissContext.withSentence("Marc Oudin / null / null", SENTENCES)).isEqualTo("Marc Oudin / null / null");
    }
}
