package org.communskg.importer.extract;

import java.util.regex.Pattern;

/**
 * What one sentence says of an event it names or refers to: date, place, organizers and
 * supporters, moderator, who delivered a session, whether it was held.
 */
final class EventDescription {
    private static final Pattern PANEL_WORDS = Pattern.compile(
            "(?iu)\\b(participants|intervenants|intervenantes|panélistes|panelists|speakers)\\b");

    private final EventLinks links;
    private final Integer year;
    /** The site's own organization ("nos Rencontres"), or null. */
    OrgRegistry.Entry house;

    EventDescription(EventLinks links, Integer year) {
        this.links = links;
        this.year = year;
    }

    private static final Pattern HELD = Pattern.compile("(?iu)\\b(took place|was held|were held|s'est (tenue?|déroulée?)|^réunie?s? |"
            + "se sont (tenue?s|déroulée?s)|a eu lieu|ont eu lieu|a réuni|a rassemblé|brought together|gathered|"
            + "(a|ont) été (\\p{Ll}+ment )?inauguré\\p{L}*|(a|ont) (\\p{Ll}+ment )?inauguré|ont assisté|sont venu\\p{L}* assister)\\b");

    /** What sentence s says of event e, its links read in tokens [from, to). */
    void describe(EventRec e, Sent s, int from, int to) {
        EventVoice.ours(e, s, house);
        if (!e.part && HELD.matcher(s.text).find()) {
            e.held = true;
        }
        String[] d = Dates.find(s.text, year);
        if (d != null && e.date == null) {
            e.date = d[0];
            e.endDate = d[1];
        }
        links.organizersAndSponsors(e, s, from, to);
        links.subjectOrganization(e, s);
        PersonRegistry.Entry mod = ModeratorCues.moderator(s);
        if (mod != null) {
            e.moderator = mod;
            e.speakers.remove(mod);
        }
        if (e.location == null) {
            e.location = EventSetting.location(s);
        }
        String partOf = EventSetting.partOf(s);
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
}
