package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import org.communskg.importer.extract.text.Fold;

/**
 * A name whose place is shortened to its initials: "Fédération des tiers-lieux BFC" for
 * "Fédération des tiers-lieux de Bourgogne-Franche-Comté". Same words before, then the initials
 * of the long form's remaining words (hyphenated parts count, particles do not).
 */
final class AbbreviatedNames {
    private static final List<String> PARTICLES = List.of("de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "of", "the");

    private AbbreviatedNames() {
    }

    /** True when one of the two names is the other with its tail written as initials. */
    static boolean same(String a, String b) {
        return abbreviates(a, b) || abbreviates(b, a);
    }

    private static boolean abbreviates(String shortForm, String longForm) {
        String[] sw = shortForm.strip().split("\\s+");
        String acr = sw[sw.length - 1];
        if (sw.length < 3 || !acr.matches("\\p{Lu}{2,6}")) {
            return false;
        }
        String prefix = Fold.fold(String.join(" ", java.util.Arrays.copyOf(sw, sw.length - 1)));
        String lf = Fold.fold(longForm);
        if (!lf.startsWith(prefix + " ")) {
            return false;
        }
        List<String> initials = new ArrayList<>();
        for (String w : lf.substring(prefix.length()).split("[\\s'’-]+")) {
            if (!w.isEmpty() && !PARTICLES.contains(w)) {
                initials.add(w.substring(0, 1));
            }
        }
        return String.join("", initials).equals(Fold.fold(acr));
    }
}
