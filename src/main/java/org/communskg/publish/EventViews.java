package org.communskg.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.communskg.model.Vocab;
import org.communskg.publish.EntityView.Event;
import org.communskg.publish.EntityView.Link;
import org.communskg.store.GraphStore;

/** The events an entity takes part in, each with its organizers, supporters, parts, speakers and moderators. */
final class EventViews {
    private static final Query INVOLVED = Queries.template("""
            SELECT ?ev ?how WHERE {
              ?ev ?how ?e . ?ev a schema:Event .
              FILTER(?how IN (schema:organizer, schema:sponsor, schema:attendee, schema:performer, ckg:moderator))
            } ORDER BY ?ev ?how""");

    private final GraphStore store;

    EventViews(GraphStore store) {
        this.store = store;
    }

    /** For an event, the event itself; for anything else, the events that point to it. */
    List<Event> of(Facts entity) {
        if (entity.types().contains(Vocab.SCHEMA_EVENT)) {
            return List.of(event(entity, null, true));
        }
        Map<Node, Node> how = new LinkedHashMap<>();
        Queries.select(store, INVOLVED, entity.subject()).forEach(r -> how.putIfAbsent(r.get("ev"), r.get("how")));
        List<Event> events = new ArrayList<>();
        how.forEach((ev, h) -> events.add(event(Facts.load(store, ev), h, true)));
        return events;
    }

    private Event event(Facts ev, Node how, boolean withParts) {
        List<Event> parts = new ArrayList<>();
        if (withParts) {
            ev.links(Vocab.SCHEMA_SUB_EVENT).forEach(p -> parts.add(event(Facts.load(store, p.iri()), null, false)));
        }
        return new Event(new Link(ev.subject(), ev.name()), dates(ev), ev.link(Vocab.SCHEMA_SUPER_EVENT), how,
                ev.links(Vocab.SCHEMA_ORGANIZER), ev.links(Vocab.SCHEMA_SPONSOR), ev.links(Vocab.SCHEMA_ATTENDEE),
                ev.links(Vocab.SCHEMA_PERFORMER), ev.links(Vocab.CKG_MODERATOR), parts);
    }

    private static String dates(Facts ev) {
        String start = ev.literal(Vocab.SCHEMA_START_DATE);
        String end = ev.literal(Vocab.SCHEMA_END_DATE);
        if (start == null) {
            return end;
        }
        return end == null || end.equals(start) ? start : start + " – " + end;
    }
}
