package org.communskg.importer;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.communskg.importer.extract.Extraction;
import org.communskg.importer.extract.OrgMention;
import org.communskg.importer.extract.PersonMention;
import org.communskg.importer.extract.text.Fold;
import org.communskg.model.Iris;

/** Resolves the names used in facts to the IRIs of the article's persons and organizations. */
final class EntityIndex {
    private final Iris iris;
    private final Resolution resolution;
    private final Map<String, OrgMention> orgs = new HashMap<>();
    private final Map<String, PersonMention> persons = new HashMap<>();

    EntityIndex(Iris iris, Extraction x, Resolution resolution) {
        this.iris = iris;
        this.resolution = resolution;
        for (OrgMention o : x.organizations()) {
            orgs.putIfAbsent(fold(o.name()), o);
            if (o.acronym() != null) {
                orgs.putIfAbsent(fold(o.acronym()), o);
            }
            o.aliases().forEach(alias -> orgs.putIfAbsent(fold(alias), o));
        }
        for (PersonMention p : x.persons()) {
            persons.putIfAbsent(fold(p.name()), p);
            p.aliases().forEach(alias -> persons.putIfAbsent(fold(alias), p));
        }
    }

    /**
     * The node already in the graph when the resolver found one; else keyed by acronym when one is
     * known, so that "INJEP" and its full name meet.
     */
    Node organization(OrgMention o) {
        Node existing = resolution.organizations().get(o.name());
        return existing != null ? existing : iris.organization(o.acronym() != null ? o.acronym() : o.name());
    }

    /** The person's node, under the canonical name an earlier article gave when the resolver found one. */
    Node person(String name) {
        return iris.person(resolution.person(name));
    }

    /** The organization or person with that name, or null when the article names no such entity. */
    Node find(String name) {
        OrgMention o = orgs.get(fold(name));
        if (o != null) {
            return organization(o);
        }
        PersonMention p = persons.get(fold(name));
        return p == null ? null : person(p.name());
    }

    private static String fold(String s) {
        return Fold.fold(s);
    }
}
