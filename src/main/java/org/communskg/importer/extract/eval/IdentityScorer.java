package org.communskg.importer.extract.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * Cross-article identity, as GOLD-FORMAT.md scores it: for every person or organization the gold
 * names in two or more articles, the importer must give it one and the same IRI. Each pair of
 * articles naming it counts once; a pair sharing an IRI is a hit.
 *
 * <pre>{@code
 * IdentityScorer ids = new IdentityScorer();
 * ids.add("a.md", goldA, graphA);
 * ids.add("b.md", goldB, graphB);
 * Counts c = ids.score(); // tp = pairs sharing an IRI, fn = pairs that do not
 * }</pre>
 */
public final class IdentityScorer {
    private static final List<Node> PERSON_LABELS = List.of(uri("http://xmlns.com/foaf/0.1/name"),
            uri("http://schema.org/alternateName"));
    private static final List<Node> ORG_LABELS = List.of(uri("http://www.w3.org/2004/02/skos/core#prefLabel"),
            uri("http://www.w3.org/2004/02/skos/core#altLabel"));

    /** One gold entity as found (or not) in one article's graph. */
    private record Sighting(String kind, String article, Set<String> labels, String iri) {
    }

    private final List<Sighting> sightings = new ArrayList<>();

    /** Records where the importer put each gold person and organization of one article. */
    public void add(String article, JsonObject goldJson, Graph articleGraph) {
        Gold gold = Gold.parse(goldJson);
        for (Gold.Person p : gold.persons()) {
            sightings.add(new Sighting("person", article, p.labels(), iriFor(p.labels(), articleGraph, PERSON_LABELS)));
        }
        for (Gold.Org o : gold.orgs()) {
            sightings.add(new Sighting("organization", article, o.labels(), iriFor(o.labels(), articleGraph, ORG_LABELS)));
        }
    }

    public Counts score() {
        int tp = 0;
        int fn = 0;
        List<String> misses = new ArrayList<>();
        for (List<Sighting> cluster : clusters()) {
            for (int i = 0; i < cluster.size(); i++) {
                for (int j = i + 1; j < cluster.size(); j++) {
                    Sighting a = cluster.get(i);
                    Sighting b = cluster.get(j);
                    if (a.iri() != null && a.iri().equals(b.iri())) {
                        tp++;
                    } else {
                        fn++;
                        misses.add(a.kind() + " " + a.labels().iterator().next() + ": " + a.article() + " → " + a.iri()
                                + ", " + b.article() + " → " + b.iri());
                    }
                }
            }
        }
        return new Counts(tp, 0, fn, misses, List.of());
    }

    /** Gold entities of the same kind whose labels match, one sighting per article. */
    private List<List<Sighting>> clusters() {
        List<List<Sighting>> clusters = new ArrayList<>();
        for (Sighting s : sightings) {
            List<Sighting> home = clusters.stream().filter(c -> c.get(0).kind().equals(s.kind())
                    && c.stream().anyMatch(o -> sharesName(o.labels(), s.labels()))).findFirst().orElse(null);
            if (home == null) {
                clusters.add(new ArrayList<>(List.of(s)));
            } else if (home.stream().noneMatch(o -> o.article().equals(s.article()))) {
                home.add(s);
            }
        }
        return clusters;
    }

    private static boolean sharesName(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(y -> GoldScorer.sameName(x, y)));
    }

    /** The subject whose label matches one of the gold labels; the most matching labels wins. */
    private static String iriFor(Set<String> labels, Graph g, List<Node> properties) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (Node p : properties) {
            for (Triple t : g.find(Node.ANY, p, Node.ANY).toList()) {
                String label = t.getObject().getLiteralLexicalForm();
                if (t.getSubject().isURI() && labels.stream().anyMatch(l -> GoldScorer.sameName(l, label))) {
                    votes.merge(t.getSubject().getURI(), 1, Integer::sum);
                }
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }
}
