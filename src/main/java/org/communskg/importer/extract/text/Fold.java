package org.communskg.importer.extract.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text folding used both for matching names inside the extractor and for scoring against gold:
 * case and accents removed, apostrophes, quotes and dashes unified, white space collapsed.
 *
 * <pre>{@code
 * Fold.fold("L’Économie  «sociale»") // "l'economie \"sociale\""
 * }</pre>
 */
public final class Fold {
    private Fold() {
    }

    /** Folds case, accents, apostrophes, quotes, dashes and white space. Null gives "". */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFD);
        // One pass over the characters: this runs for every token, so no regular expressions here.
        StringBuilder b = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            String mapped = map(c);
            if (mapped.equals(" ")) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(mapped);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static String map(char c) {
        switch (c) {
            case '’': case '‘': case '`': case '´': case 'ʼ': case '′':
                return "'";
            case '“': case '”': case '«': case '»': case '„': case '‟': case '″':
                return "\"";
            case '‐': case '‑': case '‒': case '–': case '—': case '―': case '−':
                return "-";
            case 'œ':
                return "oe";
            case 'Œ':
                return "OE";
            case 'æ':
                return "ae";
            case 'Æ':
                return "AE";
            default:
                return Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f' ? " " : String.valueOf(c);
        }
    }
}
