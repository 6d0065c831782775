package org.communskg.importer.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.communskg.importer.extract.Sent.PersonOcc;

/**
 * The lines of a programme that say who speaks without a verb: a list under "Intervenant·es :"
 * or "Avec :", one person per line; "Avec A (ORG) et B" or "A in conversation with B" right after
 * a session's title. A line with its own subject or auxiliary is prose, not a programme line.
 */
final class ProgrammeLines {
    private static final Pattern LIST_HEADER = Pattern.compile(
            "(?iu)^(the |les )?(intervenant|intervenante|speaker|panelist|panéliste|invité|avec|with|conférencier|conférencière|orateur|oratrice|"
            + "grands? témoins?)\\S{0,6}\\s*(were|are|will be|included|étaient|sont|seront)?\\s*:"); // "Speakers were:"

    private final EventSpotter ev;
    private EventRec listTarget;
    private int listParagraph = -2;

    ProgrammeLines(EventSpotter ev) {
        this.ev = ev;
    }

    /** "Intervenant·e·s :" then one person per line: the speakers of the current session. */
    void list(Sent s) {
        if (LIST_HEADER.matcher(s.text).find()) {
            listParagraph = s.paragraph;
            listTarget = ev.currentPart != null ? ev.currentPart : ev.currentTop;
            s.persons.forEach(p -> addListed(p.entry()));
            return;
        }
        boolean line = s.paragraph == listParagraph + 1 || s.paragraph == listParagraph && !s.paragraphStart;
        // Items separated by blank lines: the list goes on while each paragraph is a verbless name line.
        boolean item = s.paragraph == listParagraph + 1 && !hasClause(s);
        PersonOcc first = s.persons.stream().min((a, b) -> a.start() - b.start()).orElse(null);
        if (line && first != null && first.start() <= 1) {
            addListed(first.entry());
            if (item) {
                listParagraph = s.paragraph;
            }
        }
    }

    private void addListed(PersonRegistry.Entry p) {
        if (listTarget != null) {
            listTarget.addSpeaker(p);
        }
    }

    /**
     * "10h00 – Table ronde « X ». Avec A (ORG) et B (ORG)." / "Par C.": a programme entry gives its
     * speakers in a verbless sentence right after the title, in the same paragraph. A person must
     * follow the preposition at once, so that "Par ailleurs, X ..." or "Avec 300 inscrits" say nothing.
     */
    void line(Sent s, List<EventRec> named) {
        // A webinar told in one paragraph, without sessions: its "Avec ..." line is its own.
        EventRec part = ev.currentPart != null ? ev.currentPart
                : ev.currentTop != null && ev.currentTop.parts.isEmpty() ? ev.currentTop : null;
        boolean ownLine = named.isEmpty() || named.size() == 1 && named.get(0) == part;
        if (!ownLine || part == null || s.paragraph != part.paragraph || s.toks.size() < 2 || hasClause(s)) {
            return;
        }
        boolean led = named.isEmpty() && s.tok(0).text().matches("Avec|Par|With|By") && s.persons.stream().anyMatch(p -> p.start() == 1);
        if (led || CONVERSATION.matcher(s.text).find()) {
            s.persons.forEach(p -> part.addSpeaker(p.entry()));
        }
    }

    /** "A (ORG) in conversation with B", "A conversation between A and B": a verbless line naming who speaks. */
    private static final Pattern CONVERSATION = Pattern.compile("(?iu)\\b(in conversation with|in dialogue with|conversation between|"
            + "dialogue between|en conversation avec|en dialogue avec|dialogue entre|conversation entre|échange entre|débat entre)\\b");

    private static final Set<String> CLAUSE = Set.of("a", "ont", "est", "sont", "sera", "seront", "était",
            "étaient", "va", "vont", "nous", "on", "il", "elle", "ils", "elles", "je", "j'", "has", "have", "is", "are", "was",
            "were", "will", "we");

    /** A subject pronoun or an auxiliary: "Avec X, nous avons ..." is a sentence of its own, not a speaker line. */
    private static boolean hasClause(Sent s) {
        for (int k = 1; k < s.toks.size(); k++) {
            // Exact text, not folded: "à" folds to the auxiliary "a".
            // In English, "a" is an article ("a rural third place"), not the French auxiliary.
            if (s.personAt(k) == null && CLAUSE.contains(s.tok(k).text()) && !(s.english && s.tok(k).text().equals("a"))) {
                return true;
            }
        }
        return false;
    }

}
