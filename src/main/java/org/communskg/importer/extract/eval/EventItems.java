package org.communskg.importer.extract.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.communskg.importer.extract.EventFact;

/** Events and parts flattened for scoring, and their (event, entity) pairs. */
final class EventItems {
    private EventItems() {
    }

    /** Scorer-side list of events and parts, flattened. */
    record EventItem(String name, Set<String> labels, List<String> entities, String sentence) {
        String describe() {
            return name + " | " + sentence;
        }

        static List<EventItem> ofGold(List<Gold.Event> events) {
            List<EventItem> out = new ArrayList<>();
            for (Gold.Event ev : events) {
                out.add(new EventItem(ev.name(), ev.labels(), ev.allEntities(), ""));
                out.addAll(ofGold(ev.parts()));
            }
            return out;
        }

        static List<EventItem> ofExtraction(List<EventFact> events) {
            List<EventItem> out = new ArrayList<>();
            for (EventFact ev : events) {
                out.add(new EventItem(ev.name(), Set.of(ev.name()), entities(ev),
                        ev.evidence() == null ? "" : ev.evidence().sentence()));
                out.addAll(ofExtraction(ev.parts()));
            }
            return out;
        }

        private static List<String> entities(EventFact ev) {
            Set<String> s = new LinkedHashSet<>();
            s.addAll(ev.organizers());
            s.addAll(ev.sponsors());
            s.addAll(ev.participants());
            collectSpeakers(ev, s);
            return new ArrayList<>(s);
        }

        private static void collectSpeakers(EventFact ev, Set<String> s) {
            if (ev.moderator() != null) {
                s.add(ev.moderator());
            }
            s.addAll(ev.speakers());
            ev.parts().forEach(p -> collectSpeakers(p, s));
        }
    }

    /** One (event, entity) pair; both sides carry every label they are known by. */
    record LinkItem(Set<String> event, Set<String> entity, String text) {
        @Override
        public String toString() {
            return text;
        }

        static List<LinkItem> of(List<EventItem> events, Resolver r) {
            List<LinkItem> out = new ArrayList<>();
            for (EventItem ev : events) {
                for (String ent : ev.entities()) {
                    out.add(new LinkItem(ev.labels(), r.entity(ent), ev.name() + " <- " + ent));
                }
            }
            return out;
        }
    }
}
