package org.communskg.importer.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communskg.importer.extract.text.Fold;

/**
 * Dates in French and English news prose: "le 8 novembre", "le 1er janvier 2020",
 * "du 4 au 6 juin 2024", "du 30 juin au 2 juillet", "on 12 February 2024", "June 4-6, 2024".
 * A date without a year takes the article's year when it has one, else stays "--MM-DD".
 *
 * <pre>{@code
 * Dates.find("à Lyon du 4 au 6 juin 2024", null) // ["2024-06-04", "2024-06-06"]
 * }</pre>
 */
final class Dates {
    private static final List<String> FR = List.of("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet",
            "aout", "septembre", "octobre", "novembre", "decembre");
    private static final List<String> EN = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    /** A French month name, folded: "juin", "aout". */
    static boolean isMonth(String folded) {
        return FR.contains(folded);
    }
    private static final String MONTH = "(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre"
            + "|decembre|january|february|march|april|may|june|july|august|september|october|november|december)";
    private static final String DAY = "(\\d{1,2})(?:er|st|nd|rd|th)?(?!\\d)";
    private static final Pattern RANGE = Pattern.compile("(?:du|from|between)\\s+" + DAY + "(?:\\s+" + MONTH + ")?(?:\\s+(\\d{4}))?"
            + "\\s+(?:au|to|and|-)\\s+" + DAY + "\\s+" + MONTH + "(?:\\s+(\\d{4}))?");
    private static final Pattern AND_RANGE = Pattern.compile("(?:les|the)\\s+" + DAY + "\\s+(?:et|and)\\s+" + DAY + "\\s+" + MONTH
            + "(?:\\s+(\\d{4}))?");
    private static final Pattern DASH_RANGE = Pattern.compile("\\b" + DAY + "\\s*-\\s*" + DAY + "\\s+" + MONTH + "(?:\\s+(\\d{4}))?");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b" + DAY + "\\s+" + MONTH + "(?:,?\\s+(\\d{4}))?");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "(?:\\s*-\\s*" + DAY + ")?(?:,?\\s+(\\d{4}))?");

    private Dates() {
    }

    /** Start and end date (end null for a single day), or null when the text names no day. */
    static String[] find(String sentence, Integer articleYear) {
        String f = Fold.fold(sentence);
        Matcher m = RANGE.matcher(f);
        if (m.find()) {
            String year = m.group(6) != null ? m.group(6) : m.group(3);
            String startMonth = m.group(2) != null ? m.group(2) : m.group(5);
            return new String[] {iso(year, startMonth, m.group(1), articleYear), iso(year, m.group(5), m.group(4), articleYear)};
        }
        m = AND_RANGE.matcher(f);
        if (m.find()) {
            return new String[] {iso(m.group(4), m.group(3), m.group(1), articleYear), iso(m.group(4), m.group(3), m.group(2), articleYear)};
        }
        m = DASH_RANGE.matcher(f);
        if (m.find()) {
            return new String[] {iso(m.group(4), m.group(3), m.group(1), articleYear), iso(m.group(4), m.group(3), m.group(2), articleYear)};
        }
        m = DAY_MONTH.matcher(f);
        if (m.find()) {
            return new String[] {iso(m.group(3), m.group(2), m.group(1), articleYear), null};
        }
        m = MONTH_DAY.matcher(f);
        if (m.find()) {
            String end = m.group(3) == null ? null : iso(m.group(4), m.group(1), m.group(3), articleYear);
            return new String[] {iso(m.group(4), m.group(1), m.group(2), articleYear), end};
        }
        return null;
    }

    private static String iso(String year, String month, String day, Integer articleYear) {
        int mm = FR.indexOf(month) >= 0 ? FR.indexOf(month) + 1 : EN.indexOf(month) + 1;
        String md = String.format(Locale.ROOT, "%02d-%02d", mm, Integer.parseInt(day));
        if (year != null) {
            return year + "-" + md;
        }
        return articleYear != null ? articleYear + "-" + md : "--" + md;
    }
}
