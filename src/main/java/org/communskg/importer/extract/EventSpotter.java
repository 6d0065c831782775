package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import org.communskg.importer.extract.text.Lexicon;

/**
 * Finds events and their sessions, then who organized, supported, moderated and spoke. Reads
 * sentences in order: a session ("la table ronde") named once is "the current one" for the
 * sentences after it, until another is named.
 */
final class EventSpotter {
    private final EventLinks links;
    private final List<EventRec> tops = new ArrayList<>();
    private final List<EventRec> orphanParts = new ArrayList<>();
    /** The event and session the sentences are about, read by {@link EventSpeakers}. */
    EventRec currentTop;
    EventRec currentPart;
    private final EventSpeakers speakers = new EventSpeakers(this);
    private final HeadingTitles headings = new HeadingTitles();
    private final ProgrammeSlots slots = new ProgrammeSlots();
    private final EventDescription description;
    /** Events named by their kind and what they are about ({@link UnnamedEvents}); publications set before reading. */
    final UnnamedEvents unnamedEvents = new UnnamedEvents();
    private EventRec headline;

    EventSpotter(OrgSpotter orgs, Integer articleYear) {
        this.links = new EventLinks(orgs);
        this.description = new EventDescription(links, articleYear);
    }

    void spot(Sent s) {
        List<Sent.PersonOcc> credited = EventVoice.takeCredits(s);
        spotNames(s);
        EventVoice.restore(s, credited);
    }

    private void spotNames(Sent s) {
        List<int[]> found = new ArrayList<>();
        List<EventRec> named = new ArrayList<>();
        EventNames.Named titled = headings.claim(s);
        if (titled != null) {
            named.add(event(titled.name(), titled.kind(), s, titled.confidence()));
            found.add(new int[] {titled.at()});
        }
        List<Quotes.Quoted> quotes = Quotes.find(s);
        headings.offer(s, quotes);
        for (Quotes.Quoted q : quotes) {
            if (!q.publication() && q.kind() != null) {
                named.add(event(q.title(), q.kind(), s, 0.85));
                found.add(new int[] {q.kindIndex()});
            }
        }
        for (EventNames.Named n : slots.find(s, quotes, currentTop != null)) {
            EventRec slot = event(n.name(), n.kind(), s, n.confidence());
            ProgrammeSlots.namedIn(s, n).forEach(slot::addSpeaker); // "Keynote de X"
            named.add(slot);
            found.add(new int[] {n.at()});
        }
        EventNames.Named unnamed = currentTop != null && named.isEmpty() ? UnnamedSessions.find(s) : null;
        if (unnamed != null) {
            EventRec session = event(unnamed.name(), unnamed.kind(), s, unnamed.confidence());
            PersonRegistry.Entry by = UnnamedSessions.givenBy(s, unnamed);
            if (by != null) {
                session.addSpeaker(by);
            }
            named.add(session);
            found.add(new int[] {unnamed.at()});
        }
        for (EventNames.Named n : EventNames.find(s)) {
            named.add(event(n.name(), n.kind(), s, n.confidence()));
            UnnamedEvents.hold(named.get(named.size() - 1), s, n);
            found.add(new int[] {n.at()});
        }
        for (UnnamedEvents.Found f : unnamedEvents.find(s, known())) {
            if (f.holder().isPresent() && named.stream().anyMatch(e -> f.named().kind().equals(e.kind) && e.organizers.contains(f.holder().get()))) {
                continue; // "l'assemblée générale de la Fédération X" already read as a name
            }
            EventRec e = event(f.named().name(), f.named().kind(), s, f.named().confidence());
            f.holder().ifPresent(e.organizers::add); // the association holding its assembly, the place opened
            named.add(e);
            found.add(new int[] {f.named().at()});
        }
        EventRec adopted = EventReferents.adoptEarlierParts(tops, currentTop, named);
        currentPart = adopted != null ? adopted : currentPart;
        if (named.isEmpty() && currentPart != null && (EventReferents.otherSession(s) || ProgrammeSlots.isSlot(s)
                || EventReferents.otherKind(s, currentPart))) {
            currentPart = null; // "The afternoon panel, chaired by X, ...": no longer the session named before
        }
        EventRec referent = named.isEmpty() ? EventReferents.referent(s, currentTop, currentPart) : null;
        if (named.isEmpty() && referent == null && ModeratorCues.moderator(s) != null) {
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
                && EventReferents.linkWords(s.span(0, found.get(0)[0]))) {
            // "Soutenue par la Caisse X, elle a accueilli l'atelier « … »": the links are the event's.
            links.organizersAndSponsors(currentTop, s, 0, found.get(0)[0]);
        }
        boolean partsOfCurrent = !named.isEmpty() && named.stream().allMatch(e -> e.part) && currentTop != null;
        for (int i = 0; i < named.size(); i++) {
            // "À l'initiative de X, un webinaire intitulé « … »": what precedes the first name is its own.
            int from = i == 0 && !partsOfCurrent && !presentedBefore(s, named.get(i), found.get(i)[0]) ? 0 : found.get(i)[0];
            int to = i + 1 < named.size() ? found.get(i + 1)[0] : s.toks.size();
            description.describe(named.get(i), s, from, to);
        }
        speakers.spot(s, named, found);
    }


    /** "Financée par X, l'étude « T » sera présentée lors d'une matinée ...": what precedes is the study's, not the morning's. */
    private static boolean presentedBefore(Sent s, EventRec e, int at) {
        return e.name.contains("«") && s.span(0, at).contains("»") && !s.span(0, at).contains(e.name);
    }

    /** The site's own organization ("nos Rencontres", "organised by our foundation"), or null. */
    void house(OrgRegistry.Entry house) {
        description.house = house;
        unnamedEvents.house = house;
    }

    /** The event the headline names is the one the body is about, until it names another ({@link EventHeadline}). */
    void headline(String title) {
        EventNames.Named n = EventHeadline.find(title);
        if (n != null) {
            headline = event(n.name(), n.kind(), new Sent(-1, true, title), n.confidence());
        }
    }

    /** The article tells of one event only, so far: a sentence far from it is still about it. */
    boolean onlyEvent(EventRec top) {
        return tops.size() == 1 && tops.get(0) == top;
    }

    List<EventFact> facts() {
        List<EventRec> all = new ArrayList<>(tops);
        if (headline != null && tops.size() > 1 && headline.bare()) {
            all.remove(headline); // the body names its event in other words ("Forum régional de ...")
        }
        if (tops.isEmpty()) {
            all.addAll(orphanParts);
        }
        return all.stream().map(EventRec::toFact).toList();
    }

    private EventRec event(String name, String kind, Sent s, double conf) {
        boolean part = "part".equals(Lexicon.get().eventLevel(kind.toLowerCase(java.util.Locale.ROOT)));
        for (EventRec e : known()) {
            if (EventHeadline.sameEvent(e.name, name)) {
                if (!e.part) {
                    e.paragraph = Math.max(e.paragraph, s.paragraph); // "near the event" counts from where it was last named
                }
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

    /** Every event and session named so far. */
    List<EventRec> known() {
        List<EventRec> all = new ArrayList<>(orphanParts);
        tops.forEach(t -> {
            all.add(t);
            all.addAll(t.parts);
        });
        return all;
    }
}
