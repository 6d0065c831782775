package org.communskg.search;

import java.text.Normalizer;
import java.util.Locale;

/** Case and accent folding in Java, the same as the index's analyzer does before stemming. */
final class Folding {
    private Folding() {
    }

    /** {@code "L’Éducation"} becomes {@code "l'education"}. */
    static String fold(String s) {
        String nfd = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return nfd.replace('’', '\'').replace("œ", "oe").replace("æ", "ae").replace("Œ", "oe").toLowerCase(Locale.ROOT).strip();
    }
}
