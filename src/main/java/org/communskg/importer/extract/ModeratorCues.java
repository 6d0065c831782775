package org.communskg.importer.extract;

import java.util.regex.Pattern;
import org.communskg.importer.extract.Sent.PersonOcc;

/**
 * Who moderated a session: "modérée par X", "animé·e par X", "orchestré par X", "sous la houlette
 * de la journaliste X", "la modération était assurée par X", "Modération : X", "chaired by X".
 * The person must follow the cue within a few words ("animés par la journaliste X"), so that a
 * cue followed by an organization or a common noun says nothing.
 */
final class ModeratorCues {
    /** Participles, inclusive forms included ("animé·e", "modéré·es"). */
    private static final Pattern MODERATED = Pattern.compile(
            "(mod[ée]r[ée]e?s?|anim[ée]e?s?|orchestr[ée]e?s?)(·\\p{L}+)*|moderated|chaired|facilitated|led|hosted");
    /** "présentée par X" moderates only a session; "le rapport présenté par X" is its author's. */
    private static final Pattern PRESENTED = Pattern.compile("pr[ée]sent[ée]e?s?|presented");
    private static final Pattern SESSION = Pattern.compile(
            "(?iu)\\b(table[ -]ronde|plénière|session|soirée|débat|panel|atelier|émission|conférence|keynote)\\b");
    /** The nouns of a programme line or of "la modération était assurée par". */
    private static final Pattern MODERATION_NOUN = Pattern.compile(
            "moderation|animation|moderateur|moderatrice|moderateurs|moderatrices|moderator|moderators|chair|facilitation");

    private ModeratorCues() {
    }

    /** The moderator named in the sentence, or null. */
    static PersonRegistry.Entry moderator(Sent s) {
        for (int k = 0; k + 2 < s.toks.size(); k++) {
            boolean presented = PRESENTED.matcher(s.tok(k).folded()).matches() && SESSION.matcher(s.span(0, k)).find()
                    && !s.tok(k - 1).is("ete", "been", "a");
            if ((MODERATED.matcher(s.tok(k).folded()).matches() || presented) && s.tok(k + 1).is("par", "by")) {
                PersonRegistry.Entry p = personNear(s, k + 2);
                if (p != null) {
                    return p;
                }
            }
            PersonRegistry.Entry p = nounCue(s, k);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /**
     * "Modération : X", "la modération était assurée par X", "sous la houlette de la journaliste X"
     * (only about a session: the houlette of an organization makes it an organizer elsewhere).
     */
    private static PersonRegistry.Entry nounCue(Sent s, int k) {
        if (MODERATION_NOUN.matcher(s.tok(k).folded()).matches()) {
            if (s.tok(k + 1).is(":", "–", "—")) {
                return personNear(s, k + 2);
            }
            int par = s.find(k + 1, "par", "by");
            boolean provided = par > k && par - k <= 4 && s.span(k + 1, par).matches("(?iu)(était |a été |sera |est |was |is )?"
                    + "(assurée|confiée|provided|done)");
            return provided ? personNear(s, par + 1) : null;
        }
        if (s.tok(k).is("houlette") && s.tok(k + 1).is("de", "du", "d'") && SESSION.matcher(s.text).find()) {
            return personNear(s, k + 2);
        }
        return null;
    }

    /**
     * The first person starting within three tokens of {@code from}, with no punctuation between;
     * five after a possessive, for a title in the house's voice ("by our Director of Programmes X").
     */
    private static PersonRegistry.Entry personNear(Sent s, int from) {
        int reach = s.tok(from).is("our", "notre", "nos", "their", "leur") ? 5 : 3;
        PersonOcc p = s.persons.stream().filter(q -> q.start() >= from && q.start() <= from + reach)
                .min((a, b) -> a.start() - b.start()).orElse(null);
        if (p == null || s.span(from, p.start()).matches("(?s).*[,;.(«].*")) {
            return null;
        }
        return p.entry();
    }
}
