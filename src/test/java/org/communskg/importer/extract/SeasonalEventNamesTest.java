package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.event;
import static org.communskg.importer.extract.ExtractionAssertions.extract;

import org.junit.jupiter.api.Test;

/** A seasonal university's name keeps a closing "en" + noun, not a manner, a month or a place. */
class SeasonalEventNamesTest {

    @Test
    void en_and_a_noun_closing_the_phrase_stay_in_the_name() {
        Extraction x = extract("L'Université d'automne des communs en réseau aura lieu à Lyon du 4 au 6 novembre 2027.");
        assertThat(event(x, "Université d'automne des communs en réseau").location()).isEqualTo("Lyon");
    }

    @Test
    void en_commun_closes_the_name_though_commun_is_also_an_adjective() {
        Extraction x = extract("L'Université d'été des savoirs en commun se tiendra les 27 et 28 août à Brest, co-organisée avec la fédération Tisser.");
        assertThat(x.events()).extracting(EventFact::name).containsExactly("Université d'été des savoirs en commun");
    }

    @Test
    void en_ligne_is_how_it_is_held_not_its_name() {
        Extraction x = extract("L'Université d'automne des communs en ligne aura lieu le 4 novembre 2027.");
        assertThat(x.events()).extracting(EventFact::name).containsExactly("Université d'automne des communs");
    }

    @Test
    void en_and_a_month_is_a_date() {
        Extraction x = extract("L'Université d'été des tiers-lieux en juillet a réuni 200 personnes à Brest.");
        assertThat(x.events()).extracting(EventFact::name).doesNotContain("Université d'été des tiers-lieux en juillet");
    }
}
