package org.communskg.importer;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageCheckTest {
    static final String FRENCH = "Le Conseil participait le 8 novembre à l'événement organisé par l'association et soutenu "
            + "par la banque. Cet événement s'inscrivait dans la semaine européenne consacrée à la transition numérique "
            + "dans le secteur de l'économie sociale et solidaire, avec les acteurs des territoires et des collectivités.";
    static final String ENGLISH = "The council took part on 8 November in the event organised by the association and "
            + "supported by the bank. This event was part of the European week on the digital transition in the social "
            + "economy sector, with the actors of the regions and of local authorities who have been invited.";
    static final String GERMAN = "Der Rat nahm am 8. November an der Veranstaltung teil, die von dem Verein organisiert und "
            + "von der Bank unterstützt wurde. Die Veranstaltung war Teil der europäischen Woche über den digitalen Wandel "
            + "in der Sozialwirtschaft, mit den Akteuren der Regionen und der Kommunen, die auch eingeladen wurden.";
    static final String SPANISH = "El consejo participó el 8 de noviembre en el evento organizado por la asociación y "
            + "apoyado por el banco. Este evento formaba parte de la semana europea sobre la transición digital en el "
            + "sector de la economía social, con los actores de las regiones y de los municipios que fueron invitados.";

    static Article article(String text, String language) {
        return new Article("a.md", null, null, null, null, language, null, List.of(text));
    }

    @Test
    void french_and_english_pass() {
        assertThatCode(() -> LanguageCheck.require(article(FRENCH, "fr"))).doesNotThrowAnyException();
        assertThatCode(() -> LanguageCheck.require(article(ENGLISH, "en-GB"))).doesNotThrowAnyException();
        assertThatCode(() -> LanguageCheck.require(article(ENGLISH, "fr"))).as("the text is read, not only the tag")
                .doesNotThrowAnyException();
    }

    @Test
    void german_and_spanish_text_is_refused_naming_the_language() {
        assertThatThrownBy(() -> LanguageCheck.require(article(GERMAN, "fr"))).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("a.md: the text looks German").hasMessageContaining("not French or English");
        assertThatThrownBy(() -> LanguageCheck.require(article(SPANISH, "fr"))).hasMessageContaining("looks Spanish");
    }

    @Test
    void a_long_text_without_function_words_is_refused() {
        String noise = "xq zvb kwt plm rrt ".repeat(10);
        assertThatThrownBy(() -> LanguageCheck.require(article(noise, "fr")))
                .hasMessageContaining("neither French nor English (50 words");
    }

    @Test
    void a_short_text_is_not_judged_but_a_declared_other_language_is_refused() {
        assertThatCode(() -> LanguageCheck.require(article("Xq zvb kwt.", "fr"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> LanguageCheck.require(article(FRENCH, "de")))
                .hasMessage("a.md: language 'de' is neither French nor English: the extraction rules read only those");
    }
}
