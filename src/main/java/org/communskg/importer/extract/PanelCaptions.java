package org.communskg.importer.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communskg.importer.extract.Sent.PersonOcc;
import org.communskg.importer.extract.text.Fold;

/**
 * Who sat on a session, told by a photo caption that names it: "From left: A (moderator), B and C
 * during the « X » panel", "De gauche à droite : ... lors de la table ronde « X »", "A moderating the
 * « X » panel with B and C". The session must have been named before, by its title.
 */
final class PanelCaptions {
    private static final Pattern FROM_LEFT = Pattern.compile("(?iu)^\\W*(photo( caption)?\\s*:\\s*)?(from left( to right)?|"
            + "de gauche à droite|l to r)\\s*:");
    private static final Pattern DURING = Pattern.compile("(?iu)\\b(during|at|lors d[eu']|pendant|au cours d[eu'])\\b");
    private static final Pattern MODERATING = Pattern.compile("(?iu)\\b(moderating|chairing|animant|modérant)\\b");
    private static final Pattern MODERATOR_MARK = Pattern.compile("(?iu)^\\s*\\((moderator|moderatrice|modérateur|modératrice|"
            + "animateur|animatrice|chair)\\)");

    /** Captions read before the session they show was named: a photo often tops the recap. */
    private final java.util.List<Sent> pending = new java.util.ArrayList<>();

    /** Reads caption s, and the captions still waiting, for the one titled session among {@code known} each names. */
    void spot(Sent s, List<EventRec> known) {
        if (FROM_LEFT.matcher(s.text).find() || MODERATING.matcher(s.text).find()) {
            pending.add(s);
        }
        pending.removeIf(c -> read(c, known));
    }

    private static boolean read(Sent s, List<EventRec> known) {
        String text = Fold.fold(s.text);
        List<EventRec> parts = known.stream().filter(e -> e.part && e.name.length() >= 8 && text.contains(Fold.fold(e.name))).toList();
        if (parts.size() != 1) {
            return false;
        }
        EventRec part = parts.get(0);
        int title = text.indexOf(Fold.fold(part.name));
        Matcher moderating = MODERATING.matcher(s.text);
        if (FROM_LEFT.matcher(s.text).find() && DURING.matcher(s.text).find()) {
            for (PersonOcc p : s.persons) {
                boolean moderator = MODERATOR_MARK.matcher(s.text.substring(s.tok(p.end() - 1).end())).find();
                if (moderator && (part.moderator == null || part.moderator == p.entry())) {
                    part.moderator = p.entry();
                    part.speakers.remove(p.entry());
                } else if (!moderator) {
                    part.addSpeaker(p.entry());
                }
            }
        } else if (moderating.find() && moderating.start() < title) {
            int with = s.find(0, "with", "avec");
            s.persons.stream().filter(p -> with > 0 && p.start() > with && s.tok(with).start() > title).forEach(p -> part.addSpeaker(p.entry()));
        }
        return true;
    }
}
