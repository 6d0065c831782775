package org.communskg.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Italics that set off a title. French and English news set the titles of reports, guides and
 * sessions in italics where others use quotation marks ("le guide *Ouvrir les données*"); the
 * extractor reads titles between quotation marks, so a capitalised italic span becomes one. Stress
 * in lower case ("*très* suivi") is not a title and is left as plain text.
 *
 * <pre>{@code
 * Emphasis.titlesQuoted("le rapport *Communs et territoires*") // le rapport « Communs et territoires »
 * }</pre>
 */
public final class Emphasis {
    /** One-star or underscore italics, not bold, on one line. */
    private static final Pattern ITALIC = Pattern.compile(
            "(?<![\\w*])\\*(?![\\s*])([^*\\n]+?)(?<![\\s*])\\*(?![\\w*])|(?<![\\w_])_(?![\\s_])([^_\\n]+?)(?<![\\s_])_(?![\\w_])");

    private Emphasis() {
    }

    /** The text with each capitalised italic span of two characters or more put between « ». */
    public static String titlesQuoted(String markdown) {
        Matcher m = ITALIC.matcher(markdown);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String inner = m.group(1) != null ? m.group(1) : m.group(2);
            String replacement = isTitle(inner) ? "« " + inner + " »" : inner;
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A capitalised span that is not already quoted; a title, whatever its length. */
    public static boolean isTitle(String text) {
        String t = text.strip();
        return t.length() >= 2 && Character.isUpperCase(t.codePointAt(0)) && !t.matches("(?s).*[«»“”\"].*");
    }
}
