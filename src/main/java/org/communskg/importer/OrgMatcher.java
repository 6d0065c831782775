package org.communskg.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.communskg.importer.extract.OrgMention;
import org.communskg.importer.extract.OrgNames;
import org.communskg.importer.extract.text.Fold;

/**
 * Finds the one organization already in the graph that an article's organization names, by
 * ever looser evidence: the same label; the same label but for case, hyphens and a leading
 * article; the same region, department or town council; the same words in another order or
 * language; an acronym whose letters are the initials of the other's name; a typo. Each step
 * links only when it finds exactly one node; two candidates stop the search, since a split
 * entity costs less than a wrong merge.
 */
final class OrgMatcher {
    /** Below this, a name is too short for a one-letter difference to be a typo. */
    static final int TYPO_MIN_LENGTH = 12;

    private final Map<Node, Set<String>> labels = new HashMap<>();

    void add(Node org, String label) {
        labels.computeIfAbsent(org, k -> new HashSet<>()).add(label);
    }

    boolean isEmpty() {
        return labels.isEmpty();
    }

    /** The node the mention names, or null when none or more than one fits. */
    Node match(OrgMention o) {
        List<String> mine = labels(o);
        List<Function<String, String>> keys = List.of(Fold::fold, OrgNames::loose, OrgNames::territorial, OrgNames::words);
        for (Function<String, String> key : keys) {
            Set<Node> found = byKey(mine, key);
            if (!found.isEmpty()) {
                return found.size() == 1 ? found.iterator().next() : null;
            }
        }
        Set<Node> found = byInitials(o);
        if (found.isEmpty()) {
            found = byTypo(mine);
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    private Set<Node> byKey(List<String> mine, Function<String, String> key) {
        Set<String> wanted = new HashSet<>();
        mine.forEach(l -> {
            String k = key.apply(l);
            if (k != null && !k.isEmpty()) {
                wanted.add(k);
            }
        });
        Set<Node> out = new HashSet<>();
        labels.forEach((node, ls) -> {
            if (ls.stream().map(key).anyMatch(wanted::contains)) {
                out.add(node);
            }
        });
        return out;
    }

    /**
     * A bare acronym meets a node known only by a full name spelling it; a full name meets a node
     * known only by its acronym. A node that has both a name and an acronym is matched by label.
     */
    private Set<Node> byInitials(OrgMention o) {
        boolean bare = OrgNames.isAcronym(o.name());
        Set<String> mineLong = new HashSet<>();
        labels(o).stream().filter(l -> !OrgNames.isAcronym(l)).forEach(l -> mineLong.addAll(OrgNames.initials(l)));
        Set<Node> out = new HashSet<>();
        labels.forEach((node, ls) -> {
            boolean theirsBare = ls.stream().allMatch(OrgNames::isAcronym);
            boolean theirsHaveAcronym = ls.stream().anyMatch(OrgNames::isAcronym);
            if (bare && o.aliases().isEmpty() && !theirsHaveAcronym && ls.stream()
                    .anyMatch(l -> OrgNames.initials(l).contains(o.name().replace(".", "").toLowerCase()))) {
                out.add(node);
            } else if (!bare && o.acronym() == null && theirsBare
                    && ls.stream().anyMatch(l -> mineLong.contains(l.replace(".", "").toLowerCase()))) {
                out.add(node);
            }
        });
        return out;
    }

    private Set<Node> byTypo(List<String> mine) {
        Set<Node> out = new HashSet<>();
        labels.forEach((node, ls) -> {
            for (String theirs : ls) {
                if (theirs.length() >= TYPO_MIN_LENGTH && mine.stream()
                        .anyMatch(l -> l.length() >= TYPO_MIN_LENGTH && OrgNames.typo(l, theirs))) {
                    out.add(node);
                }
            }
        });
        return out;
    }

    /** Name, acronym and distinctive aliases: "Le Conseil" could be any council, so it never links. */
    static List<String> labels(OrgMention o) {
        List<String> out = new ArrayList<>(o.aliases().stream()
                .filter(a -> !Fold.fold(a).matches("(le|la|les|l'|du|de la|des) ?[^ ]+")).toList());
        out.add(o.name());
        if (o.acronym() != null) {
            out.add(o.acronym());
        }
        return out;
    }
}
