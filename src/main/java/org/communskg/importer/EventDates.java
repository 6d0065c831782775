package org.communskg.importer;

import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Event dates: typed literals, and the year completed from the article's date when it is known. */
final class EventDates {
    private EventDates() {
    }

    /**
     * A month-day ({@code --11-08}) takes the article's year, or the year before when that would put
     * the event more than six months after publication: articles report on past events more often
     * than on events the best part of a year ahead.
     */
    static String complete(String date, String articleDate) {
        if (date == null || !date.startsWith("--") || articleDate == null) {
            return date;
        }
        LocalDate published = LocalDate.parse(articleDate);
        int month = Integer.parseInt(date.substring(2, 4));
        int day = Integer.parseInt(date.substring(5, 7));
        if (month == 2 && day == 29) {
            return date; // no year to guess safely
        }
        LocalDate candidate = LocalDate.of(published.getYear(), month, day);
        if (candidate.isAfter(published.plusMonths(6))) {
            candidate = candidate.minusYears(1);
        }
        return candidate.toString();
    }

    /** {@code YYYY-MM-DD} → xsd:date, {@code --MM-DD} → xsd:gMonthDay, {@code YYYY-MM} → xsd:gYearMonth, {@code YYYY} → xsd:gYear. */
    static Node literal(String iso) {
        if (iso == null) {
            return null;
        }
        if (iso.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return NodeFactory.createLiteralDT(iso, XSDDatatype.XSDdate);
        }
        if (iso.matches("--\\d{2}-\\d{2}")) {
            return NodeFactory.createLiteralDT(iso, XSDDatatype.XSDgMonthDay);
        }
        if (iso.matches("\\d{4}-\\d{2}")) {
            return NodeFactory.createLiteralDT(iso, XSDDatatype.XSDgYearMonth);
        }
        if (iso.matches("\\d{4}")) {
            return NodeFactory.createLiteralDT(iso, XSDDatatype.XSDgYear);
        }
        return null;
    }
}
