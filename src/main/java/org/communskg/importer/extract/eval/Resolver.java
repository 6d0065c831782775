package org.communskg.importer.extract.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.communskg.importer.extract.Extraction;
import org.communskg.importer.extract.OrgMention;
import org.communskg.importer.extract.PersonMention;

/**
 * Expands a name used in a role or an event link into every label of the entity it names, on one
 * side (gold or extraction), so "INJEP" in a role matches the gold's full name of the institute.
 */
final class Resolver {
    private final List<Set<String>> persons;
    private final List<Set<String>> orgs;

    private Resolver(List<Set<String>> persons, List<Set<String>> orgs) {
        this.persons = persons;
        this.orgs = orgs;
    }

    static Resolver ofGold(Gold g) {
        List<Set<String>> p = new ArrayList<>();
        g.persons().forEach(x -> p.add(x.labels()));
        List<Set<String>> o = new ArrayList<>();
        g.orgs().forEach(x -> o.add(x.labels()));
        return new Resolver(p, o);
    }

    static Resolver ofExtraction(Extraction x) {
        List<Set<String>> p = new ArrayList<>();
        for (PersonMention m : x.persons()) {
            p.add(GoldScorer.labels(m));
        }
        List<Set<String>> o = new ArrayList<>();
        for (OrgMention m : x.organizations()) {
            o.add(GoldScorer.labels(m));
        }
        return new Resolver(p, o);
    }

    Set<String> person(String name) {
        return expand(name, persons);
    }

    Set<String> org(String name) {
        return expand(name, orgs);
    }

    Set<String> entity(String name) {
        Set<String> s = new LinkedHashSet<>(person(name));
        s.addAll(org(name));
        return s;
    }

    private static Set<String> expand(String name, List<Set<String>> entities) {
        Set<String> s = new LinkedHashSet<>();
        s.add(name);
        for (Set<String> labels : entities) {
            // Exact folded equality here: the fuzzy ratio is for comparing across sides only.
            if (labels.stream().anyMatch(l -> org.communskg.importer.extract.text.Fold.fold(l)
                    .equals(org.communskg.importer.extract.text.Fold.fold(name)))) {
                s.addAll(labels);
            }
        }
        return s;
    }
}
