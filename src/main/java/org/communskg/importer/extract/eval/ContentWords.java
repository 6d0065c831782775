package org.communskg.importer.extract.eval;

import java.util.LinkedHashSet;
import java.util.Set;

/** Content words of a folded role phrase: the words left once articles and prepositions go. */
final class ContentWords {
    private static final Set<String> STOP = Set.of("de", "du", "des", "d", "la", "le", "les", "l", "et",
            "a", "au", "aux", "en", "pour", "sur", "chez", "par", "un", "une", "dans", "avec",
            "of", "the", "and", "at", "for", "in", "on", "to", "an");

    private ContentWords() {
    }

    static Set<String> of(String folded) {
        Set<String> s = new LinkedHashSet<>();
        for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !STOP.contains(w)) {
                s.add(w);
            }
        }
        return s;
    }
}
