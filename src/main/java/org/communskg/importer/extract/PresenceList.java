package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.communskg.importer.extract.Sent.PersonOcc;

/**
 * Everyone an "en présence de" list names, each with its office in apposition: "en présence de X,
 * sous-préfète d'Ambert, de la conseillère départementale Y, de Z, maire de W, et de V". A name
 * counts when its item opens with "de" (or the list itself); the list ends at a relative clause,
 * a quotation or a semicolon.
 */
final class PresenceList {
    private PresenceList() {
    }

    /** The persons listed from token {@code after} (just past "en présence de"). */
    static List<PersonRegistry.Entry> present(Sent s, int after) {
        List<PersonRegistry.Entry> out = new ArrayList<>();
        int end = after;
        while (end < s.toks.size() && !s.tok(end).is("qui", "que", "dont", "who", ";", ":", "«", "\"", "“", "(")) {
            end++;
        }
        int stop = end;
        for (PersonOcc p : s.persons.stream().filter(p -> p.start() >= after && p.end() <= stop)
                .sorted(Comparator.comparingInt(PersonOcc::start)).toList()) {
            int lead = p.start() - 1;
            while (lead >= after && !s.tok(lead).is(",", "et", "and")) {
                lead--;
            }
            lead++;
            boolean opens = lead == after || s.tok(lead).is("de", "d'", "du", "of");
            boolean titled = true; // "de la conseillère départementale Y": only lower-case words before the name
            for (int k = lead + 1; k < p.start(); k++) {
                titled &= s.tok(k).isWord() && (!s.tok(k).isCapitalized() || s.tok(k).is("M.", "Mme", "Mr", "Ms", "Dr"));
            }
            if (opens && titled) {
                out.add(p.entry());
            }
        }
        return out;
    }
}
