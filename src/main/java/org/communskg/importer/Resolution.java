package org.communskg.importer;

import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * How this article's entities meet the ones already in the graph: organizations whose labels
 * match an existing node take that node's IRI, and persons whose first name is spelled
 * differently (Rémi / Rémy) take the existing canonical name when surname and organization agree.
 *
 * @param organizations canonical organization name in this article → existing IRI
 * @param persons       person name in this article → the existing canonical name
 */
public record Resolution(Map<String, Node> organizations, Map<String, String> persons) {
    public Resolution {
        organizations = Map.copyOf(organizations);
        persons = Map.copyOf(persons);
    }

    public static Resolution none() {
        return new Resolution(Map.of(), Map.of());
    }

    public String person(String name) {
        return name == null ? null : persons.getOrDefault(name, name);
    }
}
