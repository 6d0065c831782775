package org.communskg.importer.extract.text;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a multi-word name ends. French names run on through lower-case words after a head
 * ("Institut national de la jeunesse et de l'éducation populaire"); they stop at punctuation,
 * at a verb, at a date, at a new name coordinated with "et".
 *
 * <pre>{@code
 * int end = Chains.nameEnd(tokens, headIndex, 14); // exclusive
 * }</pre>
 */
public final class Chains {
    private static final Pattern ADJECTIVE = Pattern.compile(
            ".*(al|ale|ales|aux|aire|aires|ique|iques|ien|ienne|iens|iennes|ais|aise|aises|if|ive|ifs|ives"
            + "|ieur|ieure|ieurs|ieures|el|elle|els|elles|een|eenne|eens|eennes|ain|aine|ains|aines|ois|oise"
            + "|oises|ile|iles|enne|ennes|onne|onnes|iste|istes)|citoyens?|libres?|ouverts?|ouvertes?|communs?|durables?|nouvelles?|verts?|vertes?|solidaires?"
            + "|responsables?|soutenables?|accessibles?|equitables?|bretons?|bretonnes?|normands?|normandes?|flamands?|flamandes?"
            + "|allemands?|allemandes?|basques?|corses?|catalans?|catalanes?");
    private static final Set<String> CONNECTORS = Set.of("de", "du", "des", "d'", "pour", "sur", "et", "&",
            "of", "for", "and", "the", "on");
    private static final Pattern WHEN = Pattern.compile("(?i)january|february|march|april|may|june|july|august|september"
            + "|october|november|december|spring|summer|autumn|winter");
    private static final Set<String> ARTICLES = Set.of("la", "le", "les", "l'", "the");
    private static final Set<String> FUNCTION = Set.of("la", "le", "les", "l'", "un", "une", "ce", "cet", "cette",
            "ces", "son", "sa", "ses", "leur", "leurs", "qui", "que", "dont", "y", "en", "a", "est", "ont", "sont",
            "se", "s'", "ne", "n'", "il", "elle", "ils", "elles", "on", "nous", "vous", "lui", "plus", "tres", "mais",
            "ou", "au", "aux", "par", "avec", "dans", "depuis", "lors", "afin", "chez", "pas", "tout", "tous",
            "is", "was", "has", "have", "will", "to", "in", "at", "by", "with", "from");

    private Chains() {
    }

    /** Lower-case adjective that can continue a name ("national", "supérieure", "solidaire"). */
    public static boolean isAdjective(Token t) {
        return !t.isCapitalized() && t.isWord() && ADJECTIVE.matcher(t.folded()).matches();
    }

    /** A capitalised word that can be part of a name (not a common word, not an elision). */
    public static boolean isNameWord(Token t) {
        return t.isWord() && t.isCapitalized() && !Lexicon.get().isCommonWord(t.text());
    }

    /**
     * End (exclusive) of a name starting at {@code start}, whose first token is already accepted.
     * Accepts capitalised words, adjectives, and connector + (article) + word groups.
     */
    public static int nameEnd(List<Token> t, int start, int max) {
        int end = start + 1;
        int i = start + 1;
        while (i < t.size() && i - start < max) {
            Token tok = t.get(i);
            // A common word ("Source", "Open") may sit inside a name when another name word follows it.
            boolean common = Lexicon.get().isCommonWord(tok.text());
            boolean inner = common && !ARTICLES.contains(tok.folded()) && i + 1 < t.size() && isNameWord(t.get(i + 1));
            if (tok.isWord() && tok.isCapitalized() && !Lexicon.get().isFirstName(tok.text()) && (!common || inner)
                    || isAdjective(tok) || tok.text().matches("\\[s\\]")) {
                end = ++i;
                continue;
            }
            int next = afterConnector(t, i);
            if (next < 0) {
                int tail = lowerTail(t, i);
                if (tail > i && !t.get(i - 1).isCapitalized()) {
                    end = tail;
                }
                break;
            }
            end = next + 1;
            i = next + 1;
        }
        return end;
    }

    /**
     * One or two more lower-case words closing the name right before a comma or a parenthesis
     * ("Agence des mobilités douces, ..."): adjectives the suffix test misses.
     */
    private static int lowerTail(List<Token> t, int i) {
        for (int k = i; k < Math.min(t.size(), i + 2); k++) {
            Token w = t.get(k);
            if (!w.isWord() || w.isCapitalized() || FUNCTION.contains(w.folded()) || CONNECTORS.contains(w.folded())) {
                return -1;
            }
            if (k + 1 < t.size() && t.get(k + 1).text().matches("[,();]")) {
                return k + 1;
            }
        }
        return -1;
    }

    /**
     * "Collectif Savoirs en Commun", "Tiers-Lieux en Réseau Bretagne": "en" and a capitalised
     * word go on with the name; "en Bretagne" is where it acts, so a place (or a first name) stops it.
     */
    private static int enName(List<Token> t, int j) {
        if (j >= t.size()) {
            return -1;
        }
        Token w = t.get(j);
        Lexicon lex = Lexicon.get();
        boolean name = w.isWord() && w.isCapitalized() && !w.isAcronymLike() && !w.text().matches("\\d.*");
        return name && !lex.isPlace(w.text()) && !lex.isFirstName(w.text()) ? j : -1;
    }

    /** Index of the word a connector group at i leads to, or -1 when i does not start one. */
    private static int afterConnector(List<Token> t, int i) {
        Token c = t.get(i);
        if (c.is("en")) {
            return enName(t, i + 1);
        }
        if (c.is("in")) { // "Festival of Open Data in the Cities"; "in Saint-Gilles", "in November" say where and when
            int j = i + 2;
            return j < t.size() && t.get(i + 1).is("the") && !WHEN.matcher(t.get(j).text()).matches() ? enName(t, j) : -1;
        }
        if (!CONNECTORS.contains(c.folded())) {
            return -1;
        }
        int j = i + 1;
        if (c.is("et", "and", "&")) {
            // "et des postes" continues the name; "et la Fédération" or "et Thomas" starts another one.
            if (j < t.size() && t.get(j).is("de", "du", "des", "d'")) {
                j++;
                int w = j < t.size() && ARTICLES.contains(t.get(j).folded()) ? j + 1 : j;
                if (w < t.size() && Lexicon.get().isPrefixHead(t.get(w).text())) {
                    return -1; // "Fondation X et de la Caisse Y", "… et de la fondation Y": a second name
                }
            } else if (c.is("&") && j < t.size() && (isNameWord(t.get(j)) || t.get(j).isAcronymLike())) { // "Communs & ESS"
                return j;
            } else if (c.is("et") && j < t.size() && isAdjective(t.get(j)) && i > 0 && isAdjective(t.get(i - 1))) {
                return j; // "de l'économie sociale et solidaire": two adjectives of one noun
            } else {
                return -1;
            }
        }
        if (j < t.size() && ARTICLES.contains(t.get(j).folded())) {
            j++;
        }
        if (j >= t.size()) {
            return -1;
        }
        Token w = t.get(j);
        boolean word = w.isWord() && !w.text().matches("\\d.*") && !FUNCTION.contains(w.folded());
        boolean okCase = w.isCapitalized() ? !Lexicon.get().isFirstName(w.text()) || Lexicon.get().isPlace(w.text())
                : w.text().length() > 2;
        return word && okCase ? j : -1;
    }
}
