package org.communskg.importer.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.communskg.importer.extract.text.Lexicon;

/**
 * A programme entry whose title stands alone on its line, with only its date and time before it,
 * and whose kind is told by the next sentence: "Mardi 14 octobre, 11 h – « Titre »" then "Un
 * webinaire d'une heure animé par X." The title waits for that sentence, in the same paragraph; a
 * next sentence that does not open on an event noun drops it.
 */
final class HeadingTitles {
    /** Weekdays, months, times and connectors: what may stand before a title on its own line. */
    private static final Pattern SCHEDULE = Pattern.compile("(?iu)[\\s,–—:-]*((lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
            + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|janvier|février|mars|avril|mai|juin|juillet|août|"
            + "septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|"
            + "november|december|le|du|au|à|de|\\d{1,4}(er|h|st|nd|rd|th)?|h|cet|am|pm)[\\s,–—:.-]*)*");

    /** A title waiting for its kind, and the paragraph it was read in. */
    private String title;
    private int paragraph = -1;

    /** The event noun and title when {@code s} opens on "Un webinaire ..." right after a title line; null otherwise. */
    EventNames.Named claim(Sent s) {
        String waiting = title;
        boolean sameParagraph = s.paragraph == paragraph;
        title = null;
        if (waiting == null || !sameParagraph || !s.tok(0).is("un", "une", "a", "an")) {
            return null;
        }
        String kind = Lexicon.get().eventLevel(s.tok(1).text().toLowerCase(java.util.Locale.ROOT)) != null ? s.tok(1).text() : null;
        return kind == null ? null : new EventNames.Named(1, waiting, kind, 0.75);
    }

    /** Remembers the title of a line made of a schedule and one quoted title without a kind. */
    void offer(Sent s, List<Quotes.Quoted> quotes) {
        if (quotes.size() != 1 || quotes.get(0).kind() != null || quotes.get(0).publication()
                || quotes.get(0).close() != s.toks.size() - 1) {
            return;
        }
        Quotes.Quoted q = quotes.get(0);
        if (SCHEDULE.matcher(s.span(0, q.open())).matches() && q.open() > 0) {
            title = q.title();
            paragraph = s.paragraph;
        }
    }
}
