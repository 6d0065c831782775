package org.communskg.store.text;

import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The analyzer of the search index, the same at indexing and at query time, so that what a reader
 * types meets what the articles say: elisions are removed ({@code l'INJEP}, {@code d’intérêt},
 * {@code qu'elle}), case and accents are folded ({@code Wikimédia} = {@code wikimedia}), French stop
 * words are dropped, and plurals and feminines are stemmed lightly ({@code communs} = {@code commun}).
 *
 * <pre>{@code
 * Analyzer a = new FrenchFoldingAnalyzer();
 * try (TokenStream ts = a.tokenStream("text", "Les données d'intérêt général")) { ... }
 * }</pre>
 */
public final class FrenchFoldingAnalyzer extends Analyzer {
    /** The elided words; both the straight and the typographic apostrophe are understood. */
    static final CharArraySet ELISIONS = new CharArraySet(
            Arrays.asList("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"), true);

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new ElisionFilter(source, ELISIONS);
        ts = new LowerCaseFilter(ts);
        ts = new StopFilter(ts, FrenchAnalyzer.getDefaultStopSet());
        // Folding before stemming: a word typed with or without accents reaches the stemmer the same.
        ts = new ASCIIFoldingFilter(ts);
        ts = new FrenchLightStemFilter(ts);
        return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
