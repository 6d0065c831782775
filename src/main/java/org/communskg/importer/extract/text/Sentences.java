package org.communskg.importer.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a paragraph into sentences at ".", "!", "?" or "…" followed by a space and an upper-case
 * letter, a digit or an opening quote, except after abbreviations (M., Mme., Dr., p.) and single
 * initials (J. Dupont), which would otherwise cut a name in two.
 *
 * <pre>{@code
 * Sentences.split("M. Dupont est là. Il parle.") // ["M. Dupont est là.", "Il parle."]
 * }</pre>
 */
public final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me",
            "st", "ste", "p", "pp", "cf", "ex", "env", "vol", "no", "n°", "art", "mr", "mrs", "ms", "prof", "jr",
            "sr", "inc", "ltd", "av", "bd", "ch", "fig", "éd", "ed", "coll", "dir", "hab");

    private Sentences() {
    }

    public static List<String> split(String paragraph) {
        List<String> out = new ArrayList<>();
        String p = paragraph.strip();
        int start = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '…') && isBoundary(p, i)) {
                int end = closersEnd(p, i + 1);
                add(out, p.substring(start, end));
                start = end;
                i = end - 1;
            }
        }
        add(out, p.substring(start));
        return out;
    }

    private static boolean isBoundary(String p, int i) {
        int j = closersEnd(p, i + 1);
        if (j >= p.length()) {
            return true;
        }
        if (!Character.isWhitespace(p.charAt(j))) {
            return false;
        }
        while (j < p.length() && Character.isWhitespace(p.charAt(j))) {
            j++;
        }
        if (j >= p.length()) {
            return true;
        }
        char next = p.charAt(j);
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || "«“\"(-–—".indexOf(next) >= 0)) {
            return false;
        }
        return p.charAt(i) != '.' || !isAbbreviation(p, i);
    }

    /** After closing quotes and brackets, French spacing included ("oui. »"). */
    private static int closersEnd(String p, int from) {
        int j = from;
        while (true) {
            int k = j;
            while (k < p.length() && (p.charAt(k) == ' ' || p.charAt(k) == '\u00a0' || p.charAt(k) == '\u202f')) {
                k++;
            }
            // A straight quote after a space opens the next sentence rather than closing this one.
            boolean closer = k < p.length() && ("»”)".indexOf(p.charAt(k)) >= 0 || p.charAt(k) == '"' && k == j);
            if (closer) {
                j = k + 1;
            } else {
                return j;
            }
        }
    }

    private static boolean isAbbreviation(String p, int dot) {
        int k = dot;
        while (k > 0 && Character.isLetter(p.charAt(k - 1))) {
            k--;
        }
        String word = p.substring(k, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "J. Dupont"
        }
        return ABBREVIATIONS.contains(Fold.fold(word));
    }

    private static void add(List<String> out, String s) {
        if (!s.isBlank()) {
            out.add(s.strip());
        }
    }
}
