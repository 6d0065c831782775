package org.communskg.store.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class FrenchFoldingAnalyzerTest {
    private final Analyzer analyzer = new FrenchFoldingAnalyzer();

    List<String> tokens(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(TextIndexes.FIELD, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void accents_and_case_are_folded() throws IOException {
        assertThat(tokens("Wikimédia ÉDUCATION")).isEqualTo(tokens("wikimedia education"));
        assertThat(tokens("Économie")).isEqualTo(tokens("economie"));
    }

    @Test
    void elisions_are_removed_with_either_apostrophe() throws IOException {
        assertThat(tokens("l'INJEP")).containsExactly("injep");
        assertThat(tokens("l’INJEP")).containsExactly("injep");
        assertThat(tokens("d'intérêt")).isEqualTo(tokens("intérêt"));
        assertThat(tokens("qu'elle")).isEqualTo(tokens("elle"));
    }

    @Test
    void plurals_meet_their_singular() throws IOException {
        assertThat(tokens("communs")).isEqualTo(tokens("commun"));
        assertThat(tokens("données")).isEqualTo(tokens("donnée"));
        assertThat(tokens("associations")).isEqualTo(tokens("association"));
    }

    @Test
    void stop_words_are_dropped_but_acronyms_kept() throws IOException {
        assertThat(tokens("la jeunesse et le sport")).hasSize(2);
        assertThat(tokens("ANCT")).containsExactly("anct");
    }

    @Test
    void different_words_stay_different() throws IOException {
        assertThat(tokens("commune")).isNotEqualTo(tokens("communication"));
    }
}
