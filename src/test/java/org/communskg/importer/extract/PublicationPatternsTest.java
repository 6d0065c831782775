package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.extract;

import org.junit.jupiter.api.Test;

class PublicationPatternsTest {

    @Test
    void journal_issue_with_its_publisher_and_presenter() {
        Extraction x = extract("Florian Massart, chargé d'études à l'INJEP, a présenté le dernier numéro des Cahiers de l'action de l'INJEP qui traite des données.");
        assertThat(x.publications()).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Cahiers de l'action");
            assertThat(p.publisher()).isEqualTo("Institut national de la jeunesse et de l'éducation populaire");
            assertThat(p.mentionedBy()).isEqualTo("Florian Massart");
        });
    }

    @Test
    void opinion_of_an_organization_devoted_to_a_quoted_title() {
        Extraction x = extract("Elle a annoncé la sortie de l'avis de la Commission des usages numériques (CUN) dédié au « Numérique responsable : vers un cadre commun ».");
        assertThat(x.publications()).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Numérique responsable : vers un cadre commun");
            assertThat(p.kind()).isEqualTo("avis");
            assertThat(p.publisher()).isEqualTo("Commission des usages numériques");
        });
    }

    @Test
    void report_published_by_an_organization() {
        Extraction x = extract("Le rapport « Communs et territoires » publié par la Fondation Ecotone fait date.");
        assertThat(x.publications()).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Communs et territoires");
            assertThat(p.publisher()).isEqualTo("Fondation Ecotone");
        });
    }

    @Test
    void possessive_gives_the_subject_organization_as_publisher() {
        Extraction x = extract("La Fédération des radios libres (FRL) a publié mardi son « Baromètre 2024 des radios libres ».");
        assertThat(x.publications()).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Baromètre 2024 des radios libres");
            assertThat(p.publisher()).isEqualTo("Fédération des radios libres");
        });
    }

    @Test
    void quotations_of_speech_are_not_publications() {
        Extraction x = extract("« Nous avons besoin de communs », a déclaré Odile Varenne.");
        assertThat(x.publications()).isEmpty();
        assertThat(x.events()).isEmpty();
    }

    @Test
    void the_organization_that_published_a_titled_note_is_its_publisher() {
        Extraction x = extract("Le Pôle d'expertise des données publiques (PEDP) a publié en juin une note intitulée « Modèles ouverts et données ».");
        assertThat(x.publications()).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Modèles ouverts et données");
            assertThat(p.publisher()).isEqualTo("Pôle d'expertise des données publiques");
        });
    }
}
