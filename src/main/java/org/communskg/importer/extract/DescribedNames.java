package org.communskg.importer.extract;

import org.communskg.importer.extract.Sent.OrgOcc;
import org.communskg.importer.extract.text.Lexicon;

/**
 * A plain name that its apposition says is an organization: "Clic Solidaire, association
 * marseillaise qui …", "Les Ateliers du Lien, une coopérative d'intérêt collectif", "La Canopée, nouveau tiers-lieu". The generic
 * noun after the comma vouches for the capitalised words before it.
 */
final class DescribedNames {
    private final OrgRegistry reg;
    private final PlainNames plainNames;
    private final Lexicon lex = Lexicon.get();

    DescribedNames(OrgRegistry reg, PlainNames plainNames) {
        this.reg = reg;
        this.plainNames = plainNames;
    }

    /** Registers the described names of s. */
    void spot(Sent s) {
        for (int i = 0; i < s.toks.size(); i++) {
            // Not inside a longer name: "Les Ateliers du Lien" is not "Lien".
            boolean particle = s.tok(i - 1).is("de", "du", "des", "d'", "la", "le", "les", "l'", "van", "von", "da", "di", "den", "der")
                    && s.tok(i - 2).isCapitalized(); // "Les Ateliers du Lien", "Lotte van Dijk"
            boolean opens = i == 0 || !s.tok(i - 1).isWord() || !s.tok(i - 1).isCapitalized() && !particle;
            if (!opens || !s.tok(i).isCapitalized() || !s.tok(i).isWord() || s.covered(i)) {
                continue;
            }
            int end = plainNames.plainEnd(s, s.tok(i).is("la", "le", "les", "l'") ? i + 1 : i);
            if (end > i && s.tok(end).is(",") && describes(s, end + 1) && !s.covered(end - 1) && plausible(s, i, end)) {
                s.orgs.add(new OrgOcc(i, end, reg.register(s.span(i, end), null, s.text, 0.7)));
                i = end;
            }
        }
    }

    /** ", association marseillaise", ", une coopérative", ", a cooperative": a generic noun in lower case. */
    private static boolean describes(Sent s, int k) {
        int n = s.tok(k).is("une", "un", "l'", "a", "an", "the") ? k + 1 : k;
        n += s.tok(n).is("nouveau", "nouvel", "nouvelle", "new") ? 1 : 0; // "La Filature, nouveau tiers-lieu,"
        return PlainNames.GENERIC.contains(s.tok(n).folded()) && (!s.tok(n).isCapitalized() || n > k && s.tok(n).is("scic", "scop"))
                && !s.tok(n + 1).isCapitalized(); // ", association Les Amis de X" names another one
    }

    private boolean plausible(Sent s, int i, int end) {
        String name = s.span(i, end);
        return !lex.isPlace(name) && !PlainNames.GENERIC.contains(s.tok(i).folded()) && !lex.isPlatform(name) && !lex.isFirstName(s.tok(i).text()) && !lex.isPrefixHead(name)
                && !s.tok(i).isAcronymLike() && lex.eventLevel(s.tok(i).text()) == null && !(i == 0 && end == i + 1); // "Aujourd'hui, l'association …": an opening word is too often an adverb
    }
}
