package org.communskg.importer.extract.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** The gold annotations of one article, as GOLD-FORMAT.md describes them. */
record Gold(List<Person> persons, List<Org> orgs, List<Role> roles, List<Event> events,
        List<Publication> publications) {

    record Person(String name, Set<String> labels) {
    }

    record Org(String name, Set<String> labels) {
    }

    record Role(String person, String role, String org) {
        @Override
        public String toString() {
            return person + " / " + role + " / " + org;
        }
    }

    record Event(String name, Set<String> labels, List<String> entities, List<Event> parts) {
        /** Organizers, supporters, participants, and the moderators and speakers of its parts. */
        List<String> allEntities() {
            Set<String> s = new LinkedHashSet<>(entities);
            parts.forEach(p -> s.addAll(p.allEntities()));
            return new ArrayList<>(s);
        }
    }

    record Publication(String title, String publisher) {
    }

    static Gold parse(JsonObject o) {
        List<Person> persons = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        for (JsonValue v : array(o, "persons")) {
            JsonObject p = v.getAsObject();
            String name = str(p, "name");
            persons.add(new Person(name, labels(name, p, "aliases")));
            for (JsonValue r : array(p, "roles")) {
                roles.add(new Role(name, str(r.getAsObject(), "role"), str(r.getAsObject(), "org")));
            }
        }
        List<Org> orgs = new ArrayList<>();
        for (JsonValue v : array(o, "organizations")) {
            JsonObject org = v.getAsObject();
            Set<String> labels = labels(str(org, "name"), org, "aliases");
            if (str(org, "acronym") != null) {
                labels.add(str(org, "acronym"));
            }
            orgs.add(new Org(str(org, "name"), labels));
        }
        List<Event> events = new ArrayList<>();
        array(o, "events").forEach(v -> events.add(event(v.getAsObject())));
        List<Publication> pubs = new ArrayList<>();
        for (JsonValue v : array(o, "publications")) {
            pubs.add(new Publication(str(v.getAsObject(), "title"), str(v.getAsObject(), "publisher")));
        }
        return new Gold(persons, orgs, roles, events, pubs);
    }

    private static Event event(JsonObject e) {
        List<String> entities = new ArrayList<>();
        for (String key : List.of("organizers", "supporters", "participants", "speakers")) {
            array(e, key).forEach(v -> entities.add(v.getAsString().value()));
        }
        if (str(e, "moderator") != null) {
            entities.add(str(e, "moderator"));
        }
        List<Event> parts = new ArrayList<>();
        array(e, "parts").forEach(v -> parts.add(event(v.getAsObject())));
        String name = str(e, "name");
        return new Event(name, labels(name, e, "aliases"), entities, parts);
    }

    private static Set<String> labels(String name, JsonObject o, String key) {
        Set<String> s = new LinkedHashSet<>();
        s.add(name);
        array(o, key).forEach(v -> s.add(v.getAsString().value()));
        return s;
    }

    private static JsonArray array(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.isArray() ? v.getAsArray() : new JsonArray();
    }

    private static String str(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.isString() ? v.getAsString().value() : null;
    }
}
