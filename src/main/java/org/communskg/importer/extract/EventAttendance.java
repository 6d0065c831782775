package org.communskg.importer.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.communskg.importer.extract.Sent.PersonOcc;

/**
 * Who took part in an event without a session of their own: people who speak in the recap of an
 * event that took place, who open or close it, who represent an organization at it.
 */
final class EventAttendance {
    private final EventSpotter ev;

    EventAttendance(EventSpotter ev) {
        this.ev = ev;
    }

    private static final Pattern SAID = Pattern.compile(
            "(?iu)^[^«“\"]{0,90}?\\b(said|told|announced|explained|argued|described|stressed|noted|"
            + "a (annoncé|déclaré|indiqué|affirmé|expliqué|souligné|rappelé|présenté|salué|confirmé|insisté|détaillé|précisé|raconté|résumé)"
            + "|(a|avait|ont|avaient) (\\p{Ll}+ )?(aussi )?fait le déplacement)\\b");

    /**
     * In the recap of an event that took place, a person who opens a sentence and speaks, outside
     * a session it names, took part in it: "Jonas L., programme officer at the foundation, said ...".
     * Only within a few paragraphs of the event.
     */
    void recap(Sent s, List<EventRec> named) {
        EventRec top = ev.currentTop;
        // Far from the event, only an article about that one event is still about it.
        if (top == null || !top.held || !named.isEmpty() || s.paragraph <= top.paragraph || s.paragraph - top.paragraph > 6 && !ev.onlyEvent(top)) {
            return;
        }
        PersonOcc first = s.persons.stream().min((a, b) -> a.start() - b.start()).orElse(null);
        if (first == null || first.start() > 4 || !SAID.matcher(s.span(first.end(), s.toks.size())).find()) {
            return;
        }
        for (int k = 0; k < first.start(); k++) {
            if (!s.tok(k).is(",", "its", "their", "his", "her", "son", "sa", "leur", "representative", "representant", "representante")) {
                return; // only the name, or "Its representative, X"
            }
        }
        top.addSpeaker(first.entry());
    }

    private static final Pattern OPENING_SLOT = Pattern.compile("(?iu)^(en ouverture|en clôture|pour conclure|to open the day|opening the day|"
            + "closing the day|in closing)\\s*,");

    private static final Pattern OPENED = Pattern.compile("(?iu)^[^«“\"]{0,90}?\\b(a (ouvert|clôturé|inauguré|lancé|introduit)|"
            + "ont (ouvert|clôturé|inauguré|lancé)|opened|closed)\\s+(la matinée|la journée|les débats|les échanges|les travaux|"
            + "l'événement|l'après-midi|la séance|le forum|les rencontres|the day|the event|the conference|the summit|the morning|the session)\\b");

    /** "Le maire, X, a ouvert la matinée": who opens or closes the event speaks at it. */
    void opener(Sent s, List<EventRec> named) {
        EventRec top = ev.currentTop;
        // Far from where the event was told, only an article about that one event is still about it.
        if (top == null || !named.stream().allMatch(e -> e == top) || s.paragraph - top.paragraph > 4 && !ev.onlyEvent(top)) {
            return;
        }
        PersonOcc subject = SpeakerCues.subject(s, OPENED);
        if (subject != null) {
            top.addSpeaker(subject.entry());
        }
        // "En ouverture, la vice-présidente de la Région, X, a annoncé ...": whoever speaks at the opening
        PersonOcc first = s.persons.stream().min((a, b) -> a.start() - b.start()).orElse(null);
        if (first != null && first.start() <= 15 && OPENING_SLOT.matcher(s.text).find()
                && SAID.matcher(s.span(first.end(), s.toks.size())).find()) {
            top.addSpeaker(first.entry());
        }
    }

    private static final Pattern WELCOME = Pattern.compile("(?iu)^(\\d{1,2}\\s?h(\\s?\\d{2})?\\s*[–—-]\\s*)?"
            + "(mot d'accueil|mot de bienvenue|mot de clôture|clôture|ouverture|conclusion|introduction|keynote|opening keynote|"
            + "conférence inaugurale|grand témoin|"
            + "discours d'ouverture|discours de clôture|allocution d'ouverture|allocution de clôture|welcome address|closing remarks)"
            + "\\s+(de|d'|du|par|by|from)\\s*((la|le|l')\\s*\\p{Ll}[\\p{L}-]*\\s*)?$");

    /**
     * "Mot d'accueil de X, président de Y." in a programme: the welcome or closing words are an
     * unnamed slot of the event, so X speaks at it. Only a sentence that opens on the slot, with the
     * person right after it, near the event.
     */
    void welcome(Sent s, List<EventRec> named) {
        EventRec top = ev.currentTop;
        PersonOcc first = s.persons.stream().min((a, b) -> a.start() - b.start()).orElse(null);
        // A timed programme line ("12 h – Clôture par X") is the only event's, however far down the programme.
        boolean timed = s.text.matches("(?s)^\\d{1,2}\\s?h.*") && ev.onlyEvent(top);
        if (top == null || !named.isEmpty() || first == null || s.paragraph - top.paragraph > 4 && !timed
                || !WELCOME.matcher(s.span(0, first.start())).find()) {
            return;
        }
        top.addSpeaker(first.entry());
    }

    private static final Pattern LATER_SESSION = Pattern.compile("(?iu)\\b(la|le|une?|the)\\s+(deuxième|seconde?|troisième|"
            + "prochaine?|dernière|second|next|last)\\s+(séance|session|rencontre|table ronde|atelier)\\b");

    /**
     * "La deuxième séance portera sur les licences, avec la juriste X": an unnamed later session of
     * a cycle already told; who comes "avec" it takes part in the cycle. No other event named.
     */
    void laterSession(Sent s, List<EventRec> named) {
        EventRec top = ev.currentTop;
        var m = LATER_SESSION.matcher(s.text);
        if (top == null || !named.isEmpty() || s.paragraph - top.paragraph > 3 || !m.find()) {
            return;
        }
        int with = s.find(0, "avec", "with");
        if (with > 0 && s.tok(with).start() > m.end()) {
            s.persons.stream().filter(p -> p.start() > with).forEach(p -> top.addSpeaker(p.entry()));
        }
    }

    private static final Pattern PRESENTS_AT = Pattern.compile("(?iu)^[^.;«»“”\"]{0,80}?\\b(will (present|speak|talk)|presents|speaks|"
            + "présentera|présenteront|interviendra|interviendront|prendra la parole|prendront la parole|témoignera|témoigneront)\\b"
            + "[^.;«»]{0,40}?\\b(at|lors d[eu]s?|lors de la|lors de l'|au|aux|à la|à l')\\s*(the)?\\s*(\\p{Lu}[\\p{L}'’-]*\\s*){0,5}$");

    /**
     * "Lead author X will present it at the Civic Data Forum", "Y interviendra lors des Rencontres Z":
     * the subject speaks at the event named right after the verb.
     */
    void presentsAt(Sent s, List<EventRec> named, List<int[]> found) {
        for (int i = 0; i < named.size(); i++) {
            int at = found.get(i)[0];
            PersonOcc subject = s.persons.stream().filter(p -> p.end() <= at).min((a, b) -> a.start() - b.start()).orElse(null);
            if (subject != null && at > 0 && PRESENTS_AT.matcher(s.span(subject.end(), at)).find()) {
                named.get(i).addSpeaker(subject.entry());
            }
        }
    }

    /**
     * "Un webinaire de présentation se tiendra le 1er décembre, avec X, Y et Z", "animé par X, avec
     * Y pour Commune Donnée": those named after ", avec" in the sentence that names the event take
     * part, and the organization one comes "pour". Only persons, never "avec le soutien de".
     */
    void withList(Sent s, List<EventRec> named, List<int[]> found) {
        if (named.size() != 1 || named.get(0).part) {
            return;
        }
        int with = s.find(found.get(0)[0] + 1, "avec", "with");
        if (with < 1 || !s.tok(with - 1).text().equals(",") || s.personAt(with + 1) == null && s.personAt(with + 2) == null) {
            return;
        }
        for (PersonOcc p : s.persons) {
            if (p.start() > with) {
                named.get(0).addSpeaker(p.entry());
                if (s.tok(p.end()).is("pour", "for")) { // "pour la coopérative X"
                    s.orgs.stream().filter(o -> o.start() > p.end() && o.start() <= p.end() + 3).findFirst()
                            .ifPresent(o -> named.get(0).participants.add(o.entry()));
                }
            }
        }
    }

    private static final Pattern REPRESENTED = Pattern.compile("(?iu)\\b(représentée?s?|represented)( (à|at) (l['’]|la |le |the )?\\S+)? (par|by)\\b");

    /**
     * "La Fondation X était représentée par sa directrice, Y": Y took part in the current event.
     * "X était représentée à l'AG par Y": the event the sentence names; X takes part too.
     */
    void represented(Sent s, List<EventRec> named) {
        EventRec at = named.size() == 1 && !named.get(0).part ? named.get(0) : null;
        EventRec top = at != null ? at : ev.currentPart != null ? ev.currentPart : ev.currentTop;
        var m = REPRESENTED.matcher(s.text);
        if (top == null || !m.find() || at == null && (m.group(2) != null || s.paragraph - top.paragraph > 3)) {
            return;
        }
        int by = m.end();
        s.persons.stream().filter(p -> s.tok(p.start()).start() > by && s.tok(p.start()).start() - by < 40)
                .filter(p -> !s.text.substring(by, s.tok(p.start()).start()).matches("(?s).*[.;«].*"))
                .findFirst().ifPresent(p -> (at != null ? at : ev.currentTop != null ? ev.currentTop : top).addSpeaker(p.entry()));
        if (at != null) {
            s.orgs.stream().filter(o -> o.start() == 0 || o.start() == 1 && s.tok(0).is("la", "le", "l'", "the")).findFirst().ifPresent(o -> at.participants.add(o.entry()));
        }
    }
}
