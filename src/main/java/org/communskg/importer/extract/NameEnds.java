package org.communskg.importer.extract;

import org.communskg.importer.extract.text.Token;

/**
 * Where an organization's name stops: a known name is whole when the sentence goes on after it
 * with a preposition, a conjunction or a pronoun ("la Banque des Territoires pour ceux qui…",
 * "the Open Knowledge Foundation for its part"); and a programme's name is none at all ("au sein du
 * programme Société numérique").
 */
final class NameEnds {
    private NameEnds() {
    }

    /** The lower-case word at k continues the sentence, not the name. */
    static boolean goesOnInText(Sent s, int k) {
        Token t = s.tok(k);
        return !t.isCapitalized() && t.is("pour", "et", "sur", "avec", "dans", "par", "qui", "que", "ou", "en", "a", "au", "aux",
                "depuis", "elle-meme", "lui-meme", "for", "and", "on", "with", "in", "at", "by", "which", "who", "that", "its");
    }

    /** A head-named reading cut before "pour" and an infinitive ("la Fondation Orme pour diriger…"): a purpose, not the name. */
    static int beforePurpose(Sent s, int i, int end) {
        for (int k = i + 1; k < end; k++) {
            if (s.tok(k).is("pour") && !s.tok(k).isCapitalized() && !s.tok(k + 1).isCapitalized()
                    && s.tok(k + 1).folded().matches("[a-z]{3,}(er|ir|re)")) {
                return k;
            }
        }
        return end;
    }

    /** "Société coopérative d'intérêt collectif", "Société par actions simplifiée": a legal form spelled out. */
    static boolean isLegalForm(String span) {
        return org.communskg.importer.extract.text.Fold.fold(span).matches("societe (cooperative (d'interet collectif|et participative|(ouvriere )?de production)"
                + "|anonyme|par actions simplifiee( unipersonnelle)?|a responsabilite limitee)");
    }

    /** A capitalised name right after "programme" or "dispositif" in lower case. */
    static boolean isProgramme(Sent s, int i) {
        Token before = s.tok(i - 1);
        return i > 0 && s.tok(i).isCapitalized() && s.tok(i).isWord() && !before.isCapitalized()
                && before.is("programme", "programmes", "dispositif", "program");
    }

    /** End of the programme's name: its capitalised words and a closing adjective. */
    static int programmeEnd(Sent s, int i) {
        int end = i;
        while (end - i < 5 && s.tok(end).isWord() && s.tok(end).isCapitalized()) {
            end++;
        }
        return NameAdjectives.tail(s, end);
    }
}
