package org.communskg.importer.extract;

import java.util.Set;
import org.communskg.importer.extract.text.Chains;
import org.communskg.importer.extract.text.Lexicon;
import org.communskg.importer.extract.text.Token;

/**
 * Capitalised names without a head word, taken as organizations only where the context calls
 * for one: after a generic noun ("le collectif Tiers-Lieux Sud", "the Dutch cooperative
 * Datawerk"), or in the contexts {@link OrgSpotter#orgAt} allows.
 */
final class PlainNames {
    static final Set<String> GENERIC = Set.of("association", "cooperative", "collectif", "fondation",
            "entreprise", "societe", "start-up", "startup", "reseau", "federation", "agence", "cabinet", "scop",
            "scic", "structure", "organisation", "ong", "laboratoire", "labo", "media", "journal",
            "institut", "communaute", "mutuelle", "banque", "syndicat", "collectivite", "think", "tank",
            "foundation", "nonprofit", "non-profit", "company", "firm", "network", "collective", "charity", "ngo",
            "universite", "ecole", "revue", "magazine", "quotidien", "hebdomadaire", "fablab", "tiers-lieu",
            "incubateur", "ressourcerie", "recyclerie", "incubator", "accelerator", "centre");

    private final Lexicon lex = Lexicon.get();
    private final Authority authority;

    PlainNames(Authority authority) {
        this.authority = authority;
    }

    static String genericName(Sent s, int i, int end) {
        String noun = s.tok(i).text();
        return Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + " " + s.span(i + 1, end);
    }

    /** "l'April", "l'association April": a curated name that is also a common word, in an organization context. */
    boolean isAmbiguousAuthorityName(Sent s, int j) {
        Token t = s.tok(j);
        return t.isCapitalized() && lex.isCommonWord(t.text()) && authority.findOrg(t.text()).isPresent()
                && !s.covered(j) && (s.tok(j - 1).is("l'") || GENERIC.contains(s.tok(j - 1).folded()));
    }

    /** "le collectif Tiers-Lieux Sud", "la coopérative Octet": end of the name after the noun, or -1. */
    int genericNamed(Sent s, int i) {
        int end = genericNamedEnd(s, i);
        return end > 0 ? NameAdjectives.tail(s, end) : end; // "le tiers-lieu La Grange numérique"
    }

    /** Where the name after a generic noun at i starts: past a demonym ("l'association doloise X"). */
    static int nameStart(Sent s, int i) {
        return NameAdjectives.demonym(s, i + 1);
    }

    private int genericNamedEnd(Sent s, int i) {
        Token noun = s.tok(i);
        // "du tiers-lieu X", "au centre social X": a contracted article determines the noun as well.
        boolean determined = s.tok(i - 1).is("le", "la", "l'", "the", "un", "une", "a", "an", "du", "au")
                || s.tok(i - 1).isCapitalized() && s.tok(i - 2).is("the", "a", "an") || describedInEnglish(s, i);
        boolean legalForm = noun.is("scic", "scop") && noun.isCapitalized(); // "la Scic Coursiers Solidaires"
        if (!(GENERIC.contains(noun.folded()) && !noun.isCapitalized() || legalForm) || !determined) {
            return -1;
        }
        int first = nameStart(s, i);
        if (noun.is("universite", "ecole") && s.tok(first).is("de", "d'") && Chains.isNameWord(s.tok(first + 1))) {
            return plainEnd(s, first + 1); // "l'université de Caen Normandie"
        }
        int grouping = Math.max(intercommunal(s, i), socialCentre(s, i));
        if (grouping > 0 && isPlainNamePart(s, grouping)) {
            return plainEnd(s, grouping); // "la communauté de communes Vézère-Monédières"
        }
        if (grouping > 0 && s.tok(grouping).is("des", "du", "de", "d'") && !s.tok(grouping).isCapitalized() && isPlainNamePart(s, grouping + 1)) {
            return plainEnd(s, grouping + 1); // "la communauté de communes des Monts d'Arrée"
        }
        if (grouping > 0 && s.tok(grouping).isCapitalized() && s.tok(grouping).is("la", "le", "les", "l'") && isPlainNamePart(s, grouping + 1)) {
            return plainEnd(s, grouping + 1); // "le centre social Les Pléiades"
        }
        if (s.tok(first).isCapitalized() && s.tok(first).is("la", "le", "les", "l'") && isPlainNamePart(s, first + 1)) {
            return plainEnd(s, first + 1); // "le tiers-lieu La Quincaillerie": the article belongs to the name
        }
        // "le collectif Nos Communs": a capitalised possessive may open a name after a generic noun.
        boolean possessive = s.tok(first).isCapitalized() && s.tok(first).is("nos", "notre", "mon", "ma", "mes", "vos", "votre");
        int end = possessive ? plainEnd(s, first + 1) : plainEnd(s, first);
        while (end > first && s.tok(end).is("a", "en", "sur") && !s.tok(end).isCapitalized() && isPlainNamePart(s, end + 1)
                && !lex.isPlace(s.tok(end + 1).text())) {
            end = plainEnd(s, end + 1); // "l'association Villebrune à Vélo": the noun vouches for the whole name
        }
        if (end > first + 1 && s.tok(end).is("de", "d'") && s.tok(end + 1).isCapitalized() && lex.isPlace(s.tok(end + 1).text())) {
            end += 2; // "l'association Les Jardins Partagés de Belleville": its place is part of its name
        }
        if (possessive && end == first + 1 || s.covered(first)) {
            return -1;
        }
        String name = s.span(first, end);
        boolean ok = end > first && !lex.isFirstName(s.tok(first).text()) && !lex.isPlace(name) && !lex.isPlatform(name)
                && !lex.isNonOrgAcronym(name);
        return ok ? end : -1;
    }

    /** "the French digital inclusion association X": up to four describing words between the article and the noun. */
    private static boolean describedInEnglish(Sent s, int i) {
        for (int k = i - 1; k >= Math.max(1, i - 4) && s.english && s.tok(k).isWord(); k--) {
            if (s.tok(k - 1).is("the", "a", "an")) {
                return true;
            }
        }
        return false;
    }

    /** "centre social", "centre socioculturel", "maison de quartier": index after the noun group, or -1. */
    static int socialCentre(Sent s, int i) {
        if (s.tok(i).is("centre") && s.tok(i + 1).is("social", "socioculturel", "socio-culturel")) {
            return i + 2;
        }
        return s.tok(i).is("maison") && s.tok(i + 1).is("de") && s.tok(i + 2).is("quartier") ? i + 3 : -1;
    }

    /** "communauté de communes", "communauté d'agglomération", "communauté urbaine": index after the noun group, or -1. */
    static int intercommunal(Sent s, int i) {
        if (!s.tok(i).is("communaute")) {
            return -1;
        }
        if (s.tok(i + 1).is("de") && s.tok(i + 2).is("communes")) {
            return i + 3;
        }
        if (s.tok(i + 1).is("d'") && s.tok(i + 2).is("agglomeration")) {
            return i + 3;
        }
        return s.tok(i + 1).is("urbaine") ? i + 2 : -1;
    }

    /** End of a capitalised name at j: "Inno3", "Open Food Facts", "Communs d'Abord". */
    int plainEnd(Sent s, int j) {
        int end = j;
        while (end < s.toks.size() && end - j < 6) {
            if (isPlainNamePart(s, end) || end > j && isPlaceTail(s, end)) {
                end++;
            } else if (end > j && s.tok(end).is("d'", "de", "du", "des", "les", "la", "le", "l'") && isPlainNamePart(s, end + 1)
                    && !lex.isPlace(s.tok(end + 1).text())) {
                end += 2;
            } else if (end > j && enName(s, end)) {
                end += 2; // "Tiers-Lieux en Réseau Bretagne", "Données en Partage"
            } else {
                break;
            }
        }
        return end;
    }

    /** "en" and a capitalised word that is no place ("en Bretagne") nor a first name: still the name. */
    private boolean enName(Sent s, int i) {
        Token w = s.tok(i + 1);
        return s.tok(i).is("en") && !s.tok(i).isCapitalized() && w.isWord() && w.isCapitalized() && !w.isAcronymLike()
                && !lex.isPlace(w.text()) && !lex.isFirstName(w.text());
    }

    /** End of the capitalised words at j, common words included: "Atelier Cinq" after "Scop". */
    static int vouchedEnd(Sent s, int j) {
        int end = j;
        while (end - j < 6 && s.tok(end).isWord() && s.tok(end).isCapitalized()
                || end > j && s.tok(end).is("de", "du", "des", "d'") && s.tok(end + 1).isCapitalized()) {
            end++;
        }
        return end;
    }

    /** "la Scop Tech'Avenir": a legal form is not part of the name. */
    static int skipLegalForm(Sent s, int j) {
        return s.tok(j).is("scop", "scic", "sas", "sarl", "sa", "sasu", "eurl", "asbl") && s.tok(j + 1).isCapitalized() ? j + 1 : j;
    }

    /** A place or "Europe" closing a name: "OpenForum Europe", "Emmaüs Connect Bretagne". */
    boolean isPlaceTail(Sent s, int i) {
        Token t = s.tok(i);
        return t.isCapitalized() && lex.isPlace(t.text());
    }

    boolean isPlainNamePart(Sent s, int i) {
        Token t = s.tok(i);
        return t.isWord() && (t.isCapitalized() || t.text().matches(".*\\d.*")) && !lex.isCommonWord(t.text())
                || t.is("&") && Chains.isNameWord(s.tok(i + 1));
    }

}
