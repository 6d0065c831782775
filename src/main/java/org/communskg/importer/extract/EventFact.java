package org.communskg.importer.extract;

import java.util.List;

/**
 * An event, or a named part of one (a conference, a round table).
 *
 * @param name         the event's name
 * @param kind         "événement", "conférence", "table ronde"... or null
 * @param date         ISO 8601: YYYY-MM-DD, --MM-DD when the text gives no year, or YYYY; null if unknown
 * @param endDate      same format, or null
 * @param location     place name, or null
 * @param organizers   canonical organization (or person) names
 * @param sponsors     supporters, canonical names
 * @param participants organizations or persons taking part, canonical names
 * @param partOf       name of a programme or larger event, or null
 * @param moderator    canonical person name, or null
 * @param speakers     canonical person names
 * @param parts        named sub-events
 * @param evidence     sentence and confidence
 */
public record EventFact(
        String name,
        String kind,
        String date,
        String endDate,
        String location,
        List<String> organizers,
        List<String> sponsors,
        List<String> participants,
        String partOf,
        String moderator,
        List<String> speakers,
        List<EventFact> parts,
        Evidence evidence) {

    public EventFact {
        organizers = List.copyOf(organizers);
        sponsors = List.copyOf(sponsors);
        participants = List.copyOf(participants);
        speakers = List.copyOf(speakers);
        parts = List.copyOf(parts);
    }
}
