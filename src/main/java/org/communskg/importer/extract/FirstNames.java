package org.communskg.importer.extract;

import java.util.List;
import org.communskg.importer.extract.text.Fold;
import org.communskg.importer.extract.text.Token;

/**
 * First names written as initials: "J.-F." for Jean-François, "M." is a civility and never one.
 *
 * <pre>{@code
 * FirstNames.compatible("J.-F.", "Jean-François"); // true
 * FirstNames.compatible("J.-P.", "Jean-François"); // false
 * }</pre>
 */
public final class FirstNames {
    private FirstNames() {
    }

    /** True when one of the two is initials and the other's parts start with those letters, in order. */
    public static boolean compatible(String a, String b) {
        String ia = letters(a);
        String ib = letters(b);
        if (isInitials(a) == isInitials(b)) {
            return false;
        }
        return isInitials(a) ? ia.equals(initials(b)) : ib.equals(initials(a));
    }

    /** "J.-F.", "J.", "JF." are initials; "Jean-F." is not. */
    public static boolean isInitials(String first) {
        return first.matches("(\\p{Lu}\\.\\s?-?\\s?)+");
    }

    /** End of the initials starting at token i ("J", ".", "-", "F", "."), or i when there are none. */
    static int initialsEnd(List<Token> toks, int i) {
        int j = i;
        while (j + 1 < toks.size() && toks.get(j).text().matches("\\p{Lu}") && toks.get(j + 1).text().equals(".")) {
            j += 2;
            if (j + 1 < toks.size() && toks.get(j).text().equals("-") && toks.get(j + 1).text().matches("\\p{Lu}")) {
                j++;
            }
        }
        return j;
    }

    private static String letters(String s) {
        return Fold.fold(s).replaceAll("[^a-z]", "");
    }

    private static String initials(String first) {
        StringBuilder b = new StringBuilder();
        for (String part : Fold.fold(first).split("[\\s-]+")) {
            if (!part.isEmpty()) {
                b.append(part.charAt(0));
            }
        }
        return b.toString();
    }
}
