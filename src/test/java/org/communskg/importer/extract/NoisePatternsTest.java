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

    @Test
    void quoted_speech_near_a_report_is_not_a_publication() {
        Extraction x = extract("Selon le rapport, a-t-elle dit, « les communs sont une chance pour les territoires et il faut les financer ».",
                "Lors d'une conférence de presse, « Nous irons plus loin », a promis Odile Varenne.");
        assertThat(x.publications()).isEmpty();
        assertThat(x.events()).isEmpty();
    }

    @Test
    void working_groups_and_technical_acronyms_are_not_organizations() {
        Extraction x = extract("Le Groupe de travail sur le RGPD et le RSA rendra ses conclusions sur l'IA et la TVA.");
        assertThat(x.organizations()).isEmpty();
    }

    @Test
    void a_capitalised_place_after_an_event_noun_is_not_an_event() {
        Extraction x = extract("Le festival Marseille a été annulé, comme la journée Internet.");
        assertThat(x.events()).isEmpty();
    }
}
