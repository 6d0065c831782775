package org.communskg.importer.extract;

import org.communskg.importer.extract.text.Chains;
import org.communskg.importer.extract.text.Lexicon;
import org.communskg.importer.extract.text.Token;

/** Organization names recognised by a head word: "Agence nationale de ...", "Lumen Foundation". */
final class HeadNames {
    private HeadNames() {
    }

    /** "Université d'été", "Université de printemps": an event, not a university. */
    static boolean isSeasonalEvent(Sent s, int i) {
        return s.tok(i).is("universite", "universites") && s.tok(i + 1).is("d'", "de")
                && s.tok(i + 2).is("ete", "printemps", "automne", "hiver");
    }

    /**
     * End of a seasonal university's name: "l'Université d'automne des communs en réseau" keeps
     * "en réseau" when that word closes the phrase; "en présence de", "en ligne" or "en juin" do not.
     * "en commun" is the one adjective kept: the ecosystem names things "des données en commun".
     */
    static int seasonalEnd(Sent s, int i) {
        int e = Chains.nameEnd(s.toks, i + 2, 10);
        Token w = s.tok(e + 1);
        boolean closes = s.tok(e + 2).text().matches("[,.;:!?()«»]|") || s.tok(e + 2).is("a", "aura", "se", "s'", "qui");
        boolean noun = w.isWord() && !w.isCapitalized() && w.text().length() > 3 && !w.is("ligne", "presence", "partenariat")
                && (!Chains.isAdjective(w) || w.is("commun", "communs")) && !Dates.isMonth(w.folded());
        return s.tok(e).is("en") && !s.tok(e).isCapitalized() && noun && closes ? e + 2 : e;
    }

    /** "Tiers-Lieux en Réseau Bretagne": the head after "en" ends a longer name, it opens none. */
    private static boolean insideEnName(Sent s, int i) {
        Token en = s.tok(i - 1);
        Token before = s.tok(i - 2);
        return en.is("en") && !en.isCapitalized() && before.isWord() && before.isCapitalized()
                && !Lexicon.get().isPlace(before.text()) && !Lexicon.get().isFirstName(before.text());
    }

    static int headEnd(Sent s, int i) {
        Token t = s.tok(i);
        Lexicon lex = Lexicon.get();
        if (isSeasonalEvent(s, i) || insideEnName(s, i)) {
            return -1;
        }
        if (!Chains.isNameWord(t) || Chains.isNameWord(s.tok(i - 1)) && !lex.isPrefixHead(t.text())) {
            return -1;
        }
        int end = Chains.nameEnd(s.toks, i, 16);
        if (RoleCues.NATIONALITIES.contains(t.folded()) && s.tok(i + 1).isCapitalized() && lex.isPrefixHead(s.tok(i + 1).text())
                && Chains.nameEnd(s.toks, i + 1, 15) - i >= 3) {
            return Chains.nameEnd(s.toks, i + 1, 15); // "the Finnish Ministry of Finance": the country's own ministry
        }
        if (t.is("fondation", "foundation", "institut", "maison", "centre", "ecole") && lex.isFirstName(s.tok(i + 1).text())
                && Chains.isNameWord(s.tok(i + 2)) && !lex.isFirstName(s.tok(i + 2).text())) {
            end = Chains.nameEnd(s.toks, i + 1, 15); // "Fondation Léonard Ouvert": named after a person
        }
        if (lex.isPrefixHead(t.text())) {
            return end - i >= 2 ? end : -1;
        }
        if (lex.isFirstName(t.text()) || lex.roleKind(t.text()) != null) {
            return -1; // "Sophie Brandt of the X Foundation", "CEO of X Labs"
        }
        for (int k = end - 1; k > i; k--) {
            if (lex.isSuffixHead(s.tok(k).text()) && s.tok(k).isCapitalized()) {
                // "Danish Agency for Digitisation": a head that also opens names keeps its complement.
                return lex.isPrefixHead(s.tok(k).text()) ? end : k + 1;
            }
        }
        return -1;
    }

}
