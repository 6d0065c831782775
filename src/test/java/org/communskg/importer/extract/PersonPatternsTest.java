package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.persons;

import java.util.List;
import org.communskg.importer.Article;
import org.junit.jupiter.api.Test;

class PersonPatternsTest {

    @Test
    void known_first_name_and_surname_make_a_person() {
        assertThat(persons(extract("Selon Hortense Vallier, les communs progressent."))).containsExactly("Hortense Vallier");
    }

    @Test
    void compound_first_names_and_particles_are_kept_whole() {
        Extraction x = extract("Marie-Claude de Villepreux et Yannick Le Bihan ont signé la tribune.");
        assertThat(persons(x)).containsExactly("Marie-Claude de Villepreux", "Yannick Le Bihan");
    }

    @Test
    void civility_is_dropped_and_capitals_normalised() {
        Extraction x = extract("Mme Odile CARRASCO a ouvert la séance. M. Zéphyrin Altmayer a conclu.");
        assertThat(persons(x)).containsExactly("Odile Carrasco", "Zéphyrin Altmayer");
    }

    @Test
    void byline_gives_a_person_even_with_an_unknown_first_name() {
        Extraction x = extract("Par Ysaline Tardivon", "Le collectif a publié ses comptes.");
        assertThat(persons(x)).containsExactly("Ysaline Tardivon");
    }

    @Test
    void interview_turn_gives_a_person() {
        Extraction x = extract("Kerwan Abiven : Nous voulons des données ouvertes.", "Qu'en pensent les élus ?");
        assertThat(persons(x)).containsExactly("Kerwan Abiven");
    }

    @Test
    void surname_alone_refers_to_the_person_named_earlier() {
        Extraction x = extract("Lucie Fromentin, coordinatrice du Collectif Terres Libres, était présente.",
                "Fromentin a rappelé les enjeux.");
        assertThat(persons(x)).containsExactly("Lucie Fromentin");
    }

    @Test
    void first_name_variant_with_same_surname_is_an_alias() {
        Extraction x = extract("Rémy Lancelin (Institut des usages) ouvre le débat.",
                "Plus tard, Rémi Lancelin (Institut des usages) a répondu aux questions.");
        assertThat(x.persons()).hasSize(1);
        assertThat(x.persons().get(0).aliases()).containsExactly("Rémi Lancelin");
    }

    @Test
    void english_names_are_found_too() {
        Article a = new Article("t", null, null, null, null, "en", null,
                List.of("Speakers included Megan Holloway, director of the Open Harbour Foundation."));
        assertThat(persons(extract(a))).containsExactly("Megan Holloway");
    }

    @Test
    void sentence_start_words_months_and_places_are_not_persons() {
        Extraction x = extract("Enfin, Alors que Lyon accueille le salon en Novembre, Cet événement réunit Paris et Marseille.",
                "Les communs de la Drôme progressent. Victoire historique pour les associations.");
        assertThat(persons(x)).isEmpty();
    }

    @Test
    void a_capitalised_two_word_particle_is_part_of_the_surname() {
        Extraction x = ExtractionAssertions.extract(ExtractionAssertions.english("The day was closed by chair Anneke Van der Meulen, who thanked the volunteers."));
        assertThat(ExtractionAssertions.persons(x)).contains("Anneke Van der Meulen");
    }
}
