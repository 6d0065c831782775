package org.communskg.importer.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.communskg.importer.extract.Sent.PersonOcc;

/**
 * Who spoke at the sessions and events {@link EventSpotter} is reading about: listed speakers,
 * subjects that present or argue, keynote givers, speaker lists under a header, and people who
 * speak after an unnamed session is opened.
 */
final class EventSpeakers {
    private final EventSpotter ev;
    private final EventAttendance attendance;
    private final ProgrammeLines programme;
    private final PanelCaptions captions = new PanelCaptions();

    EventSpeakers(EventSpotter ev) {
        this.ev = ev;
        this.attendance = new EventAttendance(ev);
        this.programme = new ProgrammeLines(ev);
    }

    /** Speakers in sentence s, which names the events in {@code named} at the token positions in {@code found}. */
    void spot(Sent s, List<EventRec> named, List<int[]> found) {
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
        captions.spot(s, ev.known());
        programme.line(s, named);
        programme.list(s);
        attendance.recap(s, named);
        attendance.opener(s, named);
        attendance.welcome(s, named);
        attendance.laterSession(s, named);
        attendance.presentsAt(s, named, found);
        attendance.withList(s, named, found);
    }



    private static final Pattern UNNAMED_SESSION = Pattern.compile(
            "(?iu)\\b(the|a|an|la|une|le|un|l')\\s?(opening |closing )?(keynote|panel|table ronde|plénière|conférence|atelier|workshop|session|"
            + "fireside chat|lightning[- ]talks?|talk|conversation|discussion)\\b");

    private void speakers(Sent s, List<EventRec> named) {
        var session = UNNAMED_SESSION.matcher(s.text);
        if (named.stream().allMatch(e -> e == ev.currentTop) && ev.currentPart == null && ev.currentTop != null && session.find()
                && s.paragraph - ev.currentTop.paragraph <= 3) {
            int nounEnd = session.end();
            // "une keynote d'ouverture de l'historienne X": the one who gives it
            s.persons.stream().filter(p -> s.tok(p.start()).start() > nounEnd && s.tok(p.start()).start() - nounEnd < 60)
                    .filter(p -> s.span(0, p.start()).substring(nounEnd - s.tok(0).start())
                            .matches("(?su)^(\\s+d'\\S+|\\s+de\\s+\\S+)?(\\s+(came|was given|was delivered))?\\s+(de|d'|by|from)\\s*(la |le |l'|the )?(\\p{Ll}\\S*\\s*){0,3}"))
                    .findFirst().ifPresent(p -> ev.currentTop.addSpeaker(p.entry()));
            // An unnamed keynote or panel of the current event: its speakers take part in the event.
            PersonRegistry.Entry by = SpeakerCues.deliveredBy(s);
            if (by != null) {
                ev.currentTop.addSpeaker(by);
            }
            int with = s.find(0, "avec", "with", "between", "entre"); // "a fireside chat between A and B"
            s.persons.stream().filter(p -> with > 0 && p.start() > with).forEach(p -> ev.currentTop.addSpeaker(p.entry()));
            PersonOcc subject = SpeakerCues.speakingSubject(s);
            if (subject != null) {
                ev.currentTop.addSpeaker(subject.entry()); // "X y a animé un atelier"
            }
            int after = s.tokenFrom(nounEnd);
            // "Lors de la plénière d'ouverture, A, B et C sont intervenus"
            SpeakerCues.subjectsAfter(s, after - 1, false).forEach(p -> ev.currentTop.addSpeaker(p.entry()));
        }
        EventRec target = named.stream().filter(e -> e.part).findFirst().orElse(ev.currentPart != null ? ev.currentPart : null);
        List<PersonOcc> listed = SpeakerCues.listedSpeakers(s);
        if (!listed.isEmpty()) {
            EventRec t = target != null ? target : ev.currentTop;
            // Far from where the event was told and not named again, a list is about something else.
            if (t != null && (named.contains(t) || named.stream().anyMatch(e -> !e.part && e.parts.contains(t))
                    || s.paragraph - t.paragraph <= 3)) {
                listed.forEach(p -> t.addSpeaker(p.entry()));
                return;
            }
        }
        EventRec namedPart = named.stream().filter(e -> e.part).findFirst().orElse(null);
        PersonOcc intervened = SpeakerCues.intervenedSubject(s);
        if (namedPart != null) {
            int with = s.find(0, "avec", "with");
            if (with > 0) {
                // "Seconde table ronde : « … », avec A (X) et B (Y)"
                s.persons.stream().filter(p -> p.start() > with).forEach(p -> namedPart.addSpeaker(p.entry()));
            }
            // "Conférence « Les savoirs partagés » par X": "par" right after the title names who gives it.
            for (int k = 1; k < s.toks.size(); k++) {
                int by = k + 1;
                if (s.tok(k).is("par", "by") && s.tok(k - 1).text().matches("[»”\"]")) {
                    s.persons.stream().filter(p -> p.start() == by).forEach(p -> namedPart.addSpeaker(p.entry()));
                }
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
        boolean there = s.find(0, "y") >= 0 && ev.currentPart != null && s.paragraph == ev.currentPart.paragraph;
        // A session named with its moderator, then people speaking in the next paragraphs: its speakers.
        // (Its own paragraph counts too, for the sentences after the one naming it.)
        boolean moderated = ev.currentPart != null && ev.currentPart.moderator != null && s.paragraph >= ev.currentPart.paragraph
                && s.paragraph - ev.currentPart.paragraph <= 2;
        // "X closed the panel by presenting ...": the session named again by its noun alone.
        boolean again = named.isEmpty() || named.size() == 1 && named.get(0) == ev.currentPart && ev.currentPart.paragraph < s.paragraph;
        if (again && ev.currentPart != null && (ev.currentPart.implicitSpeakers || there || moderated)) {
            SpeakerCues.speakingSubjects(s).forEach(p -> ev.currentPart.addSpeaker(p.entry()));
        }
        // A webinar with no session of its own, moderated: the guests who speak next are its speakers.
        EventRec top = ev.currentTop;
        if (named.isEmpty() && ev.currentPart == null && top != null && top.parts.isEmpty() && top.moderator != null
                && s.paragraph - top.paragraph <= 3) {
            SpeakerCues.speakingSubjects(s).forEach(p -> top.addSpeaker(p.entry()));
        }
        attendance.represented(s, named);
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
        if (ev.currentTop == null || !named.isEmpty()) {
            return;
        }
        if (OPENING.matcher(s.text).find() && s.paragraph - ev.currentTop.paragraph <= 2) {
            openingParagraph = s.paragraph;
        } else if (s.paragraph == openingParagraph && (ev.currentPart == null || ev.currentPart.paragraph < openingParagraph)) {
            SpeakerCues.speakingSubjects(s).forEach(p -> ev.currentTop.addSpeaker(p.entry()));
        }
    }
}
