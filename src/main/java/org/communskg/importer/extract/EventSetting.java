package org.communskg.importer.extract;

import org.communskg.importer.extract.text.Lexicon;

/** Where an event takes place and the programme it belongs to, read in one sentence. */
final class EventSetting {
    private EventSetting() {
    }

    /** "à Lyon", "in Brussels": a known place right after the preposition. */
    static String location(Sent s) {
        for (int k = 0; k + 1 < s.toks.size(); k++) {
            if (s.tok(k).is("a", "in") && Lexicon.get().isPlace(s.tok(k + 1).text()) && s.tok(k + 1).isCapitalized()) {
                return s.tok(k + 1).text();
            }
        }
        return null;
    }

    /** "dans le cadre de la démarche de l'ANCT Numérique en commun[s]". */
    static String partOf(Sent s) {
        int k = s.find(0, "cadre");
        if (k < 0 || !s.tok(k - 1).is("le") || !s.tok(k - 2).is("dans")) {
            return null;
        }
        int i = k + 1;
        while (i < s.toks.size() && !s.tok(i).isCapitalized() || s.covered(i)) {
            if (i - k > 10 || s.tok(i).text().matches("[,.;]")) {
                return null;
            }
            i++;
        }
        int end = i + 1;
        while (end < s.toks.size() && (s.tok(end).isWord() || s.tok(end).text().matches("[\\[\\]&]"))) {
            end++;
        }
        return end > i ? s.span(i, end) : null;
    }
}
