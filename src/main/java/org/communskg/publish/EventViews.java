package org.communskg.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.communskg.model.Vocab;
import org.communskg.publish.EntityView.Event;
import org.communskg.publish.EntityView.Link;
import org.communskg.publish.EntityView.Slice;
import org.communskg.store.GraphStore;

/** The events an entity takes part in, each with its organizers, supporters, parts, speakers and moderators. */
final class EventViews {
    /** The events that point to it: ?x. */
    private static final String INVOLVED = """
            ?x ?how ?e . FILTER(?how IN (schema:organizer, schema:sponsor, schema:attendee, schema:performer, ckg:moderator))
            ?x a schema:Event .""";

    private final GraphStore store;
    private final EntityViews views;

    EventViews(GraphStore store, EntityViews views) {
        this.store = store;
        this.views = views;
    }

    /** For an event, the event itself; for anything else, one page of the events that point to it. */
    Slice<Event> of(Facts entity, int page) {
        if (entity.types().contains(Vocab.SCHEMA_EVENT)) {
            return new Slice<>(List.of(event(entity, null, parts(List.of(entity)))), 1, 1, 1, false, false);
        }
        // The page's events with how it takes part (the first such predicate), then the details of those only.
        List<Map<String, Node>> rows = Queries.select(store, Queries.template("""
                SELECT ?x (MIN(?how) AS ?h) WHERE { %s } GROUP BY ?x ORDER BY ?x %s"""
                .formatted(INVOLVED, views.window(page))), entity.subject());
        List<Map<String, Node>> shown = rows.subList(0, Math.min(rows.size(), views.size()));
        // The page's events and then all their parts, each set in one read.
        Map<Node, Facts> facts = Facts.loadAll(store, shown.stream().map(r -> r.get("x")).toList());
        Map<Node, Facts> parts = parts(facts.values());
        List<Event> events = new ArrayList<>();
        shown.forEach(r -> events.add(event(facts.get(r.get("x")), r.get("h"), parts)));
        return views.slice(events, rows.size() > views.size(), page, INVOLVED, entity.subject());
    }

    private Map<Node, Facts> parts(java.util.Collection<Facts> events) {
        return Facts.loadAll(store, events.stream().flatMap(e -> e.links(Vocab.SCHEMA_SUB_EVENT).stream())
                .map(Link::iri).distinct().toList());
    }

    /** The event with its parts (from {@code parts}; null: no parts shown). */
    private Event event(Facts ev, Node how, Map<Node, Facts> partFacts) {
        List<Event> parts = new ArrayList<>();
        if (partFacts != null) {
            ev.links(Vocab.SCHEMA_SUB_EVENT).forEach(p -> parts.add(event(partFacts.get(p.iri()), null, null)));
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
