package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.communskg.importer.extract.Sent.PersonOcc;
import org.communskg.importer.extract.text.Lexicon;

/**
 * Finds events and their sessions, then who organized, supported, moderated and spoke. Reads
 * sentences in order: a session ("la table ronde") named once is "the current one" for the
 * sentences after it, until another is named.
 */
final class EventSpotter {
    private static final Pattern UNNAMED_PART = Pattern.compile(
            "(?iu)\\b(la|cette|the|this) (table[ -]ronde|conférence|plénière|session|panel|atelier|débat|workshop)\\b");
    private static final Pattern UNNAMED_EVENT = Pattern.compile(
            "(?iu)\\b(cet|ce|cette|le|la|l'|l’|this|the) ?(événement|évènement|event|journée|rencontre|forum|colloque|"
            + "summit|festival|sommet|salon|congrès|assembly|conference|conférence)\\b");
    private static final Pattern LINK_WORDS = Pattern.compile(
            "(?iu)\\b((co-?)?organis[ée]e?s?( \\S+){0,3} par|^port[ée]e?s? par|(co-?)?financ[ée]e?s? par|soutenue?s? par|avec le soutien|organi[sz]ed by|hosted by|convened by|supported by|sponsored by|funding from|support from|en partenariat avec|in partnership with|sous la houlette)\\b");
    private static final Pattern LIST_HEADER = Pattern.compile(
            "(?iu)^(intervenant|intervenante|speaker|panelist|panéliste|invité)\\S{0,6}\\s*:");
    private static final Pattern PANEL_WORDS = Pattern.compile(
            "(?iu)\\b(participants|intervenants|intervenantes|panélistes|panelists|speakers)\\b");

    private final EventLinks links;
    private final List<EventRec> tops = new ArrayList<>();
    private final List<EventRec> orphanParts = new ArrayList<>();
    private EventRec currentTop;
    private EventRec listTarget;
    private int listParagraph = -2;
    private EventRec currentPart;
    private final Integer year;

    EventSpotter(OrgSpotter orgs, Integer articleYear) {
        this.links = new EventLinks(orgs);
        this.year = articleYear;
    }

    void spot(Sent s) {
        List<int[]> found = new ArrayList<>();
        List<EventRec> named = new ArrayList<>();
        for (Quotes.Quoted q : Quotes.find(s)) {
            if (!q.publication() && q.kind() != null) {
                named.add(event(q.title(), q.kind(), s, 0.85));
                found.add(new int[] {q.kindIndex()});
            }
        }
        for (EventNames.Named n : EventNames.find(s)) {
            named.add(event(n.name(), n.kind(), s, n.confidence()));
            found.add(new int[] {n.at()});
        }
        adoptEarlierParts(named);
        if (named.isEmpty() && currentPart != null && otherSession(s)) {
            currentPart = null; // "The afternoon panel, chaired by X, ...": no longer the session named before
        }
        EventRec referent = named.isEmpty() ? referent(s) : null;
        if (named.isEmpty() && referent == null && SpeakerCues.moderator(s) != null) {
            // "Les échanges étaient animés par X", shortly after the session (or event) is named.
            EventRec recent = currentPart != null ? currentPart : currentTop;
            if (recent != null && s.paragraph - recent.paragraph <= 3) {
                referent = recent;
            }
        }
        if (referent != null) {
            named.add(referent);
            found.add(new int[] {0});
        }
        if (!named.isEmpty() && named.stream().allMatch(e -> e.part) && currentTop != null && !named.contains(currentTop)
                && LINK_WORDS.matcher(s.span(0, found.get(0)[0])).find()) {
            // "Soutenue par la Caisse X, elle a accueilli l'atelier « … »": the links are the event's.
            links.organizersAndSponsors(currentTop, s, 0, found.get(0)[0]);
        }
        boolean partsOfCurrent = !named.isEmpty() && named.stream().allMatch(e -> e.part) && currentTop != null;
        for (int i = 0; i < named.size(); i++) {
            // "À l'initiative de X, un webinaire intitulé « … »": what precedes the first name is its own.
            int from = i == 0 && !partsOfCurrent ? 0 : found.get(i)[0];
            int to = i + 1 < named.size() ? found.get(i + 1)[0] : s.toks.size();
            describe(named.get(i), s, from, to);
        }
        speakers(s, named);
        for (int i = 0; i < named.size(); i++) {
            if (named.get(i).part && found.get(i)[0] > 0) {
                int at = found.get(i)[0];
                EventRec part = named.get(i);
                boolean single = part.kind.matches("keynote|conférence|talk|exposé|intervention|lecture");
                SpeakerCues.subjectsAfter(s, at, single).forEach(p -> part.addSpeaker(p.entry()));
            }
            PersonOcc giver = named.get(i).part && found.get(i)[0] > 0 ? SpeakerCues.givingSubject(s, found.get(i)[0]) : null;
            if (giver != null) {
                named.get(i).addSpeaker(giver.entry()); // "X delivered a keynote titled « … »"
            }
        }
        openingSession(s, named);
        speakerList(s);
    }

    /** "Intervenant·e·s :" then one person per line: the speakers of the current session. */
    private void speakerList(Sent s) {
        if (LIST_HEADER.matcher(s.text).find()) {
            listParagraph = s.paragraph;
            listTarget = currentPart != null ? currentPart : currentTop;
            s.persons.forEach(p -> addListed(p.entry()));
            return;
        }
        boolean line = s.paragraph == listParagraph + 1 || s.paragraph == listParagraph && !s.paragraphStart;
        PersonOcc first = s.persons.stream().min((a, b) -> a.start() - b.start()).orElse(null);
        if (line && first != null && first.start() <= 1) {
            addListed(first.entry());
        }
    }

    private void addListed(PersonRegistry.Entry p) {
        if (listTarget != null) {
            listTarget.addSpeaker(p);
        }
    }

    List<EventFact> facts() {
        List<EventRec> all = new ArrayList<>(tops);
        if (tops.isEmpty()) {
            all.addAll(orphanParts);
        }
        return all.stream().map(EventRec::toFact).toList();
    }

    private EventRec event(String name, String kind, Sent s, double conf) {
        boolean part = "part".equals(Lexicon.get().eventLevel(kind.toLowerCase(java.util.Locale.ROOT)));
        for (EventRec e : allEvents()) {
            if (Quotes.same(e.name, name)) {
                return e;
            }
        }
        EventRec e = new EventRec(name, kind.toLowerCase(java.util.Locale.ROOT), part, s.text, conf);
        e.paragraph = s.paragraph;
        if (part) {
            if (currentTop != null) {
                currentTop.parts.add(e);
            } else {
                orphanParts.add(e);
            }
            currentPart = e;
        } else {
            tops.add(e);
            currentTop = e;
            orphanParts.forEach(p -> e.parts.add(p));
            orphanParts.clear();
            currentPart = null;
        }
        return e;
    }

    /**
     * "La plénière « X » clôturera les Journées Y": a session named before its event in the same
     * sentence belongs to that event, not to the one current before the sentence.
     */
    private void adoptEarlierParts(List<EventRec> named) {
        int top = -1;
        for (int i = 0; i < named.size(); i++) {
            if (!named.get(i).part && named.get(i) == currentTop && currentTop.parts.isEmpty()) {
                top = i;
            }
        }
        if (top <= 0) {
            return;
        }
        for (int i = 0; i < top; i++) {
            EventRec p = named.get(i);
            if (p.part && p.paragraph == currentTop.paragraph) {
                tops.forEach(t -> t.parts.remove(p));
                currentTop.parts.add(p);
                currentPart = p;
            }
        }
    }

    private List<EventRec> allEvents() {
        List<EventRec> all = new ArrayList<>(orphanParts);
        tops.forEach(t -> {
            all.add(t);
            all.addAll(t.parts);
        });
        return all;
    }

    private EventRec referent(Sent s) {
        if (UNNAMED_PART.matcher(s.text).find() && currentPart != null) {
            return currentPart;
        }
        var link = LINK_WORDS.matcher(s.text);
        boolean linking = link.find() && !orgSubjectBefore(s, link.start());
        if ((UNNAMED_EVENT.matcher(s.text).find() || linking) && currentTop != null) {
            return currentTop;
        }
        return null;
    }

    private void describe(EventRec e, Sent s, int from, int to) {
        String[] d = Dates.find(s.text, year);
        if (d != null && e.date == null) {
            e.date = d[0];
            e.endDate = d[1];
        }
        links.organizersAndSponsors(e, s, from, to);
        links.subjectOrganization(e, s);
        PersonRegistry.Entry mod = SpeakerCues.moderator(s);
        if (mod != null) {
            e.moderator = mod;
            e.speakers.remove(mod);
        }
        if (e.location == null) {
            e.location = links.location(s);
        }
        String partOf = links.partOf(s);
        if (partOf != null && !e.part) {
            e.partOf = partOf;
        }
        PersonRegistry.Entry speaker = SpeakerCues.deliveredBy(s);
        if (speaker != null && e.part) {
            e.addSpeaker(speaker);
        }
        if (e.part && PANEL_WORDS.matcher(s.text).find()) {
            e.implicitSpeakers = true;
        }
    }

    private static final Pattern UNNAMED_SESSION = Pattern.compile(
            "(?iu)\\b(the|a|an|la|une|le|un|l')\\s?(opening |closing )?(keynote|panel|table ronde|plénière|conférence|atelier|workshop|session)\\b");

    private void speakers(Sent s, List<EventRec> named) {
        var session = UNNAMED_SESSION.matcher(s.text);
        if (named.stream().allMatch(e -> e == currentTop) && currentPart == null && currentTop != null && session.find()
                && s.paragraph - currentTop.paragraph <= 3) {
            int nounEnd = session.end();
            // "une keynote d'ouverture de l'historienne X": the one who gives it
            s.persons.stream().filter(p -> s.tok(p.start()).start() > nounEnd && s.tok(p.start()).start() - nounEnd < 60)
                    .filter(p -> s.span(0, p.start()).substring(nounEnd - s.tok(0).start())
                            .matches("(?su)^(\\s+d'\\S+|\\s+de\\s+\\S+)?\\s+(de|d'|by|from)\\s*(la |le |l'|the )?(\\p{Ll}\\S*\\s*){0,3}"))
                    .findFirst().ifPresent(p -> currentTop.addSpeaker(p.entry()));
            // An unnamed keynote or panel of the current event: its speakers take part in the event.
            PersonRegistry.Entry by = SpeakerCues.deliveredBy(s);
            if (by != null) {
                currentTop.addSpeaker(by);
            }
            int with = s.find(0, "avec", "with");
            s.persons.stream().filter(p -> with > 0 && p.start() > with).forEach(p -> currentTop.addSpeaker(p.entry()));
            PersonOcc subject = SpeakerCues.speakingSubject(s);
            if (subject != null) {
                currentTop.addSpeaker(subject.entry()); // "X y a animé un atelier"
            }
        }
        EventRec target = named.stream().filter(e -> e.part).findFirst().orElse(currentPart != null ? currentPart : null);
        List<PersonOcc> listed = SpeakerCues.listedSpeakers(s);
        if (!listed.isEmpty()) {
            EventRec t = target != null ? target : currentTop;
            if (t != null) {
                listed.forEach(p -> t.addSpeaker(p.entry()));
            }
            return;
        }
        EventRec namedPart = named.stream().filter(e -> e.part).findFirst().orElse(null);
        PersonOcc intervened = SpeakerCues.intervenedSubject(s);
        if (namedPart != null) {
            int with = s.find(0, "avec", "with");
            if (with > 0) {
                // "Seconde table ronde : « … », avec A (X) et B (Y)"
                s.persons.stream().filter(p -> p.start() > with).forEach(p -> namedPart.addSpeaker(p.entry()));
            }
        }
        // Without a session, the event itself: "Sa fondatrice, X, a présenté le projet lors du Salon Y".
        EventRec spokenAt = namedPart != null ? namedPart : named.stream().filter(e -> !e.part).findFirst().orElse(null);
        PersonOcc presenter = spokenAt == null ? null : SpeakerCues.speakingSubject(s);
        if (presenter != null && s.find(0, "lors", "during") >= 0) {
            spokenAt.addSpeaker(presenter.entry()); // "X a présenté ... lors de l'atelier « … »"
        }
        if (spokenAt != null && intervened != null) {
            spokenAt.addSpeaker(intervened.entry()); // "X est intervenu lors de la table ronde « … »"
        }
        boolean there = s.find(0, "y") >= 0 && currentPart != null && s.paragraph == currentPart.paragraph;
        // A session named with its moderator, then people speaking in the next paragraphs: its speakers.
        // (Its own paragraph counts too, for the sentences after the one naming it.)
        boolean moderated = currentPart != null && currentPart.moderator != null && s.paragraph >= currentPart.paragraph
                && s.paragraph - currentPart.paragraph <= 2;
        // "X closed the panel by presenting ...": the session named again by its noun alone.
        boolean again = named.isEmpty() || named.size() == 1 && named.get(0) == currentPart && currentPart.paragraph < s.paragraph;
        if (again && currentPart != null && (currentPart.implicitSpeakers || there || moderated)) {
            SpeakerCues.speakingSubjects(s).forEach(p -> currentPart.addSpeaker(p.entry()));
        }
    }

    private static final Pattern OPENING = Pattern.compile(
            "(?iu)^(la matinée|l'après-midi|la soirée|la séance d'ouverture|la plénière d'ouverture|the morning|the afternoon|"
            + "the opening session)\\b.{0,20}\\b(s'est ouverte?|a (débuté|commencé|été consacrée?)|opened|began|started)\\b");
    private int openingParagraph = -1;

    /**
     * "La matinée s'est ouverte sur la présentation de l'avis. La députée X a détaillé ...": an
     * unnamed session of the current event; who speaks in the rest of that paragraph takes part.
     */
    private void openingSession(Sent s, List<EventRec> named) {
        if (currentTop == null || !named.isEmpty()) {
            return;
        }
        if (OPENING.matcher(s.text).find() && s.paragraph - currentTop.paragraph <= 2) {
            openingParagraph = s.paragraph;
        } else if (s.paragraph == openingParagraph && (currentPart == null || currentPart.paragraph < openingParagraph)) {
            SpeakerCues.speakingSubjects(s).forEach(p -> currentTop.addSpeaker(p.entry()));
        }
    }

    private static final Pattern SESSION_MENTION = Pattern.compile(
            "(?iu)\\b(la|une|the|a|an|cette|this)\\s+((?:afternoon|morning|evening|closing|opening|second|third|final|last|next|"
            + "seconde|deuxième|troisième|dernière|prochaine)\\s+)(table[ -]ronde|plénière|session|panel|atelier|débat|workshop|keynote)\\b");

    /**
     * A session mentioned without a name and qualified as another one ("the afternoon panel", "la
     * seconde table ronde"). A bare "la table ronde" may well be the session just named.
     */
    private boolean otherSession(Sent s) {
        return SESSION_MENTION.matcher(s.text).find();
    }

    /** "the NCF is hosted by the Foundation": an organization is what the link is about, not the event. */
    private static boolean orgSubjectBefore(Sent s, int charAt) {
        return s.orgs.stream().anyMatch(o -> s.tok(o.start()).start() < charAt) && !UNNAMED_EVENT.matcher(s.text.substring(0, charAt)).find();
    }
}
