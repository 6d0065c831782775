package org.communskg.importer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.communskg.importer.extract.Extraction;
import org.communskg.importer.extract.FirstNames;
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
 * not know it. Organizations by the {@link OrgMatcher}'s evidence (same label, same words in
 * another order or language, acronym and initials, typo); for persons, a close first name with the same surname and a shared organization.
 *
 * <pre>{@code
 * Resolution r = new EntityResolver(store, iris).resolve(extraction);
 * Graph g = mapper.map(article, extraction, r);
 * }</pre>
 */
public final class EntityResolver {
    static final double FIRST_NAME_RATIO = 0.75;
    static final double SURNAME_RATIO = 0.85;
    private static final String ORG_LABELS = """
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT DISTINCT ?o ?label { ?o a org:Organization ; skos:prefLabel|skos:altLabel ?label }""";
    private static final String MEMBERS = """
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX org: <http://www.w3.org/ns/org#>
            SELECT DISTINCT ?name { VALUES ?org { %s } ?m org:member ?p ; org:organization ?org . ?p foaf:name ?name }
            ORDER BY ?name""";

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
        OrgMatcher known = new OrgMatcher();
        store.query(Sparql.parse(ORG_LABELS), qe -> {
            qe.execSelect().forEachRemaining((QuerySolution row) -> known.add(row.getResource("o").asNode(),
                    row.getLiteral("label").getLexicalForm()));
            return null;
        });
        Map<String, Node> out = new HashMap<>();
        for (OrgMention o : x.organizations()) {
            Node own = iris.organization(o.acronym() != null ? o.acronym() : o.name());
            Node match = known.match(o);
            // Our own IRI already in the graph needs nothing.
            if (match != null && !match.equals(own)) {
                out.put(o.name(), match);
            }
        }
        return out;
    }

    /** A person takes an earlier article's spelling of a colleague's name that is the same name written differently. */
    private Map<String, String> resolvePersons(Extraction x, Map<String, Node> orgs) {
        Map<String, String> out = new HashMap<>();
        for (PersonMention p : x.persons()) {
            Set<Node> ownOrgs = organizationsOf(p.name(), x, orgs);
            if (ownOrgs.isEmpty()) {
                continue; // without a shared organization, a close name is not evidence enough
            }
            for (String other : membersOf(ownOrgs)) {
                if (!fold(other).equals(fold(p.name())) && sameNameWrittenDifferently(p.name(), other)) {
                    out.put(p.name(), other);
                    break;
                }
            }
        }
        return out;
    }

    private List<String> membersOf(Set<Node> orgs) {
        StringBuilder values = new StringBuilder();
        orgs.forEach(o -> values.append('<').append(o.getURI()).append("> "));
        List<String> names = new java.util.ArrayList<>();
        store.query(Sparql.parse(String.format(MEMBERS, values)), qe -> {
            qe.execSelect().forEachRemaining((QuerySolution row) -> names.add(row.getLiteral("name").getLexicalForm()));
            return null;
        });
        return names;
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

    /**
     * The same surname with a close first name (Rémi / Rémy, Thibaut / Thibault) or its initials
     * (J.-F. / Jean-François), the same first name with a surname one slip away (Dumontet / Dumontel,
     * Lindqvist / Lindkvist) or with one part of a compound surname (Benhamou / Benhamou-Leclerc).
     */
    static boolean sameNameWrittenDifferently(String a, String b) {
        if (initialsOf(a, b) || initialsOf(b, a)) {
            return true;
        }
        String[] pa = fold(a).replace('-', ' ').split(" ");
        String[] pb = fold(b).replace('-', ' ').split(" ");
        if (pa.length < 2 || pb.length < 2) {
            return false;
        }
        if (pa[0].equals(pb[0]) && Math.min(pa.length, pb.length) >= 2 && pa[1].length() >= 4
                && String.join(" ", pa).startsWith(String.join(" ", pb) + " ")
                || pa[0].equals(pb[0]) && String.join(" ", pb).startsWith(String.join(" ", pa) + " ") && pb[1].length() >= 4) {
            return true; // a compound surname written in full once: "Nadia Benhamou" / "Nadia Benhamou-Leclerc"
        }
        String firstA = pa[0];
        String firstB = pb[0];
        String lastA = String.join(" ", List.of(pa).subList(1, pa.length));
        String lastB = String.join(" ", List.of(pb).subList(1, pb.length));
        if (lastA.equals(lastB)) {
            return firstA.charAt(0) == firstB.charAt(0) && SequenceMatcher.ratio(firstA, firstB) >= FIRST_NAME_RATIO;
        }
        return firstA.equals(firstB) && Math.min(lastA.length(), lastB.length()) >= 5
                && SequenceMatcher.ratio(lastA, lastB) >= SURNAME_RATIO;
    }

    /** "J.-F. Marchal" and "Jean-François Marchal": initials of the first name, the same surname. */
    private static boolean initialsOf(String a, String b) {
        int sa = a.lastIndexOf(". ");
        int sb = b.indexOf(' ');
        return sa > 0 && sb > 0 && FirstNames.isInitials(a.substring(0, sa + 1))
                && fold(a.substring(sa + 2)).equals(fold(b.substring(sb + 1)))
                && FirstNames.compatible(a.substring(0, sa + 1), b.substring(0, sb));
    }

    private static String fold(String s) {
        return Fold.fold(s);
    }
}
