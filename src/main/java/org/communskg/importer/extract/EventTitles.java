package org.communskg.importer.extract;

import org.communskg.importer.extract.text.Lexicon;

/**
 * Quoted titles whose event noun is not right before them, in the shapes of programmes and
 * announcements: a line that opens on the session noun ("Session 1 – Thursday 6 November, 12:30:
 * "Title""), a noun in apposition after the title ("Introducing "Title", our new webinar series"),
 * and a title that opens a sentence saying who moderated it (""Title" was chaired by X": only a
 * session is chaired).
 */
final class EventTitles {
    private EventTitles() {
    }

    /** The title read as an event or session, or null when none of the three shapes holds. */
    static Quotes.Quoted framed(Sent s, String title, int open, int close) {
        int lead = leadingNoun(s, open);
        if (lead >= 0) {
            return new Quotes.Quoted(title, open, close, lead, s.tok(lead).text(), false);
        }
        int after = nounAfter(s, close);
        if (after >= 0) {
            return new Quotes.Quoted(title, open, close, open, s.tok(after).text(), false);
        }
        if (moderatedSubject(s, open, close)) {
            return new Quotes.Quoted(title, open, close, open, "session", false);
        }
        return null;
    }

    /** "Session 1 – …:", "Atelier 2 –", "Panel –": the line opens on an event noun, a number or a dash after it. */
    private static int leadingNoun(Sent s, int open) {
        if (open > 20 || !s.tok(0).isCapitalized() || level(s, 0) == null) {
            return -1;
        }
        boolean numbered = s.tok(1).text().matches("\\d+|[IVX]+|–|—|-|:");
        return numbered ? 0 : -1;
    }

    /** '"Commons in Practice", our new webinar series': the noun after a comma, within four words. */
    private static int nounAfter(Sent s, int close) {
        if (!s.tok(close + 1).is(",") || !s.tok(close + 2).is("a", "an", "our", "the", "its", "their", "un", "une", "notre",
                "leur", "son", "sa", "le", "la", "nos")) {
            return -1;
        }
        for (int k = close + 3; k <= close + 5 && k < s.toks.size(); k++) {
            if (level(s, k) != null) {
                return k;
            }
            if (!s.tok(k).isWord() || s.tok(k).isCapitalized()) {
                return -1;
            }
        }
        return -1;
    }

    /** '"Funding the commons" was moderated by X', '« X » était animée par Y': a session, said by its moderation. */
    private static boolean moderatedSubject(Sent s, int open, int close) {
        if (open > 1) {
            return false;
        }
        String rest = s.span(close + 1, Math.min(s.toks.size(), close + 6));
        return rest.matches("(?iu)^,?\\s*(was|were|has been|is|a été|était|est|sera)\\s+(\\p{L}+\\s+)?"
                + "(moderated|chaired|facilitated|modérée?s?|animée?s?)\\s+(by|par)\\b.*");
    }

    private static String level(Sent s, int k) {
        return Lexicon.get().eventLevel(s.tok(k).text().toLowerCase(java.util.Locale.ROOT));
    }
}
