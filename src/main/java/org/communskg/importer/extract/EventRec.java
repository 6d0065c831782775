package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An event or session while the article is read; names are resolved to canonical ones at the end. */
final class EventRec {
    final String name;
    final String kind;
    final boolean part;
    String date;
    String endDate;
    String location;
    String partOf;
    PersonRegistry.Entry moderator;
    boolean implicitSpeakers;
    /** Told as having taken place: the article is a recap of it. */
    boolean held;
    int paragraph;
    final Set<Object> organizers = new LinkedHashSet<>();
    final Set<Object> sponsors = new LinkedHashSet<>();
    final Set<Object> participants = new LinkedHashSet<>();
    final Set<PersonRegistry.Entry> speakers = new LinkedHashSet<>();
    final List<EventRec> parts = new ArrayList<>();
    final String sentence;
    final double confidence;

    EventRec(String name, String kind, boolean part, String sentence, double confidence) {
        this.name = name;
        this.kind = kind;
        this.part = part;
        this.sentence = sentence;
        this.confidence = confidence;
    }

    void addSpeaker(PersonRegistry.Entry p) {
        if (p != moderator) {
            speakers.add(p);
        }
    }

    /** Named, and nothing else known of it. */
    boolean bare() {
        return date == null && parts.isEmpty() && organizers.isEmpty() && sponsors.isEmpty() && participants.isEmpty()
                && speakers.isEmpty() && moderator == null;
    }

    EventFact toFact() {
        return new EventFact(name, kind, date, endDate, location, names(organizers), names(sponsors),
                names(participants), partOf, moderator == null ? null : moderator.name,
                speakers.stream().map(p -> p.name).toList(), parts.stream().map(EventRec::toFact).toList(),
                new Evidence(sentence, confidence));
    }

    private static List<String> names(Set<Object> entities) {
        List<String> out = new ArrayList<>();
        for (Object o : entities) {
            String n = o instanceof OrgRegistry.Entry e ? e.name : ((PersonRegistry.Entry) o).name;
            if (!out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }
}
