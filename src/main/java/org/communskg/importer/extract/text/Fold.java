package org.communskg.importer.extract.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text folding used both for matching names inside the extractor and for scoring against gold:
 * case and accents removed, apostrophes, quotes and dashes unified, white space collapsed.
 *
 * <pre>{@code
 * Fold.fold("L’Économie  «sociale»") // "l'economie \"sociale\""
 * }</pre>
 */
public final class Fold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Fold() {
    }

    /** Folds case, accents, apostrophes, quotes, dashes and white space. Null gives "". */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFD);
        t = MARKS.matcher(t).replaceAll("");
        // Ligatures do not decompose under NFD; French uses œ and æ.
        t = t.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE");
        t = t.replaceAll("[’‘`´ʼ′]", "'");
        t = t.replaceAll("[“”«»„‟″]", "\"");
        t = t.replaceAll("[‐‑‒–—―−]", "-");
        t = t.replace('\u00a0', ' ').replace('\u202f', ' ');
        t = SPACES.matcher(t).replaceAll(" ").strip();
        return t.toLowerCase(Locale.ROOT);
    }
}
