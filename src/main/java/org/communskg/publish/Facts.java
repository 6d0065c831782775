package org.communskg.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.util.NodeCmp;
import org.communskg.model.Vocab;
import org.communskg.publish.EntityView.Label;
import org.communskg.publish.EntityView.Link;
import org.communskg.publish.EntityView.Value;
import org.communskg.store.GraphStore;

/** A resource's own statements, by predicate, with the names of the resources they point to. */
record Facts(Node subject, Map<Node, List<Value>> byPredicate) {
    /** The predicates that name a resource, in the order their values are preferred. */
    static final List<Node> NAMES = List.of(Vocab.SKOS_PREF_LABEL, Vocab.FOAF_NAME, Vocab.SCHEMA_NAME,
            Vocab.SCHEMA_HEADLINE, Vocab.uri(Vocab.RDFS, "label"), Vocab.SKOS_ALT_LABEL, Vocab.SCHEMA_ALTERNATE_NAME);

    private static final Query STATEMENTS = Queries.template("SELECT ?s ?p ?o WHERE { ?s ?p ?o }");
    private static final Query NAMES_OF = Queries.template("SELECT ?o ?l WHERE { ?o " + Queries.LABEL_PATH + " ?l }");

    /**
     * The statements of several resources in two queries, one for the statements and one for the
     * names of what they point to, each name read once: the events of a person's page all name
     * that person, whose name is repeated in every article that names it.
     */
    static Map<Node, Facts> loadAll(GraphStore store, List<Node> subjects) {
        if (subjects.isEmpty()) {
            return Map.of();
        }
        List<Map<String, Node>> rows = new ArrayList<>(Queries.select(store, Queries.withValues(STATEMENTS, "s", subjects)));
        List<Node> objects = rows.stream().map(r -> r.get("o")).filter(Node::isURI).distinct().toList();
        Map<Node, String> labels = objects.isEmpty() ? Map.of()
                : Labels.bestPerResource(Queries.select(store, Queries.withValues(NAMES_OF, "o", objects)), "o", "l");
        // The order of ORDER BY ?p ?o, as one query per resource gave it.
        rows.sort(Comparator.comparing((Map<String, Node> r) -> r.get("p"), NodeCmp::compareRDFTerms)
                .thenComparing(r -> r.get("o"), NodeCmp::compareRDFTerms));
        Map<Node, Facts> out = new LinkedHashMap<>();
        subjects.forEach(s -> out.put(s, new Facts(s, new LinkedHashMap<>())));
        Set<List<Node>> seen = new LinkedHashSet<>();
        for (Map<String, Node> row : rows) {
            Node s = row.get("s");
            Node p = row.get("p");
            Node o = row.get("o");
            if (seen.add(List.of(s, p, o))) {
                Value v = o.isLiteral() ? new Value(null, o) : new Value(new Link(o, labels.get(o)), null);
                out.get(s).byPredicate().computeIfAbsent(p, k -> new ArrayList<>()).add(v);
            }
        }
        return out;
    }

    static Facts load(GraphStore store, Node subject) {
        return loadAll(store, List.of(subject)).get(subject);
    }

    List<Link> links(Node predicate) {
        return byPredicate.getOrDefault(predicate, List.of()).stream().filter(v -> v.link() != null)
                .map(Value::link).toList();
    }

    Link link(Node predicate) {
        List<Link> links = links(predicate);
        return links.isEmpty() ? null : links.get(0);
    }

    List<Node> literals(Node predicate) {
        return byPredicate.getOrDefault(predicate, List.of()).stream().filter(v -> v.literal() != null)
                .map(Value::literal).toList();
    }

    String literal(Node predicate) {
        List<Node> literals = literals(predicate);
        return literals.isEmpty() ? null : literals.get(0).getLiteralLexicalForm();
    }

    List<Node> types() {
        return links(Vocab.TYPE).stream().map(Link::iri).toList();
    }

    /** Its names: by language (French first), then by how specific the predicate is; each text once per language. */
    List<Label> labels() {
        List<Node[]> named = new ArrayList<>();
        for (Node p : NAMES) {
            literals(p).forEach(l -> named.add(new Node[] {l, p}));
        }
        named.sort(Comparator.<Node[]>comparingInt(n -> Labels.rank(n[0])).thenComparingInt(n -> NAMES.indexOf(n[1])));
        Set<Label> out = new LinkedHashSet<>();
        named.forEach(n -> out.add(new Label(n[0].getLiteralLexicalForm(), n[0].getLiteralLanguage())));
        return List.copyOf(out);
    }

    /** The best name, for a resource shown as a link. */
    String name() {
        List<Label> labels = labels();
        return labels.isEmpty() ? null : labels.get(0).text();
    }
}
