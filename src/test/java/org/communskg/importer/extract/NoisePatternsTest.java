package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.extract;

import org.junit.jupiter.api.Test;

class NoisePatternsTest {

    @Test
    void boilerplate_paragraphs_are_ignored() {
        Extraction x = extract("Visionner le replay", "Lire le compte rendu de la journée", "photo  forum communs",
                "Crédit photo : Fondation Ecotone", "Partager sur LinkedIn");
        assertThat(x.persons()).isEmpty();
        assertThat(x.organizations()).isEmpty();
        assertThat(x.events()).isEmpty();
    }

    @Test
    void programmes_and_platforms_are_not_organizations() {
        Extraction x = extract("Le programme Territoires Connectés et la plateforme Wikidata progressent sur GitHub et Mastodon.");
        assertThat(x.organizations()).isEmpty();
    }

    @Test
    void capitalised_sentence_starters_are_not_names() {
        Extraction x = extract("Alors que la Drôme investit, Cet été les Communs attirent. Ensuite Toutefois Cependant, rien.");
        assertThat(x.persons()).isEmpty();
        assertThat(x.organizations()).isEmpty();
    }

    @Test
    void a_person_thanked_has_no_role() {
        Extraction x = extract("Un grand merci à Jeanne Castellan pour l'invitation !");
        assertThat(x.persons()).extracting(PersonMention::name).containsExactly("Jeanne Castellan");
        assertThat(x.roles()).isEmpty();
    }
}
