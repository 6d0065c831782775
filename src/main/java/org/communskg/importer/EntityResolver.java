package org.communskg.importer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.communskg.importer.extract.Extraction;
import org.communskg.importer.extract.OrgMention;
import org.communskg.importer.extract.PersonMention;
import org.communskg.importer.extract.RoleFact;
import org.communskg.importer.extract.eval.SequenceMatcher;
import org.communskg.importer.extract.text.Fold;
import org.communskg.model.Iris;
import org.communskg.store.GraphStore;
import org.communskg.store.Sparql;

/**
 * Links an article's entities to the ones earlier articles put in the graph, so the same
 * organization or person named in two articles is one node even when the authority file does
 * not know it. Exact label matches only for organizations (after folding case and accents);
 * for persons, a close first name with the same surname and a shared organization.
 *
 * <pre>{@code
 * Resolution r = new EntityResolver(store, iris).resolve(extraction);
 * Graph g = mapper.map(article, extraction, r);
 * }</pre>
 */
public final class EntityResolver {
    static final double FIRST_NAME_RATIO = 0.75;
    private static final String ORG_LABELS = """
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT DISTINCT ?o ?label { ?o a org:Organization ; skos:prefLabel|skos:altLabel ?label }""";
    private static final String NAMESAKES = """
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX org: <http://www.w3.org/ns/org#>
            SELECT DISTINCT ?name ?org { ?p a foaf:Person ; foaf:name ?name .
              FILTER(STRENDS(LCASE(STR(?name)), " %s"))
              OPTIONAL { ?m org:member ?p ; org:organization ?org } }""";

    private final GraphStore store;
    private final Iris iris;

    public EntityResolver(GraphStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    public Resolution resolve(Extraction x) {
        Map<String, Node> orgs = resolveOrganizations(x);
        return new Resolution(orgs, resolvePersons(x, orgs));
    }

    private Map<String, Node> resolveOrganizations(Extraction x) {
        if (x.organizations().isEmpty()) {
            return Map.of();
        }
        Map<String, Set<Node>> byLabel = new HashMap<>();
        store.query(Sparql.parse(ORG_LABELS), qe -> {
            qe.execSelect().forEachRemaining((QuerySolution row) -> byLabel
                    .computeIfAbsent(fold(row.getLiteral("label").getLexicalForm()), k -> new HashSet<>())
                    .add(row.getResource("o").asNode()));
            return null;
        });
        Map<String, Node> out = new HashMap<>();
        for (OrgMention o : x.organizations()) {
            Node own = iris.organization(o.acronym() != null ? o.acronym() : o.name());
            Set<Node> candidates = new HashSet<>();
            labels(o).forEach(l -> candidates.addAll(byLabel.getOrDefault(fold(l), Set.of())));
            // Only an unambiguous match links; our own IRI already in the graph needs nothing.
            if (candidates.size() == 1 && !candidates.contains(own)) {
                out.put(o.name(), candidates.iterator().next());
            }
        }
        return out;
    }

    private Map<String, String> resolvePersons(Extraction x, Map<String, Node> orgs) {
        Map<String, String> out = new HashMap<>();
        for (PersonMention p : x.persons()) {
            String[] parts = p.name().strip().split("\\s+");
            if (parts.length < 2) {
                continue;
            }
            String surname = parts[parts.length - 1].toLowerCase(Locale.ROOT);
            Set<Node> ownOrgs = organizationsOf(p.name(), x, orgs);
            Map<String, Set<Node>> namesakes = namesakes(surname);
            for (Map.Entry<String, Set<Node>> e : namesakes.entrySet()) {
                String other = e.getKey();
                if (!fold(other).equals(fold(p.name())) && sameSurnameCloseFirstName(p.name(), other)
                        && e.getValue().stream().anyMatch(ownOrgs::contains)) {
                    out.put(p.name(), other);
                    break;
                }
            }
        }
        return out;
    }

    private Map<String, Set<Node>> namesakes(String surname) {
        if (!surname.matches("[\\p{L}'-]+")) {
            return Map.of();
        }
        Map<String, Set<Node>> out = new HashMap<>();
        store.query(Sparql.parse(String.format(NAMESAKES, surname.replace("'", "\\'"))), qe -> {
            qe.execSelect().forEachRemaining((QuerySolution row) -> {
                Set<Node> orgs = out.computeIfAbsent(row.getLiteral("name").getLexicalForm(), k -> new HashSet<>());
                if (row.contains("org")) {
                    orgs.add(row.getResource("org").asNode());
                }
            });
            return null;
        });
        return out;
    }

    private Set<Node> organizationsOf(String person, Extraction x, Map<String, Node> resolved) {
        Set<Node> out = new HashSet<>();
        for (RoleFact r : x.roles()) {
            if (person.equals(r.person()) && r.organization() != null) {
                x.organizations().stream().filter(o -> o.name().equals(r.organization())).findFirst()
                        .ifPresent(o -> out.add(resolved.getOrDefault(o.name(),
                                iris.organization(o.acronym() != null ? o.acronym() : o.name()))));
            }
        }
        return out;
    }

    static boolean sameSurnameCloseFirstName(String a, String b) {
        String[] pa = fold(a).split(" ");
        String[] pb = fold(b).split(" ");
        if (pa.length != pb.length || !pa[pa.length - 1].equals(pb[pb.length - 1])) {
            return false;
        }
        String fa = String.join(" ", List.of(pa).subList(0, pa.length - 1));
        String fb = String.join(" ", List.of(pb).subList(0, pb.length - 1));
        return SequenceMatcher.ratio(fa, fb) >= FIRST_NAME_RATIO && fa.charAt(0) == fb.charAt(0);
    }

    /** Name, acronym and distinctive aliases: "Le Conseil" could be any council, so it never links. */
    private static List<String> labels(OrgMention o) {
        List<String> out = new java.util.ArrayList<>(o.aliases().stream()
                .filter(a -> !fold(a).matches("(le|la|les|l'|du|de la|des) ?[^ ]+")).toList());
        out.add(o.name());
        if (o.acronym() != null) {
            out.add(o.acronym());
        }
        return out;
    }

    private static String fold(String s) {
        return Fold.fold(s);
    }
}
