package org.communskg.importer.extract;

import java.util.regex.Pattern;
import org.communskg.importer.extract.text.Lexicon;

/**
 * The event an article's headline names ("Agenda — Rencontres Traverses 2026 : deux jours pour
 * ...", "Retour sur le Forum des tiers-lieux 2025"). An agenda or a recap often names its event in
 * full only there, and says "ses rencontres annuelles", "nos Rencontres" or "the third Forum" in
 * the body: the headline's event is then the one the body is about, until the body names another.
 */
final class EventHeadline {
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    /** "Inscriptions : ...", "Appel à projets ...": a headline about something else than the event it names. */
    private static final Pattern OTHER_TOPIC = Pattern.compile("(?iu).*\\b(appel à (projets|candidatures)|call for (proposals|applications)|"
            + "offre d'emploi|recrute|recrutement|nomination|élu|élue|appointed|rapport|report|étude|study)\\b.*");

    private static final Pattern LEAD = Pattern.compile("(?iu)^(programme|program|retour|bilan|agenda|compte[- ]rendu|replay|"
            + "inscriptions?|récap|recap|highlights|takeaways|report|save the date)\\b");

    private EventHeadline() {
    }

    /** The top-level event the headline names, or null (no headline, only a session named, or another topic). */
    static EventNames.Named find(String headline) {
        if (headline == null || headline.isBlank() || OTHER_TOPIC.matcher(headline).matches()) {
            return null;
        }
        Sent s = new Sent(-1, true, headline);
        for (EventNames.Named n : EventNames.find(s)) {
            boolean part = "part".equals(Lexicon.get().eventLevel(n.kind().toLowerCase(java.util.Locale.ROOT)));
            // "Programme des Rencontres ...", "Retour sur le Forum": a headline word, not the event's first.
            boolean lead = LEAD.matcher(n.name()).find();
            if (!part && !lead) {
                return new EventNames.Named(n.at(), n.name(), n.kind(), 0.7);
            }
        }
        return null;
    }

    /** "Commons Bridge Forum" and "Commons Bridge Forum 2026": one event, the year said once and left out once. */
    static boolean sameEvent(String a, String b) {
        if (Quotes.same(a, b)) {
            return true;
        }
        String ya = withoutYear(a);
        String yb = withoutYear(b);
        return (ya.length() != a.length()) != (yb.length() != b.length()) && Quotes.same(ya, yb);
    }

    private static String withoutYear(String name) {
        String[] words = name.trim().split("\\s+");
        return words.length > 2 && YEAR.matcher(words[words.length - 1]).matches()
                ? name.trim().substring(0, name.trim().lastIndexOf(' ')) : name.trim();
    }
}
