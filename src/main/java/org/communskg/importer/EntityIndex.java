package org.communskg.importer;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.communskg.importer.extract.Extraction;
import org.communskg.importer.extract.OrgMention;
import org.communskg.importer.extract.PersonMention;
import org.communskg.model.Iris;

/** Resolves the names used in facts to the IRIs of the article's persons and organizations. */
final class EntityIndex {
    private final Iris iris;
    private final Map<String, OrgMention> orgs = new HashMap<>();
    private final Map<String, PersonMention> persons = new HashMap<>();

    EntityIndex(Iris iris, Extraction x) {
        this.iris = iris;
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

    /** Organizations are keyed by acronym when one is known, so that "INJEP" and its full name meet. */
    String key(String name) {
        OrgMention o = orgs.get(fold(name));
        if (o == null) {
            return name;
        }
        return o.acronym() != null ? o.acronym() : o.name();
    }

    Node organization(OrgMention o) {
        return iris.organization(o.acronym() != null ? o.acronym() : o.name());
    }

    /** The organization or person with that name, or null when the article names no such entity. */
    Node find(String name) {
        OrgMention o = orgs.get(fold(name));
        if (o != null) {
            return organization(o);
        }
        PersonMention p = persons.get(fold(name));
        return p == null ? null : iris.person(p.name());
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('’', '\'').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
