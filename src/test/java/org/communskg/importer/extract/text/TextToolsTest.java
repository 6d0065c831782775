package org.communskg.importer.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextToolsTest {

    @Test
    void sentences_are_not_cut_after_civilities_or_initials() {
        assertThat(Sentences.split("M. Dupont est là. Mme Durand aussi ! J. K. Martin arrive. Dr. Who ? Fin."))
                .containsExactly("M. Dupont est là.", "Mme Durand aussi !", "J. K. Martin arrive.", "Dr. Who ?", "Fin.");
    }

    @Test
    void sentences_end_after_closing_quotes() {
        assertThat(Sentences.split("Il a dit « oui. » Puis il est parti."))
                .containsExactly("Il a dit « oui. »", "Puis il est parti.");
        assertThat(Sentences.split("Il a dit oui. \"Bonjour\", répond-elle."))
                .containsExactly("Il a dit oui.", "\"Bonjour\", répond-elle.");
    }

    @Test
    void tokens_split_elisions_but_keep_compound_words() {
        assertThat(Tokenizer.tokens("l'INJEP, chez Inno3 aujourd'hui : Jacques-François (co-fondateur).").stream().map(Token::text))
                .containsExactly("l'", "INJEP", ",", "chez", "Inno3", "aujourd'hui", ":", "Jacques-François", "(", "co-fondateur", ")", ".");
    }

    @Test
    void folding_unifies_case_accents_quotes_dashes_and_spaces() {
        assertThat(Fold.fold("  L’Économie – «Sociale»\u00a0et  Solidaire ")).isEqualTo("l'economie - \"sociale\" et solidaire");
    }

    @Test
    void acronym_shapes() {
        assertThat(new Token("CNNum", 0, 5).isAcronymLike()).isTrue();
        assertThat(new Token("INJEP", 0, 5).isAcronymLike()).isTrue();
        assertThat(new Token("OpenTerra", 0, 9).isAcronymLike()).isFalse();
        assertThat(new Token("XXI", 0, 3).isAcronymLike()).isFalse();
    }

    @Test
    void lexicon_knows_first_names_roles_and_noise() {
        Lexicon lex = Lexicon.get();
        assertThat(lex.isFirstName("Jacques-François")).isTrue();
        assertThat(lex.isFirstName("Enfin")).isFalse();
        assertThat(lex.roleKind("Présidente")).isEqualTo("position");
        assertThat(lex.roleKind("députée")).isEqualTo("territorial");
        assertThat(lex.isPlatform("Wikipédia")).isTrue();
        assertThat(lex.isPlace("Drôme")).isTrue();
        assertThat(lex.isBoilerplate("Visionner le replay")).isTrue();
        assertThat(lex.isBoilerplate("Margot Godefroi a exposé comment les communs avancent.")).isFalse();
    }
}
