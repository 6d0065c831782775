package org.communskg.importer.extract;

import java.util.Set;
import org.communskg.importer.extract.text.Token;

/**
 * Lower-case words that belong to or stand beside an organization's name introduced by its kind:
 * an adjective closing the name ("le tiers-lieu La Grange numérique", "l'association Vélos
 * solidaires") and a demonym between the kind and the name ("l'association doloise X"). Read by
 * their endings; verbs and adverbs with the same endings are listed apart.
 */
final class NameAdjectives {
    private static final String ADJECTIVE = "[a-zàâçéèêëîïôûù-]{3,}(ique|aire|elle|el|ale|al|aux|ive|if|iere|ier|ière|ienne|ien|oise|ois|aise|ais|able|ible|iste|euse|eux|aine|ain|ine)s?";
    private static final Set<String> NOT_ADJECTIVES = Set.of("explique", "indique", "fabrique", "critique", "communique",
            "pratique", "applique", "implique", "revendique", "replique", "appelle", "rappelle", "interpelle", "signale",
            "faire", "demain", "jamais", "desormais", "parfois", "mieux", "depuis", "ainsi", "prochain", "prochaine",
            "souligne", "detaille", "installe", "travaille", "accueille", "termine", "examine", "dessine", "imagine",
            "domaine", "semaine", "janvier", "fevrier", "premier", "premiere", "dernier", "derniere", "moins", "plusieurs", "certains", "certaines", "voisin", "voisine");
    private static final String DEMONYM = "[a-zàâçéèêëîïôûù-]{3,}(oise|ois|aise|ais|ienne|ien|aine|ain|ine)s?";

    private NameAdjectives() {
    }

    /** k + 1 when the token at k is a lower-case adjective closing a name, else k. */
    static int tail(Sent s, int k) {
        return isAdjective(s.tok(k)) ? k + 1 : k;
    }

    /** i + 1 when a lower-case demonym at i stands before a capitalised name, else i. */
    static int demonym(Sent s, int i) {
        Token t = s.tok(i);
        boolean demonym = t.isWord() && !t.isCapitalized() && t.text().matches(DEMONYM) && !NOT_ADJECTIVES.contains(t.folded());
        return demonym && s.tok(i + 1).isCapitalized() && s.tok(i + 1).isWord() ? i + 1 : i;
    }

    /**
     * "(Le Courrier des territoires)": a name in parentheses whose reading stopped at end goes on
     * to close with one or two lower-case words, or "des"/"du"/"de" and a lower-case noun.
     */
    static boolean closesParenthesis(Sent s, int end, int close) {
        int k = end;
        if (s.tok(k).is("des", "du", "de", "d'") && !s.tok(k).isCapitalized()) {
            k++;
        }
        int words = 0;
        for (; k < close; k++) {
            Token t = s.tok(k);
            if (!t.isWord() || t.isCapitalized() || t.text().matches("\\d+") || NOT_ADJECTIVES.contains(t.folded())) {
                return false;
            }
            words++;
        }
        return words >= 1 && words <= 2 && close > end;
    }

    private static boolean isAdjective(Token t) {
        return t.isWord() && !t.isCapitalized() && t.text().toLowerCase(java.util.Locale.ROOT).matches(ADJECTIVE)
                && !NOT_ADJECTIVES.contains(t.folded()) && t.text().length() >= 5;
    }
}
