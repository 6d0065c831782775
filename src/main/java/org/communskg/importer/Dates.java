package org.communskg.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as found in metadata, reduced to ISO 8601 dates. */
final class Dates {
    private static final Pattern ISO = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern FRENCH = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$");

    private Dates() {
    }

    /**
     * {@code 2023-11-15T10:00:00+01:00} and {@code 15/11/2023} give {@code 2023-11-15}; unknown forms
     * and impossible dates ({@code 2023-13-45}) give null.
     */
    static String isoDate(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        Matcher iso = ISO.matcher(v);
        if (iso.find()) {
            return valid(iso.group(1));
        }
        Matcher fr = FRENCH.matcher(v);
        if (fr.matches()) {
            return valid(String.format("%s-%02d-%02d", fr.group(3), Integer.parseInt(fr.group(2)), Integer.parseInt(fr.group(1))));
        }
        return null;
    }

    private static String valid(String isoDate) {
        try {
            return java.time.LocalDate.parse(isoDate).toString();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
