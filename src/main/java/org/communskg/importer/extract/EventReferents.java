package org.communskg.importer.extract;

import java.util.regex.Pattern;
import org.communskg.importer.extract.text.Fold;
import org.communskg.importer.extract.text.Lexicon;

/**
 * Which event a sentence that names none is about: "la table ronde" is the session just named,
 * "cet événement" or link words ("organisé par", "avec l'appui de") the current event, unless an
 * organization is what the link is about or an indefinite noun brings in another event; "the
 * afternoon panel" is another session.
 */
final class EventReferents {
    private static final Pattern UNNAMED_PART = Pattern.compile(
            "(?iu)\\b(la|cette|the|this) (table[ -]ronde|conférence|plénière|session|panel|atelier|débat|workshop)\\b");
    private static final Pattern UNNAMED_EVENT = Pattern.compile(
            "(?iu)\\b(cet|ce|cette|le|la|l'|l’|this|the) ?(événement|évènement|event|journée|rencontre|forum|colloque|"
            + "summit|festival|sommet|salon|congrès|assembly|conference|conférence)\\b"
            + "|\\b(cette|this) (\\p{L}+ )?(édition|edition)\\b"
            // "organise ses rencontres annuelles", "la cinquième édition de nos Rencontres", "our annual forum"
            + "|\\b(ses|nos|leurs|notre|son|sa|leur|our|its|their) (annual |yearly )?(rencontres|journées|forum|festival|assises|"
            + "sommet|summit|conference|rendez-vous|événement|event|salon|colloque|congrès)\\b");
    private static final Pattern LINK_WORDS = Pattern.compile(
            "(?iu)\\b((co-?)?organis[ée]e?s?( \\S+){0,3} par|^port[ée]e?s? par|(co-?)?financ[ée]e?s? par|soutenue?s? par|avec le soutien|"
            + "(a|ont|avait|avaient) reçu le soutien|bénéficie du soutien|received support|organi[sz]ed by|hosted by|convened by|"
            + "supported by|sponsored by|funding from|support from|en partenariat avec|in partnership with|sous la houlette|"
            + "(à l'initiative|avec l'appui|avec le concours|grâce au soutien|sous l'égide) (de|du|des|d')|accueillie?s?( \\S+){0,3} par|with support from)\\b"
            + "|^(organisat(eur|rice)s?|co-?organisateurs?|organi[sz]ers?|partenaires?|partners?|sponsors?|mécènes?|financeurs?)\\s*:");

    private EventReferents() {
    }

    /** Link words ("organisé par", "avec le soutien de") somewhere in the text. */
    static boolean linkWords(String text) {
        return LINK_WORDS.matcher(text).find();
    }

    /** The event a sentence that names none is about: the current session or event, or null. */
    static EventRec referent(Sent s, EventRec currentTop, EventRec currentPart) {
        if (UNNAMED_PART.matcher(s.text).find() && currentPart != null) {
            return currentPart;
        }
        var link = LINK_WORDS.matcher(s.text);
        // "Le lieu a vu le jour grâce au soutien de X": who backs the place opened or the association met did not back that event.
        // Nor did the funders of the study a morning presents ("L'étude a été financée par X").
        boolean held = currentTop != null && ("inauguration".equals(currentTop.kind) || "assemblée générale".equals(currentTop.kind)
                || currentTop.name.matches("(?s).* (de restitution|de présentation|d'information|de lancement) .*«.*"));
        boolean linking = link.find() && !orgSubjectBefore(s, link.start()) && !anotherEvent(s, link.start())
                && !(held && !link.group().matches("(?iu).*(organi|houlette|initiative|accueilli|égide).*"));
        if ((UNNAMED_EVENT.matcher(s.text).find() || linking) && currentTop != null) {
            return currentTop;
        }
        return null;
    }

    private static final Pattern SESSION_MENTION = Pattern.compile(
            "(?iu)\\b(la|une|the|a|an|cette|this)\\s+((?:afternoon|morning|evening|closing|opening|second|third|final|last|next|"
            + "seconde|deuxième|troisième|dernière|prochaine)\\s+)(table[ -]ronde|plénière|session|panel|atelier|débat|workshop|keynote)\\b");

    /**
     * A session mentioned without a name and qualified as another one ("the afternoon panel", "la
     * seconde table ronde"). A bare "la table ronde" may well be the session just named.
     */
    static boolean otherSession(Sent s) {
        return SESSION_MENTION.matcher(s.text).find();
    }

    /**
     * "Le soir, la conférence a pris un tour plus politique", right after "la table ronde sur X": a
     * session named by its kind is not one of another kind. A titled session may be called a
     * conference, then a round table ("la conférence « … »", "les participants de la table ronde").
     */
    static boolean otherKind(Sent s, EventRec currentPart) {
        var m = UNNAMED_PART.matcher(s.text);
        if (!m.find() || currentPart.kind == null || !Fold.fold(currentPart.name).startsWith(Fold.fold(currentPart.kind))) {
            return false;
        }
        String noun = Fold.fold(m.group(2)).replace('-', ' ');
        String kind = Fold.fold(currentPart.kind).replace('-', ' ');
        return !kind.contains(noun) && !noun.contains(kind) && !"session".equals(kind);
    }

    /** "lors d'un webinaire organisé par X": an indefinite event noun just before the link words is some other event. */
    private static boolean anotherEvent(Sent s, int charAt) {
        int k = s.tokenFrom(charAt);
        for (int j = k - 1; j >= Math.max(1, k - 3); j--) {
            if (Lexicon.get().eventLevel(s.tok(j).text().toLowerCase(java.util.Locale.ROOT)) != null) {
                return s.tok(j - 1).is("un", "une", "a", "an", "another", "autre");
            }
        }
        return false;
    }

    /** "the NCF is hosted by the Foundation": an organization is what the link is about, not the event. */
    private static boolean orgSubjectBefore(Sent s, int charAt) {
        return s.orgs.stream().anyMatch(o -> s.tok(o.start()).start() < charAt) && !UNNAMED_EVENT.matcher(s.text.substring(0, charAt)).find();
    }

    /**
     * "La plénière « X » clôturera les Journées Y": a session named before its event in the same
     * sentence belongs to that event, not to the one current before the sentence. Returns the
     * session that becomes current, or null.
     */
    static EventRec adoptEarlierParts(java.util.List<EventRec> tops, EventRec currentTop, java.util.List<EventRec> named) {
        int top = -1;
        for (int i = 0; i < named.size(); i++) {
            if (!named.get(i).part && named.get(i) == currentTop && currentTop.parts.isEmpty()) {
                top = i;
            }
        }
        EventRec current = null;
        for (int i = 0; i < top; i++) {
            EventRec p = named.get(i);
            if (p.part && p.paragraph == currentTop.paragraph) {
                tops.forEach(t -> t.parts.remove(p));
                currentTop.parts.add(p);
                current = p;
            }
        }
        return current;
    }
}
